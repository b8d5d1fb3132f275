import { judgeFilterPattern } from './cis-metric-filter.js';
import { CIS_METRIC_FILTERS } from './cis-metric-filters.js';

/** The ids of the CIS 5.x controls whose events `filterPattern` catches (none when it cannot be parsed). */
export function cisControlsSatisfied(filterPattern: string): string[] {
  return CIS_METRIC_FILTERS.filter((control) => judgeFilterPattern(filterPattern, control).satisfies).map(
    (control) => control.controlId,
  );
}
