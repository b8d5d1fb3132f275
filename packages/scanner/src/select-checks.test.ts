import { type CheckDefinition, defineCheck, pass } from '@orgscan/checks';
import { describe, expect, it } from 'vitest';
import { CheckSelectionError, selectChecks } from './select-checks.js';

function check(id: string, service: string, compliance: CheckDefinition['compliance']): CheckDefinition {
  return defineCheck({
    id,
    title: id,
    service,
    severity: 'low',
    scope: 'global',
    requires: ['iam.passwordPolicy'],
    compliance,
    remediation: { text: 'fix it properly', url: 'https://example.com' },
    evaluate: (ctx) => [pass(ctx.scopeResource, 'ok')],
  });
}

const all = [
  check('iam-a-ok', 'iam', { 'cis-aws-7.0.0': ['2.4'], 'account-checklist': ['3'] }),
  check('iam-b-ok', 'iam', { 'cis-aws-7.0.0': ['2.5'] }),
  check('s3-c-ok', 's3', { 'cis-aws-7.0.0': ['3.1.1'] }),
];
const ids = (selected: CheckDefinition[]) => selected.map((selectedCheck) => selectedCheck.id);

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CheckSelectionError) return error.field;
    throw error;
  }
  return undefined;
}

describe('selectChecks', () => {
  it('selects everything when nothing is asked', () => {
    expect(ids(selectChecks(all, {}))).toEqual(['iam-a-ok', 'iam-b-ok', 's3-c-ok']);
  });

  it('adds checks and framework requirements together', () => {
    const selected = selectChecks(all, {
      checks: ['s3-c-ok'],
      frameworks: [{ id: 'cis-aws-7.0.0', requirements: ['2.5'] }],
    });
    expect(ids(selected)).toEqual(['iam-b-ok', 's3-c-ok']);
    expect(ids(selectChecks(all, { frameworks: [{ id: 'account-checklist' }] }))).toEqual(['iam-a-ok']);
  });

  it('narrows by service, or selects by service alone', () => {
    expect(ids(selectChecks(all, { frameworks: [{ id: 'cis-aws-7.0.0' }], services: ['iam'] }))).toEqual([
      'iam-a-ok',
      'iam-b-ok',
    ]);
    expect(ids(selectChecks(all, { services: ['s3'] }))).toEqual(['s3-c-ok']);
  });

  it('names the field of every unknown id, and refuses an empty selection', () => {
    expect(fieldOf(() => selectChecks(all, { checks: ['nope-x-y'] }))).toBe('checks');
    expect(fieldOf(() => selectChecks(all, { frameworks: [{ id: 'nist' }] }))).toBe('frameworks[0].id');
    expect(
      fieldOf(() => selectChecks(all, { frameworks: [{ id: 'cis-aws-7.0.0', requirements: ['9.9'] }] })),
    ).toBe('frameworks[0].requirements');
    expect(fieldOf(() => selectChecks(all, { services: ['dynamodb'] }))).toBe('services');
    expect(fieldOf(() => selectChecks(all, { checks: ['s3-c-ok'], services: ['iam'] }))).toBe('checks');
  });
});
