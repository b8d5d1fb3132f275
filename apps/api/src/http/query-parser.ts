/** Names of query parameters whose name or value was not valid percent-encoded UTF-8. */
export const MALFORMED_PARAMETERS: unique symbol = Symbol('malformed query parameters');

export type ParsedQuery = Record<string, string | string[]> & { [MALFORMED_PARAMETERS]?: string[] };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The query string as name → value (a repeated name → its values in order). Unlike the default parser,
 * which keeps a value that does not decode (`%ZZ`, a truncated UTF-8 sequence) as raw text, a malformed
 * parameter is recorded so the request guard answers 400 naming it instead of searching for `%ZZ`.
 * Null prototype: a parameter named `__proto__` is just a parameter.
 */
export function parseQuery(text: string): ParsedQuery {
  const query = Object.create(null) as ParsedQuery;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawName = equals === -1 ? pair : pair.slice(0, equals);
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
    const name = decode(rawName) ?? rawName;
    const value = decode(rawValue);
    if (value === null || decode(rawName) === null) {
      query[MALFORMED_PARAMETERS] = [...(query[MALFORMED_PARAMETERS] ?? []), name];
    }
    const kept = value ?? rawValue;
    const previous = query[name];
    query[name] =
      previous === undefined ? kept : Array.isArray(previous) ? [...previous, kept] : [previous, kept];
  }
  return query;
}
