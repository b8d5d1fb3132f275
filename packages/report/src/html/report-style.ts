/** The report's only stylesheet, inlined (its hash is in the page's Content-Security-Policy). */
export const REPORT_STYLE = `
:root { --ink:#18212f; --muted:#5b6577; --line:#e3e7ee; --panel:#ffffff; --page:#f5f7fa; --accent:#1d4ed8;
  --fail:#d92d20; --error:#7a3fd1; --manual:#b7791f; --pass:#15803d; --skipped:#8a94a6; }
* { box-sizing: border-box; }
html { font-size: 14px; }
body { margin: 0; background: var(--page); color: var(--ink); line-height: 1.45;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header.top { background: #0f1b2d; color: #fff; padding: 22px 32px 18px; }
header.top h1 { margin: 0 0 4px; font-size: 1.55rem; font-weight: 650; letter-spacing: -0.01em; }
header.top .meta { color: #b8c4d6; font-size: 0.92rem; display: flex; flex-wrap: wrap; gap: 6px 18px; }
header.top .meta b { color: #fff; font-weight: 600; }
main { max-width: 1280px; margin: 0 auto; padding: 20px 32px 48px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 18px 20px; margin: 0 0 18px; }
h2 { font-size: 1.12rem; margin: 0 0 12px; font-weight: 650; }
h3 { font-size: 1rem; margin: 14px 0 8px; font-weight: 600; }
p.lead { color: var(--muted); margin: -6px 0 12px; }
.banner { border-radius: 8px; padding: 10px 14px; margin: 0 0 18px; font-weight: 500; }
.banner.incomplete { background: #fff4e5; border: 1px solid #f5c27a; color: #7a4a00; }
.banner.failed { background: #fdecea; border: 1px solid #f3a39b; color: #8a1c12; }
.cards { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: #fbfcfe; }
.card .value { font-size: 1.7rem; font-weight: 700; line-height: 1.1; }
.card .label { color: var(--muted); font-size: 0.85rem; margin-top: 2px; }
.card.bad .value { color: var(--fail); } .card.warn .value { color: var(--error); } .card.good .value { color: var(--pass); }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; }
.grid2 > section { margin: 0 0 18px; }
svg.chart { width: 100%; height: auto; max-height: 360px; }
.chart-value { font-size: 11px; fill: var(--ink); font-weight: 600; }
.chart-label { font-size: 11px; fill: var(--muted); }
.chart-axis { stroke: var(--line); }
ul.legend { list-style: none; display: flex; gap: 14px; padding: 0; margin: 8px 0 0; color: var(--muted); font-size: 0.85rem; }
ul.legend svg { margin-right: 5px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.03em; background: #fafbfd; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.84rem; }
.wrap { overflow-wrap: anywhere; } .nowrap { white-space: nowrap; } td.name { white-space: nowrap; }
.small { font-size: 0.78rem; }
.muted { color: var(--muted); }
.pill { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 0.78rem; font-weight: 600; white-space: nowrap; }
.s-FAIL { background: #fdecea; color: var(--fail); } .s-ERROR { background: #f1eafd; color: var(--error); }
.s-MANUAL, .s-NOT_EVALUATED { background: #fdf4e3; color: var(--manual); } .s-PASS { background: #e8f6ee; color: var(--pass); }
.s-SKIPPED { background: #eef0f3; color: var(--skipped); }
.a-succeeded { background: #e8f6ee; color: var(--pass); } .a-failed { background: #fdecea; color: var(--fail); }
.a-skipped, .a-pending { background: #eef0f3; color: var(--skipped); } .a-cancelled, .a-running { background: #fff4e5; color: #8a5a00; }
.sev { display: inline-block; padding: 1px 7px; border-radius: 4px; font-size: 0.76rem; font-weight: 600; color: #fff; }
.sev-critical { background: #8f1d1d; } .sev-high { background: #d92d20; } .sev-medium { background: #e8850c; }
.sev-low { background: #2f6fdb; } .sev-informational { background: #8a94a6; }
.heat { overflow-x: auto; max-height: 560px; overflow-y: auto; }
.heat table td.cell { text-align: center; min-width: 64px; font-variant-numeric: tabular-nums; font-weight: 600; }
.l0 { background: #f4f8f5; color: #8fb59b; } .l1 { background: #fde7e4; color: #8a1c12; } .l2 { background: #f9b8b0; color: #7a150c; }
.l3 { background: #f27a6c; color: #fff; } .l4 { background: #d92d20; color: #fff; } .l5 { background: #8f1d1d; color: #fff; }
.le { background: #efe7fc; color: var(--error); } .ln { background: #f1f2f4; color: #9aa3b2; }
details.framework { border-top: 1px solid var(--line); padding: 8px 0; }
details.framework > summary { cursor: pointer; font-weight: 600; }
details.framework table { margin-top: 8px; }
.totals-line { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; }
.filters { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: end; margin-bottom: 12px; }
.filters label { display: flex; flex-direction: column; font-size: 0.78rem; color: var(--muted); gap: 3px; font-weight: 600; }
.filters select, .filters input[type=search] { font: inherit; padding: 5px 8px; border: 1px solid #cdd3de; border-radius: 6px; background: #fff; min-width: 150px; max-width: 260px; }
.filters input[type=search] { min-width: 240px; }
.filters fieldset { border: 1px solid #cdd3de; border-radius: 6px; padding: 3px 8px; margin: 0; display: flex; gap: 8px; }
.filters fieldset legend { font-size: 0.78rem; color: var(--muted); font-weight: 600; padding: 0 3px; }
.filters fieldset label { flex-direction: row; align-items: center; gap: 3px; color: var(--ink); font-weight: 500; font-size: 0.85rem; }
button { font: inherit; border: 1px solid #cdd3de; background: #fff; border-radius: 6px; padding: 5px 12px; cursor: pointer; }
button:disabled { opacity: 0.45; cursor: default; }
.pager { display: flex; align-items: center; gap: 10px; margin: 10px 0 0; color: var(--muted); }
tr.finding { cursor: pointer; } tr.finding:hover { background: #f7f9fc; }
tr.detail td { background: #fafbfd; padding: 10px 14px 14px; }
.detail h4 { margin: 6px 0 3px; font-size: 0.85rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.03em; }
.detail pre { white-space: pre-wrap; background: #0f1b2d; color: #e6edf7; padding: 8px 10px; border-radius: 6px; font-size: 0.82rem; }
.empty { color: var(--muted); font-style: italic; }
.note { color: var(--muted); font-size: 0.85rem; }
footer { color: var(--muted); font-size: 0.82rem; text-align: center; margin-top: 12px; }
.noscript { background: #fff4e5; border: 1px solid #f5c27a; border-radius: 8px; padding: 10px 14px; }
@media (max-width: 900px) { .grid2 { grid-template-columns: 1fr; } .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); } main { padding: 16px; } }
@media print {
  body { background: #fff; } header.top { background: #fff; color: var(--ink); border-bottom: 2px solid var(--ink); }
  header.top .meta, header.top .meta b { color: var(--ink); }
  section { break-inside: avoid; border: none; padding: 8px 0; } .filters, .pager, button { display: none !important; }
  .heat { max-height: none; overflow: visible; } details.framework { display: block; } details.framework > *:not(summary) { display: block; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
