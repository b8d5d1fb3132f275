import type { PostureAccount } from '@orgscan/core';
import { describe, expect, it } from 'vitest';
import { buildHeatmapRows } from './posture-heatmap.js';

const account = (accountId: string, name: string, ouIds: string[], ouPath: string): PostureAccount => ({
  accountId,
  name,
  ouIds,
  ouPath,
  email: null,
  state: 'ACTIVE',
});
const accounts = [
  account('111111111111', 'management', ['r-root'], 'Root'),
  account(
    '222222222222',
    'prod-web',
    ['r-root', 'ou-work-aaaaaaaa', 'ou-work-prodprod'],
    'Root/Workloads/Prod',
  ),
  account('333333333333', 'dev', ['r-root', 'ou-work-aaaaaaaa'], 'Root/Workloads'),
  account(
    '444444444444',
    'unscanned',
    ['r-root', 'ou-work-aaaaaaaa', 'ou-work-prodprod'],
    'Root/Workloads/Prod',
  ),
];
const columns = [
  { id: '2 IAM', label: '2 IAM', checks: ['iam-a'] },
  { id: '4 Logging', label: '4 Logging', checks: ['log-a'] },
];
const tally = (accountId: string, group: string, pass: number, fail: number, error = 0) => ({
  accountId,
  group,
  pass,
  fail,
  muted: 0,
  error,
  skipped: 0,
  manual: 0,
});

describe('heatmap rows', () => {
  const rows = buildHeatmapRows(accounts, columns, [
    tally('111111111111', '2 IAM', 3, 1),
    tally('222222222222', '2 IAM', 1, 1),
    tally('222222222222', '4 Logging', 0, 0, 2),
    tally('333333333333', '2 IAM', 4, 0),
  ]);

  it('walks the OU tree depth first: each OU, its child OUs, then its accounts', () => {
    expect(rows.map((row) => `${'  '.repeat(row.depth)}${row.kind}:${row.name}`)).toEqual([
      'ou:Root',
      '  ou:Workloads',
      '    ou:Prod',
      '      account:prod-web',
      '      account:unscanned',
      '    account:dev',
      '  account:management',
    ]);
    expect(rows.find((row) => row.id === 'ou-work-prodprod')).toMatchObject({
      parentId: 'ou-work-aaaaaaaa',
      accounts: 2,
    });
  });

  it('adds up every account beneath an OU, nested OUs included', () => {
    const root = rows.find((row) => row.id === 'r-root')!;
    expect(root.accounts).toBe(4);
    expect(root.cells[0]).toEqual({ pass: 8, fail: 2, muted: 0, error: 0, passRate: 0.8 });
    expect(rows.find((row) => row.id === 'ou-work-aaaaaaaa')!.cells[0]).toEqual({
      pass: 5,
      fail: 1,
      muted: 0,
      error: 0,
      passRate: 0.8333,
    });
  });

  it('keeps gaps visible: errors without a pass rate, accounts without any result', () => {
    expect(rows.find((row) => row.id === '222222222222')!.cells[1]).toEqual({
      pass: 0,
      fail: 0,
      muted: 0,
      error: 2,
      passRate: null,
    });
    expect(rows.find((row) => row.id === '444444444444')!.cells).toEqual([null, null]);
  });
});
