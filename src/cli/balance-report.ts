// The balance tool's tables, as Markdown (they go straight into the README): per bot the mean
// revenue per season, fair revenue and how often it was fired; per claim its measured share.
import type { Level } from '../levels/schema';
import type { ClaimVerdict } from '../sim';
import type { BotStats } from './balance';

const euros = (cents: number) => `€${Math.round(cents / 100 / 1000).toLocaleString('en-US')}k`;
const pct = (x: number) => `${Math.round(x * 100)} %`;

export function botTable(level: Level, seeds: number, stats: Record<string, BotStats>): string {
  const seasonCols = Array.from({ length: level.seasons }, (_, k) => `S${k + 1} revenue (fair)`);
  const head = ['bot', ...seasonCols, 'total', 'fired', 'competitor layoffs'];
  const rows = Object.entries(stats).map(([bot, s]) => [
    bot,
    ...s.meanSeasonRevenue.map((r, k) => `${euros(r)} (${euros(s.meanSeasonFairRevenue[k] ?? 0)})`),
    euros(s.meanRevenue),
    pct(s.firedShare),
    pct(s.layoffShare),
  ]);
  return [
    `Level ${level.id}, ${seeds} seeds; means over seeds (a season not played counts as €0)`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function claimTable(claims: ClaimVerdict[]): string {
  return [
    '| claim | holds in | required | verdict |',
    '|---|---|---|---|',
    ...claims.map(
      (c) => `| ${c.text.en} | ${pct(c.share)} | ${pct(c.required)} | ${c.holds ? 'holds' : 'FAILS'} |`,
    ),
  ].join('\n');
}
