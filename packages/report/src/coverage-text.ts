/**
 * A cell coverage as people read it: "71 % judged (1,234 of 1,740 cells)". The percentage is rounded down,
 * so a scan with one cell not judged never reads as 100 %.
 */
export function coveragePercent(cells: { readonly judged: number; readonly total: number }): string {
  const percent = cells.total === 0 ? 100 : Math.floor((cells.judged / cells.total) * 100);
  return `${percent} %`;
}

export function coverageText(cells: { readonly judged: number; readonly total: number }): string {
  const count = (value: number) => value.toLocaleString('en-US');
  return `${coveragePercent(cells)} judged (${count(cells.judged)} of ${count(cells.total)} check × region cells)`;
}
