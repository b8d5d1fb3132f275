/**
 * What a text value of a filter pattern matches. AWS documents `*` as a wildcard at the start or end of a value
 * (`*Event`, `Event*`) and a `*` inside a value as the literal character; since that reading is not certain,
 * a value with an inner `*` is "opaque" and only ever compared for identity. Matching is case-sensitive.
 */
export type TextValue =
  | { readonly kind: 'any' }
  | { readonly kind: 'exact' | 'prefix' | 'suffix' | 'infix'; readonly text: string }
  | { readonly kind: 'opaque'; readonly raw: string };

export function textValue(value: string): TextValue {
  if (/^\*+$/.test(value)) return { kind: 'any' };
  const leading = value.startsWith('*');
  const trailing = value.endsWith('*');
  const text = value.replace(/^\*+/, '').replace(/\*+$/, '');
  if (text.includes('*')) return { kind: 'opaque', raw: value };
  if (leading && trailing) return { kind: 'infix', text };
  if (leading) return { kind: 'suffix', text };
  if (trailing) return { kind: 'prefix', text };
  return { kind: 'exact', text };
}

/** Whether a concrete string matches the value; null when that cannot be known (opaque values). */
function matchesString(value: TextValue, candidate: string): boolean | null {
  switch (value.kind) {
    case 'any':
      return true;
    case 'exact':
      return candidate === value.text;
    case 'prefix':
      return candidate.startsWith(value.text);
    case 'suffix':
      return candidate.endsWith(value.text);
    case 'infix':
      return candidate.includes(value.text);
    case 'opaque':
      return null;
  }
}

/** Whether every string `inner` matches is matched by `outer` (`AccessDenied` ⊆ `AccessDenied*` ⊆ `*`). */
export function textCovers(inner: TextValue, outer: TextValue): boolean {
  if (outer.kind === 'any') return true;
  if (inner.kind === 'opaque' || outer.kind === 'opaque') {
    return inner.kind === 'opaque' && outer.kind === 'opaque' && inner.raw === outer.raw;
  }
  switch (inner.kind) {
    case 'any':
      return false;
    case 'exact':
      return matchesString(outer, inner.text) === true;
    case 'prefix':
      return (
        (outer.kind === 'prefix' && inner.text.startsWith(outer.text)) ||
        (outer.kind === 'infix' && inner.text.includes(outer.text))
      );
    case 'suffix':
      return (
        (outer.kind === 'suffix' && inner.text.endsWith(outer.text)) ||
        (outer.kind === 'infix' && inner.text.includes(outer.text))
      );
    case 'infix':
      return outer.kind === 'infix' && inner.text.includes(outer.text);
  }
}

/** Whether no string matches both values (`ConsoleLogin` and `HeadBucket`; `Get*` and `Put*`). */
export function textDisjoint(a: TextValue, b: TextValue): boolean {
  if (a.kind === 'exact') return matchesString(b, a.text) === false;
  if (b.kind === 'exact') return matchesString(a, b.text) === false;
  if (a.kind === 'prefix' && b.kind === 'prefix') {
    return !a.text.startsWith(b.text) && !b.text.startsWith(a.text);
  }
  if (a.kind === 'suffix' && b.kind === 'suffix') {
    return !a.text.endsWith(b.text) && !b.text.endsWith(a.text);
  }
  // Any other pair shares a string: a prefix and a suffix meet in "<prefix><suffix>", an infix is inside one.
  return false;
}
