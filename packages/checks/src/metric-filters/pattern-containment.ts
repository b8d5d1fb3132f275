import { implies } from './comparison-implication.js';
import type { FilterComparison, FilterExpression } from './filter-pattern.js';

/** A conjunction of comparisons: one way for an event to match. */
export type Conjunction = readonly FilterComparison[];

/** Beyond this many conjunctions a pattern is not judged (a filter that large is not a CIS filter anyway). */
const MAX_CONJUNCTIONS = 4096;

/** The expression as an OR of ANDs; null when that form would exceed MAX_CONJUNCTIONS. */
export function disjunctiveNormalForm(expression: FilterExpression): Conjunction[] | null {
  switch (expression.kind) {
    case 'or': {
      const conjunctions: Conjunction[] = [];
      for (const operand of expression.operands) {
        const inner = disjunctiveNormalForm(operand);
        if (!inner || conjunctions.length + inner.length > MAX_CONJUNCTIONS) return null;
        conjunctions.push(...inner);
      }
      return conjunctions;
    }
    case 'and': {
      let product: Conjunction[] = [[]];
      for (const operand of expression.operands) {
        const inner = disjunctiveNormalForm(operand);
        if (!inner || product.length * inner.length > MAX_CONJUNCTIONS) return null;
        product = product.flatMap((left) => inner.map((right) => [...left, ...right]));
      }
      return product;
    }
    default:
      return [[expression]];
  }
}

/**
 * The ways of matching `inner` (its conjunctions) that `outer` does not cover; empty when every event matching
 * `inner` also matches `outer`; null when a pattern is too large to judge. Sound for the whole language: a
 * conjunction is covered by a conjunction of `outer` whose every comparison is implied by one of its own.
 * Not complete: a filter that covers a case only by splitting it across several alternatives is judged as
 * missing it (a FAIL to look at, never a false PASS).
 */
export function uncoveredCases(inner: FilterExpression, outer: FilterExpression): Conjunction[] | null {
  const innerForm = disjunctiveNormalForm(inner);
  const outerForm = disjunctiveNormalForm(outer);
  if (!innerForm || !outerForm) return null;
  return innerForm.filter((innerCase) => !isCovered(innerCase, outerForm));
}

/** Whether every event matching `inner` also matches `outer`. */
export function patternCovers(inner: FilterExpression, outer: FilterExpression): boolean {
  return uncoveredCases(inner, outer)?.length === 0;
}

function isCovered(innerCase: Conjunction, outer: readonly Conjunction[]): boolean {
  return outer.some((outerCase) =>
    outerCase.every((required) => innerCase.some((known) => implies(known, required))),
  );
}
