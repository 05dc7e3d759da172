// Moments worth stopping for: because the seed fixes the world, the trainer can know in
// advance when, in this world, a competitor lays people off — with a pushing booth beside
// it and with a listening one — and when the pusher is fired. Computed by the bots' games.
import type { Level } from '../levels/schema';
import { runBot } from '../sim';

export interface Moment {
  season: number;
  /** Week after the fair (1-based); 0 at the fair. */
  week: number;
  kind: 'layoff' | 'fired';
  bot: 'pusher' | 'listener';
  /** The competitor's index in the level (layoffs). */
  competitor: number;
  people: number;
}

export function momentsOf(level: Level, seed: string): Moment[] {
  const out: Moment[] = [];
  for (const bot of ['pusher', 'listener'] as const) {
    const s = runBot(level, seed, bot).state;
    for (const n of s.news) {
      if (n.kind === 'layoff')
        out.push({
          season: n.season + 1,
          week: n.week,
          kind: 'layoff',
          bot,
          competitor: n.supplier - 1,
          people: n.amount,
        });
    }
    if (s.fired)
      out.push({
        season: s.fired.season + 1,
        week: s.fired.week,
        kind: 'fired',
        bot,
        competitor: -1,
        people: 0,
      });
  }
  return out.sort((a, b) => a.season - b.season || a.week - b.week || a.bot.localeCompare(b.bot));
}
