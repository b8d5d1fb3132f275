import { describe, expect, it } from 'vitest';
import { checks } from '../registry.js';
import { accountChecklist } from './account-checklist.js';
import { cisAws700 } from './cis-aws-7.0.0.js';
import { checksByRequirement } from './framework-checks.js';

/** Requirements CIS calls manual that the APIs can decide, so orgscan automates them. */
const AUTOMATED_BEYOND_THE_BENCHMARK = [
  '2.3',
  '2.6',
  '2.7',
  '2.20',
  '2.21',
  '4.1',
  '4.4',
  ...Array.from({ length: 15 }, (_, index) => `5.${index + 1}`),
  '5.16',
];

describe('framework coverage', () => {
  const cis = checksByRequirement(cisAws700, checks);

  it('has a check for every CIS v7.0.0 requirement the benchmark marks automated', () => {
    const missing = cisAws700.requirements
      .filter((requirement) => requirement.automated && (cis.get(requirement.id) ?? []).length === 0)
      .map((requirement) => requirement.id);
    expect(missing).toEqual([]);
  });

  it('automates the manual requirements an API can decide', () => {
    const missing = AUTOMATED_BEYOND_THE_BENCHMARK.filter((id) => (cis.get(id) ?? []).length === 0);
    expect(missing).toEqual([]);
  });

  it('has a check behind every item of the account checklist', () => {
    const checklist = checksByRequirement(accountChecklist, checks);
    const missing = accountChecklist.requirements
      .filter((requirement) => (checklist.get(requirement.id) ?? []).length === 0)
      .map((requirement) => requirement.id);
    expect(missing).toEqual([]);
  });
});
