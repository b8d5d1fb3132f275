import { describe, expect, it } from 'vitest';
import type { Heatmap, HeatmapRow } from '../api/types';
import { cellFindingsSearch, cellTone, describeCell, initiallyExpanded, visibleRows } from './heatmap-shape';

const cell = (pass: number, fail: number, error = 0) => ({
  pass,
  fail,
  muted: 0,
  error,
  passRate: pass + fail === 0 ? null : pass / (pass + fail),
});
const row = (id: string, kind: 'ou' | 'account', parentId: string | null, depth: number): HeatmapRow => ({
  id,
  kind,
  name: id,
  parentId,
  depth,
  accounts: 1,
  cells: [cell(1, 1)],
});
// Root › Workloads › Prod › account 3; Root › account 1; Root › Security › account 2.
const rows = [
  row('r-root', 'ou', null, 0),
  row('ou-workloads', 'ou', 'r-root', 1),
  row('ou-prod', 'ou', 'ou-workloads', 2),
  row('333333333333', 'account', 'ou-prod', 3),
  row('ou-security', 'ou', 'r-root', 1),
  row('222222222222', 'account', 'ou-security', 2),
  row('111111111111', 'account', 'r-root', 1),
];
const ids = (shown: HeatmapRow[]) => shown.map((item) => item.id);

describe('heatmap shaping', () => {
  it('opens on the root and its direct children', () => {
    expect(ids(visibleRows(rows, initiallyExpanded(rows)))).toEqual([
      'r-root',
      'ou-workloads',
      'ou-security',
      '111111111111',
    ]);
  });

  it('shows an OU’s children only while it and all its ancestors are expanded', () => {
    expect(ids(visibleRows(rows, new Set(['r-root', 'ou-workloads', 'ou-prod'])))).toEqual([
      'r-root',
      'ou-workloads',
      'ou-prod',
      '333333333333',
      'ou-security',
      '111111111111',
    ]);
    // Prod is expanded, but its parent is collapsed: its account stays hidden.
    expect(ids(visibleRows(rows, new Set(['r-root', 'ou-prod'])))).toEqual([
      'r-root',
      'ou-workloads',
      'ou-security',
      '111111111111',
    ]);
    expect(ids(visibleRows(rows, new Set()))).toEqual(['r-root']);
  });

  it('colours by pass rate, and never shows a gap as passing', () => {
    expect(cellTone(cell(1, 3))).toBe('bad');
    expect(cellTone(cell(3, 1))).toBe('poor');
    expect(cellTone(cell(9, 1))).toBe('fair');
    expect(cellTone(cell(5, 0))).toBe('good');
    expect(cellTone(cell(0, 0, 4))).toBe('error');
    expect(cellTone(cell(0, 0))).toBe('none');
    expect(cellTone(null)).toBe('none');
  });

  it('links a cell to its findings: the account or OU, the column’s checks, failing or in error', () => {
    const column: Heatmap['columns'][number] = {
      id: '2 IAM',
      label: '2 IAM',
      checks: ['a-check', 'b-check'],
    };
    expect(cellFindingsSearch(rows[3]!, column)).toEqual({
      accountId: '333333333333',
      checkId: ['a-check', 'b-check'],
      status: ['FAIL', 'ERROR'],
    });
    expect(cellFindingsSearch(rows[1]!, column)).toMatchObject({ ouId: 'ou-workloads' });
    expect(describeCell(rows[3]!, column, cell(3, 1, 2))).toBe(
      '333333333333 — 2 IAM: 1 open failures, 75 % passing, 2 errors',
    );
  });
});
