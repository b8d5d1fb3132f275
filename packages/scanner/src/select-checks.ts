import { type CheckDefinition, checksByRequirement, findFramework } from '@orgscan/checks';

/** A selection that names something unknown, or matches nothing; `field` names the part at fault. */
export class CheckSelectionError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'CheckSelectionError';
  }
}

export interface CheckSelection {
  /** Check ids. */
  readonly checks?: readonly string[] | undefined;
  /** Frameworks, optionally narrowed to some requirement ids: their mapped checks. */
  readonly frameworks?:
    | readonly { readonly id: string; readonly requirements?: readonly string[] | undefined }[]
    | undefined;
  /** Services (iam, s3, ec2, …): keep only checks of these services. */
  readonly services?: readonly string[] | undefined;
}

/**
 * The checks a scan runs. `checks` and `frameworks` add up (union); `services` then narrows, or, alone,
 * selects every check of those services. Nothing given: every check. Every unknown id is an error naming
 * its field, and a selection that ends up empty is refused rather than run as an empty scan.
 */
export function selectChecks(all: readonly CheckDefinition[], selection: CheckSelection): CheckDefinition[] {
  const known = new Map(all.map((check) => [check.id, check]));
  const chosen = new Set<string>();
  const explicit = selection.checks !== undefined || selection.frameworks !== undefined;

  const unknownChecks = (selection.checks ?? []).filter((id) => !known.has(id));
  if (unknownChecks.length > 0) {
    throw new CheckSelectionError(`unknown check id(s): ${unknownChecks.join(', ')}`, 'checks');
  }
  for (const id of selection.checks ?? []) chosen.add(id);

  for (const [index, requested] of (selection.frameworks ?? []).entries()) {
    const framework = findFramework(requested.id);
    if (!framework)
      throw new CheckSelectionError(`unknown framework: ${requested.id}`, `frameworks[${index}].id`);
    const mapping = checksByRequirement(framework, all);
    const requirementIds = requested.requirements ?? [...mapping.keys()];
    const unknownRequirements = requirementIds.filter((id) => !mapping.has(id));
    if (unknownRequirements.length > 0) {
      throw new CheckSelectionError(
        `unknown requirement id(s) of ${framework.id}: ${unknownRequirements.join(', ')}`,
        `frameworks[${index}].requirements`,
      );
    }
    for (const id of requirementIds) for (const checkId of mapping.get(id) ?? []) chosen.add(checkId);
  }

  if (selection.services !== undefined) {
    const services = new Set(all.map((check) => check.service));
    const unknownServices = selection.services.filter((service) => !services.has(service));
    if (unknownServices.length > 0) {
      throw new CheckSelectionError(`no checks for service(s): ${unknownServices.join(', ')}`, 'services');
    }
  }

  const selected = all.filter(
    (check) =>
      (!explicit || chosen.has(check.id)) &&
      (selection.services === undefined || selection.services.includes(check.service)),
  );
  if (selected.length === 0) {
    throw new CheckSelectionError('the selection matches no check', explicit ? 'checks' : 'services');
  }
  return selected;
}
