import type { Heatmap, HeatmapCell, HeatmapRow } from '../api/types';

/**
 * The rows to show: an OU's children appear only while the OU is expanded (and all of its ancestors are).
 * Rows come from the API depth first, so one pass with a stack of open ancestors suffices.
 */
export function visibleRows(rows: readonly HeatmapRow[], expanded: ReadonlySet<string>): HeatmapRow[] {
  const shown: HeatmapRow[] = [];
  const open = new Set<string>();
  for (const row of rows) {
    const visible = row.parentId === null || open.has(row.parentId);
    if (!visible) continue;
    shown.push(row);
    if (row.kind === 'ou' && expanded.has(row.id)) open.add(row.id);
  }
  return shown;
}

/** At first the root and its direct OUs are open: the organization's shape at a glance. */
export function initiallyExpanded(rows: readonly HeatmapRow[]): Set<string> {
  return new Set(rows.filter((row) => row.kind === 'ou' && row.depth === 0).map((row) => row.id));
}

export type CellTone = 'none' | 'error' | 'bad' | 'poor' | 'fair' | 'good';

/**
 * The colour of a cell, from its pass rate: a few steps rather than a continuous ramp, so the legend can
 * name them. No decisive result but errors is its own tone: a gap, not a pass.
 */
export function cellTone(cell: HeatmapCell): CellTone {
  if (!cell) return 'none';
  if (cell.passRate === null) return cell.error > 0 ? 'error' : 'none';
  if (cell.passRate < 0.5) return 'bad';
  if (cell.passRate < 0.8) return 'poor';
  if (cell.passRate < 1) return 'fair';
  return 'good';
}

export const TONE_LABELS: Record<CellTone, string> = {
  bad: 'under 50 % passing',
  poor: '50–80 %',
  fair: '80–99 %',
  good: 'all passing',
  error: 'could not be evaluated',
  none: 'no result',
};

/** What a cell says in words (its title and its accessible name). */
export function describeCell(row: HeatmapRow, column: Heatmap['columns'][number], cell: HeatmapCell): string {
  if (!cell) return `${row.name} — ${column.label}: no result`;
  const rate = cell.passRate === null ? 'no pass rate' : `${Math.round(cell.passRate * 100)} % passing`;
  const parts = [`${cell.fail} open failures`, rate];
  if (cell.error > 0) parts.push(`${cell.error} errors`);
  if (cell.muted > 0) parts.push(`${cell.muted} muted`);
  return `${row.name} — ${column.label}: ${parts.join(', ')}`;
}

/** The findings behind a cell: the row's account or OU, the column's checks, failing or in error. */
export function cellFindingsSearch(
  row: HeatmapRow,
  column: Heatmap['columns'][number],
): Record<string, string | string[]> {
  return {
    ...(row.kind === 'account' ? { accountId: row.id } : { ouId: row.id }),
    checkId: [...column.checks],
    status: ['FAIL', 'ERROR'],
  };
}
