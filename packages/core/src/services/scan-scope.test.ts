import type { OrganizationAccount } from '@orgscan/aws';
import { describe, expect, it } from 'vitest';
import type { OrganizationScope } from '../store/organizations-repository.js';
import { organizationRegions, outOfScopeReason, withinScope } from './scan-scope.js';

const account = (id: string, ouIds: string[]): OrganizationAccount => ({
  id,
  name: id,
  email: null,
  state: 'ACTIVE',
  joinedAt: null,
  ouIds,
  ouPath: ouIds.join('/'),
});
const scope = (overrides: Partial<OrganizationScope> = {}): OrganizationScope => ({
  regionAllowList: null,
  ouInclude: [],
  ouExclude: [],
  accountTagFilters: [],
  ...overrides,
});
const prod = account('111111111111', ['r-1', 'ou-workloads', 'ou-prod']);
const sandbox = account('222222222222', ['r-1', 'ou-workloads', 'ou-sandbox']);
const security = account('333333333333', ['r-1', 'ou-security']);

describe('organization scope', () => {
  it('includes and excludes OUs with everything nested beneath them; exclusion wins', () => {
    const workloadsButSandbox = scope({ ouInclude: ['ou-workloads'], ouExclude: ['ou-sandbox'] });
    expect(outOfScopeReason(workloadsButSandbox, prod, null)).toBeNull();
    expect(outOfScopeReason(workloadsButSandbox, sandbox, null)).toMatch(/excluded OU ou-sandbox/);
    expect(outOfScopeReason(workloadsButSandbox, security, null)).toMatch(/not under any included OU/);
    expect(outOfScopeReason(scope(), security, null)).toBeNull();
  });

  it('requires every tag filter to match one of its values', () => {
    const tags = new Map<string, Record<string, string>>([
      [prod.id, { environment: 'prod', team: 'web' }],
      [sandbox.id, { environment: 'sandbox' }],
    ]);
    const filters = scope({
      accountTagFilters: [
        { key: 'environment', values: ['prod', 'staging'] },
        { key: 'team', values: ['web'] },
      ],
    });
    expect(outOfScopeReason(filters, prod, tags)).toBeNull();
    expect(outOfScopeReason(filters, sandbox, tags)).toMatch(/environment is "sandbox"/);
    expect(outOfScopeReason(filters, security, tags)).toMatch(/environment is absent/);
  });

  it('records an excluded ACTIVE account as skipped out-of-scope, and leaves other accounts alone', () => {
    const entry = {
      accountId: sandbox.id,
      accountName: 'sandbox',
      ouPath: '',
      ouIds: sandbox.ouIds,
      roleArn: 'arn:aws:iam::222222222222:role/OrgScanReadOnly',
      status: 'pending' as const,
      reasonCategory: null,
      reasonDetail: null,
    };
    expect(withinScope(entry, scope({ ouExclude: ['ou-sandbox'] }), sandbox, null)).toMatchObject({
      status: 'skipped',
      reasonCategory: 'out-of-scope',
    });
    const suspended = { ...entry, status: 'skipped' as const, reasonCategory: 'account-suspended' as const };
    expect(withinScope(suspended, scope({ ouExclude: ['ou-sandbox'] }), sandbox, null)).toBe(suspended);
  });

  it('intersects SCAN_REGIONS with the organization allow-list', () => {
    expect(organizationRegions(null, null)).toBeNull();
    expect(organizationRegions(['eu-west-1', 'us-east-1'], null)).toEqual(['eu-west-1', 'us-east-1']);
    expect(organizationRegions(null, ['eu-west-1'])).toEqual(['eu-west-1']);
    expect(organizationRegions(['eu-west-1', 'us-east-1'], ['us-east-1', 'ap-south-1'])).toEqual([
      'us-east-1',
    ]);
  });
});
