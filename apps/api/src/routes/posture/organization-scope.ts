import { checks, checksByRequirement, findFramework } from '@orgscan/checks';
import { InvalidRequestError, NotFoundError, type OrganizationRecord } from '@orgscan/core';
import type { AppDeps } from '../../app-deps.js';

/** The organization a request is about: the one it names, else the default one; 404 if unknown. */
export async function organizationOf(
  deps: AppDeps,
  requested: string | undefined,
): Promise<OrganizationRecord> {
  const id = requested ?? deps.defaultOrganizationId;
  const organization = await deps.store.organizations.get(id);
  if (!organization) throw new NotFoundError('organization', id);
  return organization;
}

export interface CheckFilterQuery {
  readonly checkId?: readonly string[] | undefined;
  readonly service?: readonly string[] | undefined;
  readonly framework?: string | undefined;
  readonly requirement?: readonly string[] | undefined;
}

/**
 * The check ids the check-level filters allow (their intersection), from the registry; undefined when no
 * such filter is given. An empty list means nothing can match.
 */
export function checkIdsFor(query: CheckFilterQuery): string[] | undefined {
  let allowed: Set<string> | undefined;
  const narrow = (ids: Iterable<string>) => {
    const next = new Set(ids);
    allowed = allowed ? new Set([...allowed].filter((id) => next.has(id))) : next;
  };
  if (query.checkId?.length) narrow(query.checkId);
  if (query.service?.length) {
    narrow(checks.filter((check) => query.service?.includes(check.service)).map((check) => check.id));
  }
  if (query.requirement?.length && !query.framework) {
    throw new InvalidRequestError('requirement needs framework', 'querystring.requirement');
  }
  if (query.framework) {
    const framework = findFramework(query.framework);
    if (!framework)
      throw new InvalidRequestError(`unknown framework ${query.framework}`, 'querystring.framework');
    const mapping = checksByRequirement(framework, checks);
    const requirements = query.requirement?.length ? query.requirement : [...mapping.keys()];
    const unknown = requirements.filter((id) => !mapping.has(id));
    if (unknown.length > 0) {
      throw new InvalidRequestError(
        `unknown requirement(s) of ${framework.id}: ${unknown.join(', ')}`,
        'querystring.requirement',
      );
    }
    narrow(requirements.flatMap((id) => mapping.get(id) ?? []));
  }
  return allowed ? [...allowed].sort() : undefined;
}
