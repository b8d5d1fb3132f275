import { type CheckDefinition, findCheck } from '@orgscan/checks';

/**
 * The section of the report a check belongs to: the top-level section of the first CIS AWS Foundations
 * requirement it evaluates ("2 Identity and Access Management"), else the account checklist, else its
 * service. Sections are the columns of the accounts × sections heatmap.
 */
export function sectionOf(checkId: string): string {
  const check = findCheck(checkId);
  if (!check) return 'Other';
  return (
    cisSection(check) ??
    (check.compliance['account-checklist'] ? 'Account checklist' : check.service.toUpperCase())
  );
}

const CIS_SECTION_TITLES: Readonly<Record<string, string>> = {
  '1': '1 Account',
  '2': '2 Identity and Access Management',
  '3': '3 Storage',
  '4': '4 Logging',
  '5': '5 Monitoring',
  '6': '6 Networking',
};

function cisSection(check: CheckDefinition): string | null {
  const requirement = check.compliance['cis-aws-7.0.0']?.[0];
  if (!requirement) return null;
  const top = requirement.split('.')[0] ?? '';
  return CIS_SECTION_TITLES[top] ?? `${top} CIS`;
}

/** Sections in reading order: CIS sections by number, then the others by name. */
export function compareSections(a: string, b: string): number {
  const number = (section: string) =>
    /^\d+ /.test(section) ? Number.parseInt(section, 10) : Number.POSITIVE_INFINITY;
  return number(a) - number(b) || a.localeCompare(b);
}
