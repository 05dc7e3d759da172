// The balance report's inline style sheet: system fonts only, charts that scale to their
// column (one column on a phone, two or three on a 1280-px window), tables that wrap rather
// than overflow, and a print style in black on white.
export const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f5f1; color: #1b1b1b;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.5rem; margin: 0.2em 0 0.3em; line-height: 1.25; }
h1 .id { color: #555; font-weight: normal; }
h2 { font-size: 1.2rem; margin: 1.4em 0 0.5em; border-bottom: 2px solid #1b1b1b; padding-bottom: 2px; }
h2.level-title { font-size: 1.35rem; margin-top: 2em; background: #1b1b1b; color: #fff; padding: 4px 8px; border: 0; }
h3 { font-size: 1rem; margin: 1em 0 0.4em; }
.meta { font-weight: 600; margin: 0.2em 0; }
.note { color: #444; font-size: 0.9rem; margin: 0.3em 0 0.6em; max-width: 60em; }
section { margin-bottom: 1em; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 370px), 1fr)); gap: 14px; }
.two { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 440px), 1fr)); gap: 14px; }
figure { margin: 0; background: #fff; border: 1px solid #d6d3ca; border-radius: 6px; padding: 8px 8px 4px; min-width: 0; }
figcaption { font-weight: 600; font-size: 0.95rem; margin: 0 0 4px 4px; }
svg.chart { display: block; width: 100%; height: auto; }
.chart text { font-size: 12px; fill: #222; font-family: inherit; }
.chart .axis-label { font-size: 12.5px; font-weight: 600; }
.chart .legend-text { font-size: 12.5px; }
.chart .gridline { stroke: #e3e1da; stroke-width: 1; }
.chart .gridline.zero, .chart .axis-line { stroke: #555; stroke-width: 1; }
.chart .tick-mark { stroke: #555; }
.table-wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: #fff; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 8px; border-bottom: 1px solid #e1ded6; text-align: right; vertical-align: top; }
th { background: #eeece6; font-weight: 600; font-size: 0.85rem; }
th:first-child, td:first-child, td.text { text-align: left; }
th.label, td.label { text-align: left; }
table.compare { width: auto; min-width: min(100%, 640px); }
table.compare tbody { border-bottom: 2px solid #bbb; }
th[scope="rowgroup"] { background: none; font-size: inherit; text-align: left; }
th[scope="row"] { background: none; font-size: inherit; }
td.text { min-width: 12em; }
td.verdict { font-weight: 700; white-space: nowrap; }
td.verdict.holds { color: #05603a; }
td.verdict.fails { color: #b42318; }
td.delta { white-space: nowrap; font-weight: 600; }
td.delta.up { color: #05603a; }
td.delta.down { color: #b42318; }
td.delta.same { color: #666; }
.meter { display: inline-block; width: 80px; height: 10px; border: 1px solid #555; vertical-align: middle; }
.meter > span { display: block; height: 100%; background: #0072B2; }
@media (max-width: 640px) {
  main { padding: 10px; }
  h1 { font-size: 1.25rem; }
  th, td { padding: 4px 3px; font-size: 0.75rem; }
  td.text { min-width: 9em; }
  .meter-cell { display: none; }
  td.delta { font-weight: normal; }
}
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  figure { break-inside: avoid; border-color: #888; }
  section, tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  .charts { grid-template-columns: repeat(2, 1fr); }
  .table-wrap { overflow: visible; }
  th { background: #eee; }
  td.verdict.holds, td.verdict.fails, td.delta { color: #000; }
  .meter > span { background: #444; }
}
`;
