import type { ComplianceMap } from '../model/check-definition.js';
import { DERIVED_FRAMEWORK_IDS, type DerivedFrameworkId } from '../model/framework.js';
import { awsFsbp } from './aws-fsbp.js';

type RelatedIndex = ReadonlyMap<string, Readonly<Partial<Record<DerivedFrameworkId, readonly string[]>>>>;

function relatedIndex(): RelatedIndex {
  return new Map(awsFsbp.requirements.map((requirement) => [requirement.id, requirement.related ?? {}]));
}

/**
 * A check's compliance with the derived frameworks filled in: the NIST SP 800-53 Rev. 5 controls and PCI
 * DSS requirements that AWS relates to the FSBP controls the check decides. Checks declare only what they
 * decide themselves (CIS, the checklist, FSBP); the rest follows from AWS's published relations, so the
 * three stay consistent by construction.
 */
export function withRelatedRequirements(
  compliance: ComplianceMap,
  index: RelatedIndex = relatedIndex(),
): ComplianceMap {
  const fsbpControls = compliance['aws-fsbp'] ?? [];
  const derived: Partial<Record<DerivedFrameworkId, string[]>> = {};
  for (const framework of DERIVED_FRAMEWORK_IDS) {
    const ids = new Set(fsbpControls.flatMap((control) => index.get(control)?.[framework] ?? []));
    if (ids.size > 0) {
      derived[framework] = [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    }
  }
  return { ...compliance, ...derived };
}
