import type { FilterComparison, NumericOperator } from './filter-pattern.js';
import { textCovers, textDisjoint, textValue } from './text-value.js';

/**
 * Whether every event satisfying `a` also satisfies `b` — sound for the comparisons of one field, never a
 * guess: when AWS's behaviour is not certain (a missing field under `!=`, numbers against text), the answer
 * is false.
 */
export function implies(a: FilterComparison, b: FilterComparison): boolean {
  if (a.selector !== b.selector) return false;
  if (b.kind === 'text' && !b.negated && textValue(b.value).kind === 'any') return hasValue(a);
  switch (a.kind) {
    case 'text':
      return b.kind === 'text' && textImplies(a, b);
    case 'regex':
      return b.kind === 'regex' && a.negated === b.negated && a.regex === b.regex;
    case 'number':
      return b.kind === 'number' && numberImplies(a, b);
    case 'null':
    case 'absent':
      return b.kind === a.kind;
    case 'boolean':
      return b.kind === 'boolean' && a.value === b.value;
  }
}

/** Whether `a` holds only when the field is present with a value, which `$.field = *` asks for. */
function hasValue(a: FilterComparison): boolean {
  if (a.kind === 'text') return !a.negated;
  return a.kind === 'number' && a.operator !== '!=';
}

type TextComparison = Extract<FilterComparison, { kind: 'text' }>;

function textImplies(a: TextComparison, b: TextComparison): boolean {
  const valueA = textValue(a.value);
  const valueB = textValue(b.value);
  if (!a.negated && !b.negated) return textCovers(valueA, valueB);
  // The field has a value matching A, which cannot match B, so "!= B" holds.
  if (!a.negated && b.negated) return textDisjoint(valueA, valueB);
  // Both negated: whatever AWS does with a missing field, it does the same for both.
  if (a.negated && b.negated) return textCovers(valueB, valueA);
  return false;
}

type NumberComparison = Extract<FilterComparison, { kind: 'number' }>;

/** The set of numbers each comparison admits, compared as intervals. */
function numberImplies(a: NumberComparison, b: NumberComparison): boolean {
  if (a.operator === '=') return holds(b.operator, a.value, b.value);
  if (a.operator === '!=') return b.operator === '!=' && a.value === b.value;
  // a is a half-line: below its value (< or <=) or above it (> or >=), open when strict.
  const below = a.operator === '<' || a.operator === '<=';
  const open = a.operator === '<' || a.operator === '>';
  switch (b.operator) {
    case '!=': {
      // b excludes one point: the half-line must not contain it.
      const beyond = below ? b.value > a.value : b.value < a.value;
      return beyond || (open && b.value === a.value);
    }
    case '<':
      return below && (a.value < b.value || (open && a.value === b.value));
    case '<=':
      return below && a.value <= b.value;
    case '>':
      return !below && (a.value > b.value || (open && a.value === b.value));
    case '>=':
      return !below && a.value >= b.value;
    case '=':
      return false;
  }
}

function holds(operator: NumericOperator, left: number, right: number): boolean {
  switch (operator) {
    case '=':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}
