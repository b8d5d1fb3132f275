import { ouChain, type PostureAccount, type StatusTally } from '@orgscan/core';

/** A column of the heatmap: a framework section (its checks) or, drilled down, one check. */
export interface HeatmapColumn {
  readonly id: string;
  readonly label: string;
  readonly checks: readonly string[];
}

export interface HeatmapCell {
  readonly pass: number;
  readonly fail: number;
  readonly muted: number;
  readonly error: number;
  /** PASS / (PASS + FAIL); null when nothing decisive was observed. */
  readonly passRate: number | null;
}

/** An OU (or the root) or an account; OU rows add up every account beneath them, nested OUs included. */
export interface HeatmapRow {
  readonly id: string;
  readonly kind: 'ou' | 'account';
  readonly name: string;
  /** The OU the row sits in; null for the root. */
  readonly parentId: string | null;
  readonly depth: number;
  /** Accounts beneath (OU) or 1 (account). */
  readonly accounts: number;
  /** One per column, in column order; null: no result for those checks. */
  readonly cells: ReadonlyArray<HeatmapCell | null>;
}

interface MutableCell {
  pass: number;
  fail: number;
  muted: number;
  error: number;
}

/** Appends in place (a copy per account would make large OUs quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function toCell(cell: MutableCell | undefined): HeatmapCell | null {
  if (!cell) return null;
  const decisive = cell.pass + cell.fail;
  return {
    pass: cell.pass,
    fail: cell.fail,
    muted: cell.muted,
    error: cell.error,
    passRate: decisive === 0 ? null : Math.round((cell.pass / decisive) * 10_000) / 10_000,
  };
}

/**
 * Shapes account × column tallies into the rows of the heatmap: the OU tree depth first (each OU followed
 * by its child OUs, then its own accounts, by name), every OU carrying the sums of all accounts beneath it.
 * Pure: accounts without any tally still appear (with empty cells), so gaps stay visible.
 */
export function buildHeatmapRows(
  accounts: readonly PostureAccount[],
  columns: readonly HeatmapColumn[],
  tallies: ReadonlyArray<StatusTally & { readonly accountId: string; readonly group: string }>,
): HeatmapRow[] {
  const columnIndex = new Map(columns.map((column, index) => [column.id, index]));
  const cells = new Map<string, Array<MutableCell | undefined>>();
  const cellsOf = (id: string) => {
    let row = cells.get(id);
    if (!row) {
      row = new Array(columns.length).fill(undefined);
      cells.set(id, row);
    }
    return row;
  };
  const known = new Map(accounts.map((account) => [account.accountId, account]));
  const ous = new Map<string, { name: string; parentId: string | null; depth: number; accounts: number }>();
  const children = new Map<string | null, string[]>();
  const accountsIn = new Map<string, PostureAccount[]>();
  for (const account of accounts) {
    const chain = ouChain(account);
    chain.forEach((ou, depth) => {
      const parentId = depth === 0 ? null : chain[depth - 1]!.ouId;
      const entry = ous.get(ou.ouId);
      if (entry) entry.accounts += 1;
      else {
        ous.set(ou.ouId, { name: ou.name, parentId, depth, accounts: 1 });
        pushTo(children, parentId, ou.ouId);
      }
    });
    const parent = chain.at(-1)?.ouId ?? '';
    pushTo(accountsIn, parent, account);
  }
  for (const tally of tallies) {
    const index = columnIndex.get(tally.group);
    const account = known.get(tally.accountId);
    if (index === undefined || !account) continue;
    for (const id of [tally.accountId, ...account.ouIds]) {
      const row = cellsOf(id);
      const cell = row[index] ?? { pass: 0, fail: 0, muted: 0, error: 0 };
      cell.pass += tally.pass;
      cell.fail += tally.fail;
      cell.muted += tally.muted;
      cell.error += tally.error;
      row[index] = cell;
    }
  }
  const rowCells = (id: string) => {
    const row = cells.get(id);
    return columns.map((_, index) => toCell(row?.[index]));
  };
  const byName =
    <T>(name: (item: T) => string) =>
    (a: T, b: T) =>
      name(a).localeCompare(name(b));
  const rows: HeatmapRow[] = [];
  const visit = (ouId: string) => {
    const ou = ous.get(ouId)!;
    rows.push({ id: ouId, kind: 'ou', ...ou, cells: rowCells(ouId) });
    const childOus = [...(children.get(ouId) ?? [])].sort(byName((id: string) => ous.get(id)!.name));
    for (const child of childOus) visit(child);
    for (const account of [...(accountsIn.get(ouId) ?? [])].sort(
      byName((item: PostureAccount) => item.name),
    )) {
      rows.push({
        id: account.accountId,
        kind: 'account',
        name: account.name,
        parentId: ouId,
        depth: ou.depth + 1,
        accounts: 1,
        cells: rowCells(account.accountId),
      });
    }
  };
  for (const root of [...(children.get(null) ?? [])].sort()) visit(root);
  // Accounts Organizations placed nowhere (no OU chain) still get a row.
  for (const account of accountsIn.get('') ?? []) {
    rows.push({
      id: account.accountId,
      kind: 'account',
      name: account.name,
      parentId: null,
      depth: 0,
      accounts: 1,
      cells: rowCells(account.accountId),
    });
  }
  return rows;
}
