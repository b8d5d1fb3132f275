/** Query parameters as the page's URL carries them: a repeated key is a list, as the API expects. */
export type PlainSearch = Record<string, string | string[]>;

/** `?a=1&b=2&b=3` → { a: '1', b: ['2', '3'] }. */
export function parsePlainSearch(search: string): PlainSearch {
  const result: PlainSearch = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** The reverse: lists repeat their key; empty values and lists are left out. */
export function stringifyPlainSearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
