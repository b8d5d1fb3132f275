import { type FilterComparison, FilterPatternError, parseFilterPattern } from './filter-pattern.js';
import { type Conjunction, uncoveredCases } from './pattern-containment.js';

/** A CIS v7.0.0 section 5 control: the CloudTrail events its metric filter must catch. */
export interface CisMetricFilterControl {
  readonly controlId: string;
  readonly title: string;
  /**
   * The least a filter must match: the control's events, without the event names a newer benchmark version
   * added as optional (so a filter written for an older version still counts).
   */
  readonly requiredPattern: string;
  /** The pattern to create: CIS v7.0.0's events, with explicit parentheses. */
  readonly recommendedPattern: string;
  /**
   * The benchmark's own text when the catalog carries it. AWS gives && precedence over ||, so where this text
   * joins alternatives and exclusions without parentheses it matches more than CIS intends; it still covers
   * the intent, so a filter copied from the benchmark counts.
   */
  readonly benchmarkText: string | null;
  /** The event source the control watches (kms.amazonaws.com for 5.7); null when it watches several. */
  readonly eventSource: string | null;
  /** Patterns of older benchmark versions, for reference and tests. */
  readonly olderVariants: readonly { readonly pattern: string; readonly version: string | null }[];
}

export type FilterJudgement =
  | { readonly satisfies: true }
  | {
      readonly satisfies: false;
      /** unparseable: not a JSON pattern orgscan can read; narrower: misses events the control needs. */
      readonly reason: 'unparseable' | 'narrower' | 'too-complex';
      readonly detail: string;
    };

/**
 * Judges a metric filter pattern by meaning: it satisfies the control when it matches every event the
 * control's pattern matches (reordered, re-quoted, re-parenthesized or broader filters do; narrower ones,
 * and patterns that cannot be parsed, do not).
 */
export function judgeFilterPattern(filterPattern: string, control: CisMetricFilterControl): FilterJudgement {
  let filter: ReturnType<typeof parseFilterPattern>;
  try {
    filter = parseFilterPattern(filterPattern);
  } catch (error) {
    if (error instanceof FilterPatternError) {
      return { satisfies: false, reason: 'unparseable', detail: error.message };
    }
    throw error;
  }
  const missed = uncoveredCases(parseFilterPattern(control.requiredPattern), filter);
  if (missed === null) {
    return {
      satisfies: false,
      reason: 'too-complex',
      detail: 'the pattern has too many alternatives to judge',
    };
  }
  const [first] = missed;
  if (first) return { satisfies: false, reason: 'narrower', detail: `misses events with ${describe(first)}` };
  return { satisfies: true };
}

function describe(conjunction: Conjunction): string {
  return conjunction.map(describeComparison).join(' && ');
}

export function describeComparison(comparison: FilterComparison): string {
  switch (comparison.kind) {
    case 'text':
      return `${comparison.selector} ${comparison.negated ? '!=' : '='} ${JSON.stringify(comparison.value)}`;
    case 'regex':
      return `${comparison.selector} ${comparison.negated ? '!=' : '='} %${comparison.regex}%`;
    case 'number':
      return `${comparison.selector} ${comparison.operator} ${comparison.value}`;
    case 'null':
      return `${comparison.selector} IS NULL`;
    case 'absent':
      return `${comparison.selector} NOT EXISTS`;
    case 'boolean':
      return `${comparison.selector} IS ${comparison.value ? 'TRUE' : 'FALSE'}`;
  }
}
