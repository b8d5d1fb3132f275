/**
 * IAM and resource policies, normalized: every element that AWS allows as a string or an array is an array,
 * principals are grouped by type, condition keys are lower-case (AWS compares them case-insensitively).
 * Collectors keep these statements instead of raw documents; checks evaluate them.
 */
export interface PolicyStatement {
  readonly sid: string | null;
  readonly effect: 'Allow' | 'Deny';
  /** Principal type (AWS, Service, Federated, CanonicalUser) → values; `"Principal": "*"` is `{ '*': ['*'] }`. */
  readonly principals: Readonly<Record<string, readonly string[]>> | null;
  readonly notPrincipals: Readonly<Record<string, readonly string[]>> | null;
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly resources: readonly string[];
  readonly notResources: readonly string[];
  /** Operator (StringEquals, Bool, ...) → lower-case condition key → values. */
  readonly conditions: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

export interface PolicyDocument {
  readonly statements: readonly PolicyStatement[];
}

export class PolicyParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyParseError';
  }
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function strings(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((item) => String(item));
  return [String(value)];
}

function principalMap(value: Json | undefined): Record<string, string[]> | null {
  if (value === undefined) return null;
  if (value === '*') return { '*': ['*'] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PolicyParseError('Principal must be "*" or an object');
  }
  return Object.fromEntries(Object.entries(value).map(([type, values]) => [type, strings(values)]));
}

function conditionMap(value: Json | undefined): Record<string, Record<string, string[]>> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new PolicyParseError('Condition must be an object');
  return Object.fromEntries(
    Object.entries(value).map(([operator, entries]) => {
      if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
        throw new PolicyParseError(`Condition ${operator} must be an object`);
      }
      return [
        operator,
        Object.fromEntries(Object.entries(entries).map(([key, v]) => [key.toLowerCase(), strings(v)])),
      ];
    }),
  );
}

/**
 * Parses a policy document as AWS returns it: JSON, or URL-encoded JSON (IAM's GetPolicyVersion and
 * GetAccountAuthorizationDetails encode documents). Throws PolicyParseError when it is neither.
 */
export function parsePolicyDocument(text: string): PolicyDocument {
  let parsed: Json;
  try {
    parsed = JSON.parse(
      text.trimStart().startsWith('%7B') || text.trimStart().startsWith('%7b')
        ? decodeURIComponent(text)
        : text,
    );
  } catch {
    throw new PolicyParseError('policy document is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PolicyParseError('policy document must be a JSON object');
  }
  const raw = parsed.Statement;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return {
    statements: list.map((statement, index) => {
      if (typeof statement !== 'object' || statement === null || Array.isArray(statement)) {
        throw new PolicyParseError(`statement ${index} must be an object`);
      }
      const effect = statement.Effect;
      if (effect !== 'Allow' && effect !== 'Deny')
        throw new PolicyParseError(`statement ${index} has no valid Effect`);
      return {
        sid: typeof statement.Sid === 'string' ? statement.Sid : null,
        effect,
        principals: principalMap(statement.Principal),
        notPrincipals: principalMap(statement.NotPrincipal),
        actions: strings(statement.Action),
        notActions: strings(statement.NotAction),
        resources: strings(statement.Resource),
        notResources: strings(statement.NotResource),
        conditions: conditionMap(statement.Condition),
      };
    }),
  };
}

/** IAM wildcard match (`*` any run, `?` one character), case-insensitive as IAM actions are. */
export function wildcardMatches(pattern: string, value: string): boolean {
  const expression = pattern
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${expression}$`, 'i').test(value);
}

/** Whether the statement's Action (or NotAction) covers `action`, e.g. `s3:GetObject`. */
export function statementCoversAction(statement: PolicyStatement, action: string): boolean {
  if (statement.notActions.length > 0)
    return !statement.notActions.some((pattern) => wildcardMatches(pattern, action));
  return statement.actions.some((pattern) => wildcardMatches(pattern, action));
}

/** Whether the statement names everyone as principal (`*` or `{"AWS": "*"}`). */
export function statementHasPublicPrincipal(statement: PolicyStatement): boolean {
  if (!statement.principals) return false;
  return Object.entries(statement.principals).some(
    ([type, values]) => (type === '*' || type === 'AWS') && values.includes('*'),
  );
}
