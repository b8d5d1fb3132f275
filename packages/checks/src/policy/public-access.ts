import { type PolicyStatement, statementHasPublicPrincipal, wildcardMatches } from './policy-document.js';

/**
 * CIS 2.21: a resource policy must not grant `Principal: "*"` without a condition that narrows who can use
 * the grant. Shared by every resource-policy check (S3, SQS, Lambda, KMS, SNS).
 *
 * A condition narrows when it pins the caller's identity or origin to something specific:
 * - accounts: aws:SourceAccount, aws:PrincipalAccount, aws:SourceOwner (SNS/SES), kms:CallerAccount,
 *   s3:DataAccessPointAccount (delegation to one account's access points) — a 12-digit id, no wildcards;
 * - ARNs: aws:SourceArn, aws:PrincipalArn — the ARN's account field is specific (no wildcard), or for
 *   account-less ARNs (S3 buckets) the resource part is more than wildcards;
 * - the organization: aws:PrincipalOrgID, aws:SourceOrgID (no wildcards), aws:PrincipalOrgPaths,
 *   aws:SourceOrgPaths (the leading org id has no wildcard);
 * - the network: aws:SourceVpc, aws:SourceVpce (no wildcards), aws:SourceIp (not a /0 range).
 * Only operators that require the key to be present and equal narrow: StringEquals, StringEqualsIgnoreCase,
 * StringLike, ArnEquals, ArnLike, IpAddress, optionally under ForAnyValue:. `...IfExists` and ForAllValues:
 * pass when the key is absent (a direct call by any principal), and negated operators admit everyone else,
 * so they do not narrow. Other keys (aws:SecureTransport, kms:ViaService, aws:PrincipalServiceName...)
 * restrict how, not who, and do not narrow.
 *
 * A public Allow is also narrowed by a Deny guard: a Deny for everyone covering the same actions and
 * resources, whose every condition is a negated narrowing one (e.g. StringNotEquals aws:PrincipalOrgID),
 * i.e. "deny anyone outside X".
 */

type ValueRule = 'account' | 'arn' | 'org-id' | 'org-path' | 'network-id' | 'ip-range';

const NARROWING_KEYS: Readonly<Record<string, ValueRule>> = {
  'aws:sourceaccount': 'account',
  'aws:principalaccount': 'account',
  'aws:sourceowner': 'account',
  'kms:calleraccount': 'account',
  's3:dataaccesspointaccount': 'account',
  'aws:sourcearn': 'arn',
  'aws:principalarn': 'arn',
  'aws:principalorgid': 'org-id',
  'aws:sourceorgid': 'org-id',
  'aws:principalorgpaths': 'org-path',
  'aws:sourceorgpaths': 'org-path',
  'aws:sourcevpc': 'network-id',
  'aws:sourcevpce': 'network-id',
  'aws:sourceip': 'ip-range',
};

/** Condition keys (as AWS spells them) that can narrow a public grant, for messages and documentation. */
export const NARROWING_CONDITION_KEYS: readonly string[] = [
  'aws:SourceAccount',
  'aws:PrincipalAccount',
  'aws:SourceOwner',
  'kms:CallerAccount',
  's3:DataAccessPointAccount',
  'aws:SourceArn',
  'aws:PrincipalArn',
  'aws:PrincipalOrgID',
  'aws:SourceOrgID',
  'aws:PrincipalOrgPaths',
  'aws:SourceOrgPaths',
  'aws:SourceVpc',
  'aws:SourceVpce',
  'aws:SourceIp',
];

const POSITIVE_OPERATORS = new Set([
  'stringequals',
  'stringequalsignorecase',
  'stringlike',
  'arnequals',
  'arnlike',
  'ipaddress',
]);

/** Negated operators (with or without IfExists): in a Deny they reject every caller outside the values. */
const NEGATED_OPERATORS = new Set([
  'stringnotequals',
  'stringnotequalsignorecase',
  'stringnotlike',
  'arnnotequals',
  'arnnotlike',
  'notipaddress',
]);

const hasWildcard = (value: string) => /[*?]/.test(value);
const onlyWildcards = (value: string) => /^[*?]*$/.test(value);

function isSpecificValue(rule: ValueRule, value: string): boolean {
  if (onlyWildcards(value)) return false;
  switch (rule) {
    case 'account':
      return /^\d{12}$/.test(value);
    case 'org-id':
    case 'network-id':
      return !hasWildcard(value);
    case 'org-path':
      return !hasWildcard(value.split('/')[0] ?? '');
    case 'ip-range':
      return !/\/0$/.test(value);
    case 'arn': {
      // arn:partition:service:region:account:resource
      const parts = value.split(':');
      if (parts.length < 6 || parts[0] !== 'arn') return false;
      const account = parts[4] ?? '';
      if (account !== '') return !hasWildcard(account);
      return !onlyWildcards(parts.slice(5).join(':'));
    }
  }
}

/** Splits `ForAnyValue:StringEquals` into its set qualifier and lower-case base operator. */
function parseOperator(operator: string): { qualifier: 'any' | 'all' | null; base: string } {
  const lower = operator.toLowerCase();
  if (lower.startsWith('foranyvalue:')) return { qualifier: 'any', base: lower.slice('foranyvalue:'.length) };
  if (lower.startsWith('forallvalues:'))
    return { qualifier: 'all', base: lower.slice('forallvalues:'.length) };
  return { qualifier: null, base: lower };
}

function narrowingEntry(key: string, values: readonly string[]): boolean {
  const rule = NARROWING_KEYS[key];
  return rule !== undefined && values.length > 0 && values.every((value) => isSpecificValue(rule, value));
}

/** Whether one of the statement's conditions restricts who (or from where) can use it. */
export function hasNarrowingCondition(statement: PolicyStatement): boolean {
  return Object.entries(statement.conditions).some(([operator, entries]) => {
    const { qualifier, base } = parseOperator(operator);
    if (qualifier === 'all' || !POSITIVE_OPERATORS.has(base)) return false;
    return Object.entries(entries).some(([key, values]) => narrowingEntry(key, values));
  });
}

/** An AWS principal whose account is a wildcard (`arn:aws:iam::*:root`) names every account. */
function isAnyAccountPrincipal(value: string): boolean {
  const parts = value.split(':');
  return parts.length >= 6 && parts[0] === 'arn' && hasWildcard(parts[4] ?? '');
}

/**
 * Whether the statement's principal is everyone: `*`, `{"AWS": "*"}`, an AWS principal in any account
 * (`arn:aws:iam::*:root`), or an Allow with NotPrincipal (everyone but the listed ones).
 */
export function grantsToEveryone(statement: PolicyStatement): boolean {
  if (statementHasPublicPrincipal(statement)) return true;
  if ((statement.principals?.['AWS'] ?? []).some(isAnyAccountPrincipal)) return true;
  return statement.effect === 'Allow' && statement.notPrincipals !== null;
}

/** A Deny for everyone whose every condition is "caller outside <specific accounts/org/network>". */
function isDenyGuard(statement: PolicyStatement): boolean {
  if (statement.effect !== 'Deny' || !statementHasPublicPrincipal(statement)) return false;
  const entries = Object.entries(statement.conditions).flatMap(([operator, keys]) =>
    Object.entries(keys).map(([key, values]) => ({ operator: parseOperator(operator), key, values })),
  );
  if (entries.length === 0) return false;
  return entries.every(
    ({ operator, key, values }) =>
      operator.qualifier === null &&
      NEGATED_OPERATORS.has(operator.base.replace(/ifexists$/, '')) &&
      narrowingEntry(key, values),
  );
}

/** Whether every value the allow names (literally, wildcards included) is matched by one of the patterns. */
function patternsCover(
  patterns: readonly string[],
  allowed: readonly string[],
  allowedNegated: boolean,
): boolean {
  if (allowedNegated) return patterns.some((pattern) => wildcardMatches(pattern, '*'));
  return allowed.every((value) => patterns.some((pattern) => wildcardMatches(pattern, value)));
}

function guardCovers(guard: PolicyStatement, allow: PolicyStatement): boolean {
  if (guard.notActions.length > 0 || guard.notResources.length > 0) return false;
  const actionsCovered = patternsCover(guard.actions, allow.actions, allow.notActions.length > 0);
  // A resource policy without Resource (Lambda, SQS) applies to its own resource only.
  const resourcesCovered =
    guard.resources.length === 0 ||
    patternsCover(guard.resources, allow.resources, allow.notResources.length > 0);
  return actionsCovered && resourcesCovered;
}

/** One Allow statement that grants everyone access without narrowing. */
export interface PublicGrant {
  /** 0-based position of the statement in the policy. */
  readonly index: number;
  readonly sid: string | null;
  /** The actions granted; a NotAction grant is written `NotAction:<pattern>`. */
  readonly actions: readonly string[];
}

/**
 * The Allow statements of a resource policy that give everyone access without a narrowing condition and
 * without a Deny guard. Empty: the policy is not public by CIS 2.21.
 */
export function publicGrants(statements: readonly PolicyStatement[]): PublicGrant[] {
  const guards = statements.filter(isDenyGuard);
  const grants: PublicGrant[] = [];
  statements.forEach((statement, index) => {
    if (statement.effect !== 'Allow' || !grantsToEveryone(statement)) return;
    if (hasNarrowingCondition(statement)) return;
    if (guards.some((guard) => guardCovers(guard, statement))) return;
    grants.push({
      index,
      sid: statement.sid,
      actions:
        statement.notActions.length > 0
          ? statement.notActions.map((action) => `NotAction:${action}`)
          : statement.actions,
    });
  });
  return grants;
}

/** "statement 'PublicRead'" or "statement #2", for messages. */
export function describeGrant(grant: PublicGrant): string {
  return grant.sid ? `statement '${grant.sid}'` : `statement #${grant.index + 1}`;
}

/** A one-line summary of public grants for a FAIL message: which statements, which actions. */
export function summarizeGrants(grants: readonly PublicGrant[]): string {
  return grants.map((grant) => `${describeGrant(grant)} (${grant.actions.join(', ')})`).join('; ');
}
