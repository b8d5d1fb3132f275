import { simulatedError } from '../simulated-error.js';
import { daysBefore, page, type SimulatedHandler, type SimulatedRequest } from './handler.js';

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

function accountOutput(request: SimulatedRequest, account: SimulatedRequest['caller']) {
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

export const organizationsHandlers: Record<string, SimulatedHandler> = {
  'organizations:DescribeOrganization': (request) => {
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
  'organizations:ListAccounts': (request) => {
    requireManagement(request);
    const { items, next } = page(request.org.accounts, request.input.NextToken, PAGE_SIZE);
    return { Accounts: items.map((account) => accountOutput(request, account)), NextToken: next };
  },
  'organizations:ListRoots': (request) => {
    requireManagement(request);
    return {
      Roots: [
        { Id: request.org.rootId, Name: 'Root', Arn: `arn:aws:organizations::root/${request.org.rootId}` },
      ],
    };
  },
  'organizations:ListOrganizationalUnitsForParent': (request) => {
    requireManagement(request);
    requireParent(request, request.input.ParentId);
    const units = request.org.organizationalUnits.filter((unit) => unit.parentId === request.input.ParentId);
    const { items, next } = page(units, request.input.NextToken, PAGE_SIZE);
    return { OrganizationalUnits: items.map((unit) => ({ Id: unit.id, Name: unit.name })), NextToken: next };
  },
  'organizations:ListAccountsForParent': (request) => {
    requireManagement(request);
    requireParent(request, request.input.ParentId);
    const accounts = request.org.accounts.filter((account) => account.parentId === request.input.ParentId);
    const { items, next } = page(accounts, request.input.NextToken, PAGE_SIZE);
    return { Accounts: items.map((account) => accountOutput(request, account)), NextToken: next };
  },
  'organizations:ListParents': (request) => {
    requireManagement(request);
    const childId: string = request.input.ChildId;
    const parentId =
      request.org.accounts.find((account) => account.id === childId)?.parentId ??
      request.org.organizationalUnits.find((unit) => unit.id === childId)?.parentId;
    if (!parentId)
      throw simulatedError('ChildNotFoundException', `We can't find an OU or account with ${childId}.`);
    return {
      Parents: [{ Id: parentId, Type: parentId === request.org.rootId ? 'ROOT' : 'ORGANIZATIONAL_UNIT' }],
    };
  },
  'organizations:DescribeOrganizationalUnit': (request) => {
    requireManagement(request);
    const unit = request.org.organizationalUnits.find(
      (candidate) => candidate.id === request.input.OrganizationalUnitId,
    );
    if (!unit)
      throw simulatedError('OrganizationalUnitNotFoundException', 'We can’t find an OU with that id.');
    return { OrganizationalUnit: { Id: unit.id, Name: unit.name } };
  },
};
