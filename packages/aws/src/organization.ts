import type { Account } from '@aws-sdk/client-organizations';
import type { AwsApi } from './aws-api.js';
import { allPages } from './pagination.js';
import { mapWithConcurrency } from './semaphore.js';

/** Account states as Organizations reports them; only ACTIVE accounts are scanned. */
export type AccountState = 'ACTIVE' | 'SUSPENDED' | 'PENDING_ACTIVATION' | 'PENDING_CLOSURE' | 'CLOSED';

export interface OrganizationAccount {
  readonly id: string;
  readonly name: string;
  readonly email: string | null;
  readonly state: AccountState;
  readonly joinedAt: string | null;
  /** Root, then each OU down to the account's parent: ids and names. */
  readonly ouIds: readonly string[];
  readonly ouPath: string;
}

export interface OrganizationSnapshot {
  readonly organizationId: string;
  readonly managementAccountId: string;
  readonly accounts: readonly OrganizationAccount[];
}

interface ParentNode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

/** Parallel Organizations calls during the OU walk; the API's own rate is low, the limiter guards the rest. */
const WALK_CONCURRENCY = 4;

/**
 * Enumerates the organization live. ListAccounts (fully paginated) is the authoritative account list. OU
 * paths come from a walk of the OU tree (ListRoots, ListOrganizationalUnitsForParent, ListAccountsForParent),
 * which costs a few calls per OU instead of one ListParents call per account; an account the walk did not
 * place (moved while we walked) is resolved with ListParents, up to the root.
 */
export async function enumerateOrganization(api: AwsApi, region: string): Promise<OrganizationSnapshot> {
  // Loaded on first use: importing @orgscan/aws does not load the SDK (see AwsServiceDefinition.loadClient).
  const {
    DescribeOrganizationCommand,
    ListAccountsCommand,
    ListAccountsForParentCommand,
    ListOrganizationalUnitsForParentCommand,
    ListRootsCommand,
  } = await import('@aws-sdk/client-organizations');
  const { Organization: organization } = await api.call(
    region,
    'organizations',
    new DescribeOrganizationCommand({}),
  );
  if (!organization?.Id || !organization.MasterAccountId) {
    throw new Error('DescribeOrganization returned no organization id or management account');
  }

  const listed = (
    await allPages(
      (NextToken) => api.call(region, 'organizations', new ListAccountsCommand({ NextToken })),
      (page) => page.NextToken,
    )
  ).flatMap((page) => page.Accounts ?? []);

  const nodes = new Map<string, ParentNode>();
  const parentOfAccount = new Map<string, string>();
  const { Roots: roots = [] } = await api.call(region, 'organizations', new ListRootsCommand({}));
  let frontier: ParentNode[] = roots.flatMap((root) =>
    root.Id ? [{ id: root.Id, name: root.Name ?? 'Root', parentId: null }] : [],
  );
  while (frontier.length > 0) {
    for (const node of frontier) nodes.set(node.id, node);
    const children = await mapWithConcurrency(frontier, WALK_CONCURRENCY, async (parent) => {
      const [units, accounts] = await Promise.all([
        allPages(
          (NextToken) =>
            api.call(
              region,
              'organizations',
              new ListOrganizationalUnitsForParentCommand({ ParentId: parent.id, NextToken }),
            ),
          (page) => page.NextToken,
        ),
        allPages(
          (NextToken) =>
            api.call(
              region,
              'organizations',
              new ListAccountsForParentCommand({ ParentId: parent.id, NextToken }),
            ),
          (page) => page.NextToken,
        ),
      ]);
      for (const account of accounts.flatMap((page) => page.Accounts ?? [])) {
        if (account.Id) parentOfAccount.set(account.Id, parent.id);
      }
      return units
        .flatMap((page) => page.OrganizationalUnits ?? [])
        .flatMap((unit) =>
          unit.Id ? [{ id: unit.Id, name: unit.Name ?? unit.Id, parentId: parent.id }] : [],
        );
    });
    frontier = children.flat().filter((node) => !nodes.has(node.id));
  }

  const accounts: OrganizationAccount[] = [];
  for (const account of listed) {
    if (!account.Id) continue;
    const parentId =
      parentOfAccount.get(account.Id) ?? (await resolveParentChain(api, region, account.Id, nodes));
    const chain = ancestry(parentId, nodes);
    accounts.push({
      id: account.Id,
      name: account.Name ?? account.Id,
      email: account.Email ?? null,
      state: accountState(account),
      joinedAt: account.JoinedTimestamp ? account.JoinedTimestamp.toISOString() : null,
      ouIds: chain.map((node) => node.id),
      ouPath: chain.map((node) => node.name).join('/'),
    });
  }
  accounts.sort((a, b) => a.id.localeCompare(b.id));
  return { organizationId: organization.Id, managementAccountId: organization.MasterAccountId, accounts };
}

/** Organizations retired `Status` in favour of `State`; older answers only carry Status. */
function accountState(account: Account): AccountState {
  return (account.State ?? account.Status ?? 'ACTIVE') as AccountState;
}

/** Root-first chain of nodes from the root down to `parentId`. */
function ancestry(parentId: string | null, nodes: ReadonlyMap<string, ParentNode>): ParentNode[] {
  const chain: ParentNode[] = [];
  let cursor = parentId ? nodes.get(parentId) : undefined;
  while (cursor && chain.length < 10) {
    chain.unshift(cursor);
    cursor = cursor.parentId ? nodes.get(cursor.parentId) : undefined;
  }
  return chain;
}

/** ListParents from the account upwards until a known node, naming new OUs as it goes. */
async function resolveParentChain(
  api: AwsApi,
  region: string,
  accountId: string,
  nodes: Map<string, ParentNode>,
): Promise<string | null> {
  const { DescribeOrganizationalUnitCommand, ListParentsCommand } = await import(
    '@aws-sdk/client-organizations'
  );
  const parentOf = async (childId: string) =>
    (await api.call(region, 'organizations', new ListParentsCommand({ ChildId: childId }))).Parents?.[0];
  const first = await parentOf(accountId);
  let childId: string | undefined = first?.Id;
  // OU nesting is at most five levels deep; the bound protects against a malformed answer.
  for (let depth = 0; depth < 10; depth += 1) {
    const unitId = childId;
    if (unitId === undefined || nodes.has(unitId)) break;
    if (unitId.startsWith('r-')) {
      nodes.set(unitId, { id: unitId, name: 'Root', parentId: null });
      break;
    }
    const [parent, described] = await Promise.all([
      parentOf(unitId),
      api.call(
        region,
        'organizations',
        new DescribeOrganizationalUnitCommand({ OrganizationalUnitId: unitId }),
      ),
    ]);
    nodes.set(unitId, {
      id: unitId,
      name: described.OrganizationalUnit?.Name ?? unitId,
      parentId: parent?.Id ?? null,
    });
    childId = parent?.Id;
  }
  return first?.Id ?? null;
}
