import type * as Organizations from '@aws-sdk/client-organizations';
import { simulatedError } from '../simulated-error.js';
import { daysBefore, page, requiredParameter } from './simulated-answers.js';
import type {
  SimulatedAnswer,
  SimulatedOperation,
  SimulatedRequest,
  SimulatedService,
} from './simulated-service.js';

type Answer<Op extends SimulatedOperation<typeof Organizations>> = SimulatedAnswer<typeof Organizations, Op>;

const PAGE_SIZE = 20;

/** Organizations answers only the management account (delegated administration is not simulated). */
function requireManagement({ org, caller }: SimulatedRequest): void {
  if (caller.id !== org.managementAccountId) {
    throw simulatedError(
      'AccessDeniedException',
      'You don’t have permissions to access this resource: the account is not the management account.',
    );
  }
}

function accountOutput(
  request: SimulatedRequest,
  account: SimulatedRequest['caller'],
): Organizations.Account {
  return {
    Id: account.id,
    Arn: `arn:aws:organizations::${request.org.managementAccountId}:account/${request.org.organizationId}/${account.id}`,
    Name: account.name,
    Email: account.email,
    State: account.state,
    JoinedMethod: account.id === request.org.managementAccountId ? 'CREATED' : 'INVITED',
    JoinedTimestamp: daysBefore(request.now, account.joinedDaysAgo),
  };
}

function requireParent(request: SimulatedRequest, parentId: string): void {
  const { org } = request;
  if (parentId !== org.rootId && !org.organizationalUnits.some((unit) => unit.id === parentId)) {
    throw simulatedError(
      'ParentNotFoundException',
      `We can't find a root or OU with the ParentId ${parentId}.`,
    );
  }
}

/** Simulated Organizations: the organization description itself, answered to the management account only. */
export const simulatedOrganizations = {
  ListTagsForResource: ({ org, caller, input }): Answer<'ListTagsForResource'> => {
    if (caller.id !== org.managementAccountId) {
      throw simulatedError('AccessDeniedException', 'You don’t have permissions to access this resource.');
    }
    const account = org.accounts.find((candidate) => candidate.id === input.ResourceId);
    if (!account) {
      throw simulatedError('TargetNotFoundException', `We can't find a resource with ${input.ResourceId}.`);
    }
    return { Tags: Object.entries(account.tags ?? {}).map(([Key, Value]) => ({ Key, Value })) };
  },
  DescribeOrganization: (request): Answer<'DescribeOrganization'> => {
    const { org } = request;
    const management = org.accounts.find((account) => account.id === org.managementAccountId);
    return {
      Organization: {
        Id: org.organizationId,
        Arn: `arn:aws:organizations::${org.managementAccountId}:organization/${org.organizationId}`,
        FeatureSet: 'ALL',
        MasterAccountId: org.managementAccountId,
        MasterAccountEmail: management?.email,
      },
    };
  },
  ListAccounts: (request): Answer<'ListAccounts'> => {
    requireManagement(request);
    const { items, next } = page(request.org.accounts, request.input.NextToken, PAGE_SIZE);
    return { Accounts: items.map((account) => accountOutput(request, account)), NextToken: next };
  },
  ListRoots: (request): Answer<'ListRoots'> => {
    requireManagement(request);
    return {
      Roots: [
        { Id: request.org.rootId, Name: 'Root', Arn: `arn:aws:organizations::root/${request.org.rootId}` },
      ],
    };
  },
  ListOrganizationalUnitsForParent: (request): Answer<'ListOrganizationalUnitsForParent'> => {
    requireManagement(request);
    requireParent(request, requiredParameter(request.input.ParentId, 'ParentId'));
    const units = request.org.organizationalUnits.filter((unit) => unit.parentId === request.input.ParentId);
    const { items, next } = page(units, request.input.NextToken, PAGE_SIZE);
    return { OrganizationalUnits: items.map((unit) => ({ Id: unit.id, Name: unit.name })), NextToken: next };
  },
  ListAccountsForParent: (request): Answer<'ListAccountsForParent'> => {
    requireManagement(request);
    requireParent(request, requiredParameter(request.input.ParentId, 'ParentId'));
    const accounts = request.org.accounts.filter((account) => account.parentId === request.input.ParentId);
    const { items, next } = page(accounts, request.input.NextToken, PAGE_SIZE);
    return { Accounts: items.map((account) => accountOutput(request, account)), NextToken: next };
  },
  ListParents: (request): Answer<'ListParents'> => {
    requireManagement(request);
    const childId = requiredParameter(request.input.ChildId, 'ChildId');
    const parentId =
      request.org.accounts.find((account) => account.id === childId)?.parentId ??
      request.org.organizationalUnits.find((unit) => unit.id === childId)?.parentId;
    if (!parentId)
      throw simulatedError('ChildNotFoundException', `We can't find an OU or account with ${childId}.`);
    return {
      Parents: [{ Id: parentId, Type: parentId === request.org.rootId ? 'ROOT' : 'ORGANIZATIONAL_UNIT' }],
    };
  },
  DescribeOrganizationalUnit: (request): Answer<'DescribeOrganizationalUnit'> => {
    requireManagement(request);
    const unit = request.org.organizationalUnits.find(
      (candidate) => candidate.id === request.input.OrganizationalUnitId,
    );
    if (!unit)
      throw simulatedError('OrganizationalUnitNotFoundException', 'We can’t find an OU with that id.');
    return { OrganizationalUnit: { Id: unit.id, Name: unit.name } };
  },
} satisfies SimulatedService<typeof Organizations>;
