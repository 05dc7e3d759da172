// The balance tool's tables, as Markdown (they go straight into the README): per bot the mean
// revenue per season, fair revenue, the game's profit and how often it was fired; per claim its measured share;
// with --against the two levels side by side; with --jitter each claim's hold rate.
import type { Level } from '../levels/schema';
import type { ClaimVerdict } from '../sim';
import type { LevelResult } from './balance';
import type { BotStats } from './balance-stats';
import type { JitterResult } from './jitter';

const euros = (cents: number) => `€${Math.round(cents / 100 / 1000).toLocaleString('en-US')}k`;
const pct = (x: number) => `${Math.round(x * 100)} %`;
const markdown = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

export function botTable(
  level: Level,
  firstSeed: number,
  seeds: number,
  stats: Record<string, BotStats>,
): string {
  const seasonCols = Array.from({ length: level.seasons }, (_, k) => `S${k + 1} revenue (fair)`);
  const head = ['bot', ...seasonCols, 'total', 'profit', 'fired', 'competitor layoffs'];
  const rows = Object.entries(stats).map(([bot, s]) => [
    bot,
    ...s.meanSeasonRevenue.map((r, k) => `${euros(r)} (${euros(s.meanSeasonFairRevenue[k] ?? 0)})`),
    euros(s.meanRevenue),
    euros(s.meanProfit),
    pct(s.firedShare),
    pct(s.layoffShare),
  ]);
  const range = seeds === 1 ? `seed ${firstSeed}` : `${seeds} seeds (${firstSeed}–${firstSeed + seeds - 1})`;
  return [
    `Level ${level.id}, ${range}; means over seeds (a season not played counts as €0)`,
    '',
    markdown(head, rows),
  ].join('\n');
}

export function claimTable(claims: ClaimVerdict[], levelId?: string): string {
  const table = markdown(
    ['claim', 'holds in', 'required', 'verdict'],
    claims.map((c) => [c.text.en, pct(c.share), pct(c.required), c.holds ? 'holds' : 'FAILS']),
  );
  return levelId ? `Claims of ${levelId}\n\n${table}` : table;
}

/** A signed difference, marked when it is not zero. */
function delta(a: number, b: number, show: (x: number) => string): string {
  if (a === b) return '=';
  return `${b > a ? '▲ +' : '▼ −'}${show(Math.abs(b - a))}`;
}

export function againstTable(a: LevelResult, b: LevelResult): string {
  const head = [
    'bot',
    `total ${a.level.id}`,
    `total ${b.level.id}`,
    'Δ',
    `fired ${a.level.id}`,
    `fired ${b.level.id}`,
    'Δ',
  ];
  const rows = Object.keys(a.stats).map((bot) => {
    const x = a.stats[bot] as BotStats;
    const y = b.stats[bot] as BotStats;
    return [
      bot,
      euros(x.meanRevenue),
      euros(y.meanRevenue),
      delta(x.meanRevenue, y.meanRevenue, euros),
      pct(x.firedShare),
      pct(y.firedShare),
      delta(x.firedShare, y.firedShare, pct),
    ];
  });
  return [`${a.level.id} against ${b.level.id} on the same seeds (means)`, '', markdown(head, rows)].join(
    '\n',
  );
}

export function jitterTable(j: JitterResult): string {
  const skipped = j.skipped.length ? `; skipped ${j.skipped.map((s) => s.variant).join(', ')}` : '';
  return [
    `Jitter ±${Math.round(j.fraction * 100)} %: ${j.playable} of ${j.variants} variants playable${skipped}`,
    '',
    markdown(
      ['claim', 'holds in variants', 'mean share', 'lowest share', 'required'],
      j.claims.map((c) => [c.text.en, pct(c.holdRate), pct(c.meanShare), pct(c.minShare), pct(c.required)]),
    ),
  ].join('\n');
}
