import { describe, expect, it } from 'vitest';
import { evaluate, InventoryBuilder } from './fixtures/index.js';
import { type CheckDefinition, defineCheck } from './model/check-definition.js';
import { fail, pass } from './model/check-result.js';
import { runChecks } from './run-checks.js';

const base = {
  title: 't',
  service: 'iam',
  severity: 'low' as const,
  compliance: {},
  remediation: { text: 'fix it properly', url: 'https://example.com' },
};

function check(overrides: Partial<CheckDefinition>): CheckDefinition {
  return defineCheck({
    id: 'iam-test-check',
    scope: 'global',
    requires: ['iam.passwordPolicy'],
    evaluate: () => [],
    ...base,
    ...overrides,
  });
}

const inventory = new InventoryBuilder()
  .global('iam.passwordPolicy', null)
  .region('eu-west-1')
  .region('us-east-1')
  .build();

/** A regional check that passes in every region it is run in. */
const regional = defineCheck({
  ...base,
  id: 'ec2-test-regional',
  service: 'ec2',
  scope: 'regional',
  requires: [],
  evaluate: (ctx) => [pass(ctx.scopeResource, `ok in ${ctx.region}`)],
});

describe('runChecks', () => {
  it('turns a check that returns nothing into an ERROR, never a silent gap', () => {
    expect(evaluate(check({}), inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'NoResult' }]);
  });

  it('turns a crashing check into an ERROR for its scope', () => {
    const crashing = check({
      evaluate: () => {
        throw new Error('boom');
      },
    });
    expect(evaluate(crashing, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'CheckFailed' }]);
  });

  it('refuses to read a slice the check did not declare', () => {
    const sneaky = check({
      evaluate: (ctx) => {
        ctx.slice('iam.credentialReport');
        return [];
      },
    });
    const [finding] = evaluate(sneaky, inventory);
    expect(finding).toMatchObject({ status: 'ERROR', errorCode: 'CheckFailed' });
    expect(finding?.message).toContain('without declaring');
  });

  it('keeps one finding per resource, the most alarming', () => {
    const twice = check({
      evaluate: (ctx) => [
        pass(ctx.scopeResource, 'fine'),
        fail(ctx.scopeResource, 'not fine'),
        pass(ctx.scopeResource, 'x'),
      ],
    });
    expect(evaluate(twice, inventory)).toMatchObject([{ status: 'FAIL', message: 'not fine' }]);
  });

  it('evaluates regional checks once per collected region, and global checks once', () => {
    const findings = runChecks({
      checks: [regional, check({ evaluate: (ctx) => [pass(ctx.scopeResource, 'ok')] })],
      inventory,
      account: { id: '111111111111', name: null, email: null, partition: 'aws', isManagementAccount: false },
      org: { organizationId: null, managementAccountId: null },
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(findings.map((finding) => [finding.checkId, finding.region, finding.resourceId])).toEqual([
      ['ec2-test-regional', 'eu-west-1', 'arn:aws:account::111111111111:account/eu-west-1'],
      ['ec2-test-regional', 'us-east-1', 'arn:aws:account::111111111111:account/us-east-1'],
      ['iam-test-check', 'global', 'arn:aws:account::111111111111:account'],
    ]);
  });

  it('gives a region denied by policy its one SKIPPED finding, and no check evaluates it', () => {
    // An account-wide check sees the regions that were read, never the denied one.
    const accountWide = defineCheck({
      ...base,
      id: 'ec2-test-account-wide',
      service: 'ec2',
      scope: 'global',
      requires: ['ec2.instances'],
      evaluate: (ctx) => [
        pass(
          ctx.scopeResource,
          ctx
            .slicesByRegion('ec2.instances')
            .map((entry) => entry.region)
            .join(','),
        ),
      ],
    });
    const denial = {
      region: 'sa-east-1',
      code: 'AccessDenied',
      message: 'with an explicit deny in a service control policy',
    };
    const findings = runChecks({
      checks: [regional, accountWide],
      inventory: {
        ...new InventoryBuilder().regional('us-east-1', 'ec2.instances', []).build(),
        deniedByPolicy: [denial],
      },
      account: { id: '111111111111', name: null, email: null, partition: 'aws', isManagementAccount: false },
      org: { organizationId: null, managementAccountId: null },
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(
      findings.map((finding) => [finding.checkId, finding.region, finding.status, finding.message]),
    ).toEqual([
      ['ec2-test-regional', 'us-east-1', 'PASS', 'ok in us-east-1'],
      ['ec2-test-account-wide', 'global', 'PASS', 'us-east-1'],
      [
        'region-denied-by-policy',
        'sa-east-1',
        'SKIPPED',
        "Region sa-east-1 not evaluated: an organization policy denies the scanner's calls there (AccessDenied: with an explicit deny in a service control policy)",
      ],
    ]);
    expect(findings[2]).toMatchObject({
      resourceId: 'arn:aws:account::111111111111:account/sa-east-1',
      errorCode: 'AccessDenied',
      severity: 'informational',
    });
  });

  it('reports SKIPPED, not ERROR, where the data does not exist by fact', () => {
    const notOffered = {
      global: {
        'iam.passwordPolicy': {
          ok: false as const,
          error: {
            code: 'ServiceNotAvailable',
            message: 'not offered here',
            operation: 'x',
            notApplicable: true,
          },
        },
      },
      regions: {},
    };
    const reader = check({
      evaluate: (ctx) => [pass(ctx.scopeResource, String(ctx.slice('iam.passwordPolicy')))],
    });
    expect(evaluate(reader, notOffered)).toMatchObject([{ status: 'SKIPPED' }]);
  });

  it('gives org-aware checks the management inventory they declare, and refuses undeclared reads', () => {
    const management = new InventoryBuilder().global('iam.passwordPolicy', null).build();
    const orgAware = check({
      orgRequires: ['iam.passwordPolicy'],
      evaluate: (ctx) => {
        const result = ctx.orgSliceResult('iam.passwordPolicy');
        return [pass(ctx.scopeResource, result.ok ? 'org policy read' : `unavailable: ${result.error.code}`)];
      },
    });
    expect(evaluate(orgAware, inventory, { org: { management: { inventory: management } } })).toMatchObject([
      { message: 'org policy read' },
    ]);
    expect(evaluate(orgAware, inventory, { org: { management: null } })).toMatchObject([
      { message: 'unavailable: NotCollected' },
    ]);
    const denied = { error: { code: 'AccessDenied', message: 'm', operation: 'sts:AssumeRole' } };
    expect(evaluate(orgAware, inventory, { org: { management: denied } })).toMatchObject([
      { message: 'unavailable: AccessDenied' },
    ]);
    const undeclared = check({
      evaluate: (ctx) => [pass(ctx.scopeResource, String(ctx.orgSliceResult('iam.passwordPolicy').ok))],
    });
    expect(evaluate(undeclared, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'CheckFailed' }]);
  });

  it('gives org-aware checks a regional management slice in every region, or the reason it is unavailable', () => {
    const management = new InventoryBuilder()
      .regional('us-west-2', 'cloudtrail.trails', [])
      .regionalError('eu-west-1', 'cloudtrail.trails', 'AccessDenied')
      .build();
    const orgAware = check({
      orgRequires: ['cloudtrail.trails'],
      evaluate: (ctx) => {
        const result = ctx.orgSlicesByRegion('cloudtrail.trails');
        const described = result.ok
          ? result.value.map((entry) => `${entry.region}:${entry.result.ok ? 'ok' : entry.result.error.code}`)
          : [`unavailable:${result.error.code}`];
        return [pass(ctx.scopeResource, described.join(','))];
      },
    });
    expect(evaluate(orgAware, inventory, { org: { management: { inventory: management } } })).toMatchObject([
      { message: 'eu-west-1:AccessDenied,us-west-2:ok' },
    ]);
    expect(evaluate(orgAware, inventory, { org: { management: null } })).toMatchObject([
      { message: 'unavailable:NotCollected' },
    ]);
    const denied = { error: { code: 'AccessDenied', message: 'm', operation: 'sts:AssumeRole' } };
    expect(evaluate(orgAware, inventory, { org: { management: denied } })).toMatchObject([
      { message: 'unavailable:AccessDenied' },
    ]);
    const undeclared = check({
      evaluate: (ctx) => [pass(ctx.scopeResource, String(ctx.orgSlicesByRegion('cloudtrail.trails').ok))],
    });
    expect(evaluate(undeclared, inventory)).toMatchObject([{ status: 'ERROR', errorCode: 'CheckFailed' }]);
  });
});
