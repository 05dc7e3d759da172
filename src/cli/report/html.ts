// The HTML report of a balance run (`balance --report out.html`): one self-contained page,
// inline CSS and inline SVG only (no script, no network, no web fonts), for a 1280-px window,
// a phone and print. It shows the level's sections, the --against level side by side and the
// --jitter hold rates; every number carries its JSON pointer into the --json output.
import type { BalanceResult, LevelResult } from '../balance';
import type { BotStats } from '../balance-stats';
import type { JitterResult } from '../jitter';
import { TUNABLE_SECTIONS } from '../jitter';
import { cell, claimsTable, levelSections } from './sections';
import { STYLE } from './style';
import { esc, euros, pct } from './svg';

function header(r: BalanceResult): string {
  const o = r.options;
  const seeds = o.seeds === 1 ? `seed ${o.firstSeed}` : `seeds ${o.firstSeed}–${o.firstSeed + o.seeds - 1}`;
  const against = r.against ? ` against ${esc(r.against.level.name.en)} (${esc(r.against.level.id)})` : '';
  const held = r.main.claims.filter((c) => c.holds).length;
  return `<header><h1>Balance report: ${esc(r.main.level.name.en)} <span class="id">(${esc(r.main.level.id)})</span>${against}</h1>
<p class="meta" data-first-seed="${o.firstSeed}" data-seeds="${o.seeds}">${esc(seeds)} (${o.seeds}) · bots: ${esc(o.bots.join(', '))} · ${held} of ${r.main.claims.length} claims hold</p>
<p class="note">Money is shown in euros (the simulation counts integer cents). “k” is a thousand euros, “M” a million.</p></header>`;
}

/** A difference from the first level to the second, marked with a symbol (readable in print). */
function deltaCell(a: number, b: number, show: (x: number) => string): string {
  if (a === b) return '<td class="delta same">=</td>';
  const up = b > a;
  return `<td class="delta ${up ? 'up' : 'down'}">${up ? '▲ +' : '▼ −'}${esc(show(Math.abs(b - a)))}</td>`;
}

function compareRows(bot: string, x: BotStats, y: BotStats): string {
  const endX = x.cumulativeProfit.median.length - 1;
  const endY = y.cumulativeProfit.median.length - 1;
  let first = true;
  const botCell = () => {
    const th = first ? `<th scope="rowgroup" rowspan="5">${esc(bot)}</th>` : '';
    first = false;
    return th;
  };
  const metric = (label: string, keys: [string, string], a: number, b: number, show: (v: number) => string) =>
    `<tr>${botCell()}<td class="label">${esc(label)}</td>${cell(`/bots/${bot}/${keys[0]}`, a, show(a))}${cell(`/against/bots/${bot}/${keys[1]}`, b, show(b))}${deltaCell(a, b, show)}</tr>`;
  const same = (key: string): [string, string] => [key, key];
  return [
    metric('mean revenue', same('meanRevenue'), x.meanRevenue, y.meanRevenue, euros),
    metric(
      'median profit',
      [`cumulativeProfit/median/${endX}`, `cumulativeProfit/median/${endY}`],
      x.cumulativeProfit.median[endX] ?? 0,
      y.cumulativeProfit.median[endY] ?? 0,
      euros,
    ),
    metric('fair share', same('fairShare'), x.fairShare, y.fairShare, pct),
    metric('fired', same('firedShare'), x.firedShare, y.firedShare, pct),
    metric('competitor lays off', same('layoffShare'), x.layoffShare, y.layoffShare, pct),
  ].join('');
}

function againstSection(a: LevelResult, b: LevelResult): string {
  const rows = Object.keys(a.stats).map((bot) =>
    compareRows(bot, a.stats[bot] as BotStats, b.stats[bot] as BotStats),
  );
  return `<section class="against"><h2>Side by side: ${esc(a.level.id)} and ${esc(b.level.id)}</h2>
<p class="note">The same seeds and bots on both levels. Δ is ${esc(b.level.id)} minus ${esc(a.level.id)}: ▲ higher, ▼ lower, = the same.</p>
<div class="table-wrap"><table class="compare"><thead><tr><th>bot</th><th class="label">figure</th><th>${esc(a.level.id)}</th><th>${esc(b.level.id)}</th><th>Δ</th></tr></thead>${rows.join('')}</table></div>
<div class="two"><div><h3>Claims of ${esc(a.level.id)}</h3>${claimsTable(a.claims, '')}</div><div><h3>Claims of ${esc(b.level.id)}</h3>${claimsTable(b.claims, '/against')}</div></div></section>`;
}

function jitterSection(j: JitterResult): string {
  const rows = j.claims.map(
    (c, i) =>
      `<tr><td class="text">${esc(c.text.en)}</td>${cell(`/jitter/claims/${i}/holdRate`, c.holdRate, `${pct(c.holdRate)} (${c.held} of ${c.judged})`)}<td class="meter-cell"><span class="meter"><span style="width:${Math.round(c.holdRate * 100)}%"></span></span></td>${cell(`/jitter/claims/${i}/meanShare`, c.meanShare, pct(c.meanShare))}${cell(`/jitter/claims/${i}/minShare`, c.minShare, pct(c.minShare))}${cell(`/jitter/claims/${i}/required`, c.required, pct(c.required))}</tr>`,
  );
  const skipped = j.skipped.length
    ? `<p>Skipped (not playable): ${j.skipped.map((s) => `variant ${s.variant} — ${esc(s.problems[0] ?? '')}`).join('; ')}</p>`
    : '';
  return `<section class="jitter"><h2>Robustness: ±${Math.round(j.fraction * 100)} % jitter</h2>
<p class="note" data-json="/jitter/playable" data-value="${j.playable}">${j.playable} of ${j.variants} variants playable. Each variant multiplies every tunable number (under ${TUNABLE_SECTIONS.join(', ')}; not the fair's calendar, ids, texts, seasons, weeks, accounts or claims) by its own seeded factor between ${1 - j.fraction} and ${1 + j.fraction}, within the schema's ranges. “Holds in variants”: the share of variants in which the claim reaches its required share of seeds.</p>${skipped}
<div class="table-wrap"><table class="jitter"><thead><tr><th>claim</th><th>holds in variants</th><th class="meter-cell"></th><th>mean share</th><th>lowest share</th><th>required</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`;
}

export function reportHtml(r: BalanceResult): string {
  const parts = [header(r)];
  if (r.against) parts.push(againstSection(r.main, r.against));
  if (r.jitter) parts.push(jitterSection(r.jitter));
  parts.push(
    `<div class="level" data-level="${esc(r.main.level.id)}">${r.against ? `<h2 class="level-title">${esc(r.main.level.id)}</h2>` : ''}${levelSections(r.main, '', 'a')}</div>`,
  );
  if (r.against)
    parts.push(
      `<div class="level" data-level="${esc(r.against.level.id)}"><h2 class="level-title">${esc(r.against.level.id)}</h2>${levelSections(r.against, '/against', 'b')}</div>`,
    );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Balance report: ${esc(r.main.level.id)}</title><style>${STYLE}</style></head>
<body><main>${parts.join('\n')}</main></body></html>
`;
}
