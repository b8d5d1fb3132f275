import type {
  IamAuthorization,
  IamCustomerManagedPolicy,
  IamPrincipalPolicies,
  IamUserAuthorization,
} from '../../inventory/iam.js';
import { NotEvaluableError } from '../../model/not-evaluable.js';
import type { PolicyStatement } from '../../policy/policy-document.js';

/**
 * Broad privileges an IAM principal holds: full administrator access and the AWS managed policies that
 * amount to it or lead to it. AWS managed policies are judged by name; customer managed and inline
 * policies by their statements.
 */
export const FULL_ADMIN_AWS_POLICY = 'AdministratorAccess';
/** PowerUserAccess: everything but IAM and Organizations; IAMFullAccess: can grant itself anything. */
const OTHER_BROAD_AWS_POLICIES: ReadonlySet<string> = new Set(['PowerUserAccess', 'IAMFullAccess']);

export interface BroadGrant {
  /** Policy name (AWS managed, customer managed or inline). */
  readonly policy: string;
  readonly kind: 'aws-managed' | 'customer-managed' | 'inline';
  /** Allows every action on every resource. */
  readonly fullAdmin: boolean;
  /** The group the grant comes through; null when it is on the principal itself. */
  readonly viaGroup: string | null;
}

/** The name of an AWS managed policy from its ARN (`arn:<partition>:iam::aws:policy/[path/]Name`), else null. */
export function awsManagedPolicyName(policyArn: string): string | null {
  const match = /^arn:[^:]+:iam::aws:policy\/(?:.+\/)?([^/]+)$/.exec(policyArn);
  return match?.[1] ?? null;
}

/** Whether a statement allows every action on every resource without conditions (`"Action": "*"`, `"Resource": "*"`). */
function isFullAdminStatement(statement: PolicyStatement): boolean {
  return (
    statement.effect === 'Allow' &&
    statement.notActions.length === 0 &&
    statement.actions.some((action) => action === '*' || action === '*:*') &&
    statement.notResources.length === 0 &&
    statement.resources.includes('*') &&
    Object.keys(statement.conditions).length === 0
  );
}

export function grantsFullAdmin(statements: readonly PolicyStatement[]): boolean {
  return statements.some(isFullAdminStatement);
}

/** Reads broad grants out of one account's authorization details. */
export class PrivilegeReader {
  private readonly customerPolicies: ReadonlyMap<string, IamCustomerManagedPolicy>;

  constructor(private readonly authorization: IamAuthorization) {
    this.customerPolicies = new Map(
      authorization.customerManagedPolicies.map((policy) => [policy.arn, policy]),
    );
  }

  /** Broad grants attached to the principal itself (its managed and inline policies). */
  directGrants(principal: IamPrincipalPolicies, viaGroup: string | null = null): BroadGrant[] {
    const grants: BroadGrant[] = [];
    for (const arn of principal.attachedPolicyArns) {
      const awsName = awsManagedPolicyName(arn);
      if (awsName !== null) {
        const fullAdmin = awsName === FULL_ADMIN_AWS_POLICY;
        if (fullAdmin || OTHER_BROAD_AWS_POLICIES.has(awsName)) {
          grants.push({ policy: awsName, kind: 'aws-managed', fullAdmin, viaGroup });
        }
        continue;
      }
      const policy = this.customerPolicies.get(arn);
      if (!policy) {
        // Attached but absent from the details (changed while they were read): the grant is unknown.
        throw new NotEvaluableError(
          'PolicyNotInInventory',
          `${principal.arn} has policy ${arn} attached, but the authorization details do not contain it.`,
        );
      }
      if (grantsFullAdmin(policy.statements)) {
        grants.push({ policy: policy.name, kind: 'customer-managed', fullAdmin: true, viaGroup });
      }
    }
    for (const inline of principal.inlinePolicies) {
      if (grantsFullAdmin(inline.statements)) {
        grants.push({ policy: inline.name, kind: 'inline', fullAdmin: true, viaGroup });
      }
    }
    return grants;
  }

  /** A user's broad grants: its own and those of every group it belongs to. */
  userGrants(user: IamUserAuthorization): BroadGrant[] {
    const grants = this.directGrants(user);
    for (const groupName of user.groups) {
      const group = this.authorization.groups.find((candidate) => candidate.name === groupName);
      if (!group) {
        throw new NotEvaluableError(
          'GroupNotInInventory',
          `${user.arn} belongs to group ${groupName}, but the authorization details do not contain it.`,
        );
      }
      grants.push(...this.directGrants(group, groupName));
    }
    return grants;
  }
}

/** "AdministratorAccess", "inline policy ops-all (full *:*)", "PowerUserAccess via group web-admins". */
export function describeGrant(grant: BroadGrant): string {
  const name =
    grant.kind === 'aws-managed'
      ? grant.policy
      : `${grant.kind === 'inline' ? 'inline' : 'customer managed'} policy ${grant.policy} (full *:*)`;
  return grant.viaGroup === null ? name : `${name} via group ${grant.viaGroup}`;
}
