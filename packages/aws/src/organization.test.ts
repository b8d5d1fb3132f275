import {
  AccessDeniedException,
  type Account,
  AWSOrganizationsNotInUseException,
  DescribeOrganizationalUnitCommand,
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListParentsCommand,
  ListRootsCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AwsCallError } from './aws-error.js';
import { enumerateOrganization } from './organization.js';
import { mockedApi } from './test-support/mock-api.js';

const organizations = mockClient(OrganizationsClient);

beforeEach(() => {
  organizations.reset();
});

afterAll(() => {
  organizations.restore();
});

const REGION = 'us-east-1';
const ROOT = 'r-ab12';
const MANAGEMENT = '111111111111';

function account(id: string, extra: Partial<Account> = {}): Account {
  return {
    Id: id,
    Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-abc123/${id}`,
    Name: `account-${id}`,
    Email: `aws+${id}@example.com`,
    State: 'ACTIVE',
    JoinedTimestamp: new Date('2024-01-02T03:04:05Z'),
    ...extra,
  };
}

function mockOrganization(): void {
  organizations
    .on(DescribeOrganizationCommand)
    .resolves({ Organization: { Id: 'o-abc123', MasterAccountId: MANAGEMENT } });
  organizations.on(ListRootsCommand).resolves({ Roots: [{ Id: ROOT, Name: 'Root' }] });
  // Parents not described by a test have no OUs and no accounts.
  organizations.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
  organizations.on(ListAccountsForParentCommand).resolves({ Accounts: [] });
}

/** ListAccounts answers, one page per array, chained with tokens t1, t2, ... */
function mockListAccounts(...pages: Account[][]): void {
  pages.forEach((accounts, index) => {
    const NextToken = index + 1 < pages.length ? `t${index + 1}` : undefined;
    const answer = { Accounts: accounts, NextToken };
    if (index === 0) organizations.on(ListAccountsCommand).resolves(answer);
    else organizations.on(ListAccountsCommand, { NextToken: `t${index}` }).resolves(answer);
  });
}

/** The OUs directly under `parentId`, one page per array. */
function mockChildUnits(parentId: string, ...pages: Array<Array<[id: string, name: string]>>): void {
  pages.forEach((units, index) => {
    const NextToken = index + 1 < pages.length ? `${parentId}-ou-${index + 1}` : undefined;
    const answer = { OrganizationalUnits: units.map(([Id, Name]) => ({ Id, Name })), NextToken };
    const input =
      index === 0 ? { ParentId: parentId } : { ParentId: parentId, NextToken: `${parentId}-ou-${index}` };
    organizations.on(ListOrganizationalUnitsForParentCommand, input).resolves(answer);
  });
}

/** The accounts directly under `parentId`, one page per array. */
function mockChildAccounts(parentId: string, ...pages: string[][]): void {
  pages.forEach((ids, index) => {
    const NextToken = index + 1 < pages.length ? `${parentId}-acc-${index + 1}` : undefined;
    const answer = { Accounts: ids.map((id) => account(id)), NextToken };
    const input =
      index === 0 ? { ParentId: parentId } : { ParentId: parentId, NextToken: `${parentId}-acc-${index}` };
    organizations.on(ListAccountsForParentCommand, input).resolves(answer);
  });
}

describe('enumerateOrganization', () => {
  it('reads the organization id and management account', async () => {
    mockOrganization();
    mockListAccounts([account(MANAGEMENT)]);
    mockChildAccounts(ROOT, [MANAGEMENT]);

    const snapshot = await enumerateOrganization(mockedApi().api, REGION);

    expect(snapshot.organizationId).toBe('o-abc123');
    expect(snapshot.managementAccountId).toBe(MANAGEMENT);
    expect(snapshot.accounts).toEqual([
      {
        id: MANAGEMENT,
        name: `account-${MANAGEMENT}`,
        email: `aws+${MANAGEMENT}@example.com`,
        state: 'ACTIVE',
        joinedAt: '2024-01-02T03:04:05.000Z',
        ouIds: [ROOT],
        ouPath: 'Root',
      },
    ]);
  });

  it('follows ListAccounts across three pages', async () => {
    mockOrganization();
    mockListAccounts(
      [account('333333333333'), account(MANAGEMENT)],
      [account('222222222222')],
      [account('555555555555'), account('444444444444')],
    );
    mockChildAccounts(ROOT, [MANAGEMENT, '222222222222', '333333333333', '444444444444', '555555555555']);

    const snapshot = await enumerateOrganization(mockedApi().api, REGION);

    expect(snapshot.accounts.map((entry) => entry.id)).toEqual([
      MANAGEMENT,
      '222222222222',
      '333333333333',
      '444444444444',
      '555555555555',
    ]);
    expect(
      organizations.commandCalls(ListAccountsCommand).map((call) => call.args[0].input.NextToken),
    ).toEqual([undefined, 't1', 't2']);
  });

  it('places accounts in nested OUs whose listings span several pages', async () => {
    mockOrganization();
    mockListAccounts([
      account(MANAGEMENT),
      account('222222222222'),
      account('333333333333'),
      account('444444444444'),
      account('555555555555'),
    ]);
    mockChildUnits(ROOT, [['ou-ab12-workload', 'Workloads']], [['ou-ab12-security', 'Security']]);
    mockChildUnits('ou-ab12-workload', [['ou-ab12-prod', 'Production']]);
    mockChildAccounts(ROOT, [MANAGEMENT]);
    mockChildAccounts('ou-ab12-workload', ['222222222222'], ['333333333333']);
    mockChildAccounts('ou-ab12-prod', ['444444444444']);
    mockChildAccounts('ou-ab12-security', ['555555555555']);

    const snapshot = await enumerateOrganization(mockedApi().api, REGION);

    const paths = Object.fromEntries(snapshot.accounts.map((entry) => [entry.id, entry.ouPath]));
    expect(paths).toEqual({
      [MANAGEMENT]: 'Root',
      '222222222222': 'Root/Workloads',
      '333333333333': 'Root/Workloads',
      '444444444444': 'Root/Workloads/Production',
      '555555555555': 'Root/Security',
    });
    expect(snapshot.accounts.find((entry) => entry.id === '444444444444')?.ouIds).toEqual([
      ROOT,
      'ou-ab12-workload',
      'ou-ab12-prod',
    ]);
    expect(organizations.commandCalls(ListParentsCommand)).toHaveLength(0);
  });

  it('reads State, and falls back to the legacy Status when State is absent', async () => {
    mockOrganization();
    mockListAccounts([
      account('222222222222', { State: 'ACTIVE', Status: 'ACTIVE' }),
      account('333333333333', { State: undefined, Status: 'SUSPENDED' }),
      account('444444444444', { State: 'CLOSED', Status: 'SUSPENDED' }),
      account('555555555555', { State: 'PENDING_CLOSURE', Status: undefined }),
    ]);
    mockChildAccounts(ROOT, ['222222222222', '333333333333', '444444444444', '555555555555']);

    const snapshot = await enumerateOrganization(mockedApi().api, REGION);

    expect(Object.fromEntries(snapshot.accounts.map((entry) => [entry.id, entry.state]))).toEqual({
      '222222222222': 'ACTIVE',
      '333333333333': 'SUSPENDED',
      '444444444444': 'CLOSED',
      '555555555555': 'PENDING_CLOSURE',
    });
  });

  it('resolves an account the walk did not place through ListParents and DescribeOrganizationalUnit', async () => {
    mockOrganization();
    mockListAccounts([account(MANAGEMENT), account('666666666666')]);
    mockChildUnits(ROOT, [['ou-ab12-workload', 'Workloads']]);
    mockChildAccounts(ROOT, [MANAGEMENT]);
    // The account was moved into a new OU, under Workloads, while the tree was walked.
    organizations
      .on(ListParentsCommand, { ChildId: '666666666666' })
      .resolves({ Parents: [{ Id: 'ou-ab12-sandbox', Type: 'ORGANIZATIONAL_UNIT' }] });
    organizations
      .on(ListParentsCommand, { ChildId: 'ou-ab12-sandbox' })
      .resolves({ Parents: [{ Id: 'ou-ab12-workload', Type: 'ORGANIZATIONAL_UNIT' }] });
    organizations
      .on(DescribeOrganizationalUnitCommand, { OrganizationalUnitId: 'ou-ab12-sandbox' })
      .resolves({ OrganizationalUnit: { Id: 'ou-ab12-sandbox', Name: 'Sandbox' } });

    const snapshot = await enumerateOrganization(mockedApi().api, REGION);

    expect(snapshot.accounts.find((entry) => entry.id === '666666666666')).toMatchObject({
      ouIds: [ROOT, 'ou-ab12-workload', 'ou-ab12-sandbox'],
      ouPath: 'Root/Workloads/Sandbox',
    });
    expect(organizations.commandCalls(DescribeOrganizationalUnitCommand)).toHaveLength(1);
    expect(organizations.commandCalls(ListParentsCommand)).toHaveLength(2);
  });

  it('asks only ListParents for an unplaced account whose parent the walk knows', async () => {
    mockOrganization();
    mockListAccounts([account(MANAGEMENT), account('666666666666')]);
    mockChildUnits(ROOT, [['ou-ab12-workload', 'Workloads']]);
    mockChildAccounts(ROOT, [MANAGEMENT]);
    organizations
      .on(ListParentsCommand, { ChildId: '666666666666' })
      .resolves({ Parents: [{ Id: 'ou-ab12-workload', Type: 'ORGANIZATIONAL_UNIT' }] });

    const snapshot = await enumerateOrganization(mockedApi().api, REGION);

    expect(snapshot.accounts.find((entry) => entry.id === '666666666666')?.ouPath).toBe('Root/Workloads');
    expect(organizations.commandCalls(ListParentsCommand)).toHaveLength(1);
    expect(organizations.commandCalls(DescribeOrganizationalUnitCommand)).toHaveLength(0);
  });

  it('names a root the walk did not see without describing it as an OU', async () => {
    mockOrganization();
    organizations.on(ListRootsCommand).resolves({ Roots: [] });
    mockListAccounts([account('666666666666')]);
    organizations
      .on(ListParentsCommand, { ChildId: '666666666666' })
      .resolves({ Parents: [{ Id: 'ou-ab12-sandbox', Type: 'ORGANIZATIONAL_UNIT' }] });
    organizations
      .on(ListParentsCommand, { ChildId: 'ou-ab12-sandbox' })
      .resolves({ Parents: [{ Id: ROOT, Type: 'ROOT' }] });
    organizations
      .on(DescribeOrganizationalUnitCommand, { OrganizationalUnitId: 'ou-ab12-sandbox' })
      .resolves({ OrganizationalUnit: { Id: 'ou-ab12-sandbox', Name: 'Sandbox' } });

    const snapshot = await enumerateOrganization(mockedApi().api, REGION);

    expect(snapshot.accounts[0]).toMatchObject({ ouIds: [ROOT, 'ou-ab12-sandbox'], ouPath: 'Root/Sandbox' });
    expect(
      organizations.commandCalls(DescribeOrganizationalUnitCommand).map((call) => call.args[0].input),
    ).toEqual([{ OrganizationalUnitId: 'ou-ab12-sandbox' }]);
  });

  it('propagates AccessDenied on ListAccounts', async () => {
    mockOrganization();
    organizations.on(ListAccountsCommand).rejects(
      new AccessDeniedException({
        message: 'You don’t have permissions to access this resource.',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    const failure = enumerateOrganization(mockedApi().api, REGION);

    await expect(failure).rejects.toBeInstanceOf(AwsCallError);
    await expect(failure).rejects.toMatchObject({
      code: 'AccessDeniedException',
      kind: 'access-denied',
      operation: 'organizations:ListAccounts',
    });
  });

  it('propagates AWSOrganizationsNotInUseException from DescribeOrganization', async () => {
    organizations.on(DescribeOrganizationCommand).rejects(
      new AWSOrganizationsNotInUseException({
        message: 'Your account is not a member of an organization.',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    await expect(enumerateOrganization(mockedApi().api, REGION)).rejects.toMatchObject({
      code: 'AWSOrganizationsNotInUseException',
      kind: 'access-denied',
    });
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
  });

  it('fails when DescribeOrganization has no organization id', async () => {
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: { MasterAccountId: MANAGEMENT } });

    await expect(enumerateOrganization(mockedApi().api, REGION)).rejects.toThrow(/no organization id/);
  });

  it('fails on a repeated NextToken instead of looping', async () => {
    mockOrganization();
    organizations.on(ListAccountsCommand).resolves({ Accounts: [account(MANAGEMENT)], NextToken: 't1' });
    organizations
      .on(ListAccountsCommand, { NextToken: 't1' })
      .resolves({ Accounts: [account('222222222222')], NextToken: 't1' });

    await expect(enumerateOrganization(mockedApi().api, REGION)).rejects.toThrow(/pagination token repeated/);
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(2);
  });
});
