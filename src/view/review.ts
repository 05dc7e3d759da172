// The review's figures, free of the DOM: the season's totals against the promise, how our
// revenue splits by origin (with shares), competitors' staff, whether anyone was listened to,
// and the need a customer-informed improvement would work on.
import { type Game, improvementNeed, seasonRevenue, US } from '../sim';
import { perRevision, perRevisionBy } from './memo';
import { revenueByOrigin } from './selectors';

export interface OriginPart {
  kind: 'fair' | 'followUp' | 'referral' | 'regular';
  value: number;
  share: number;
}

export const originParts = perRevisionBy((game: Game, season: number): readonly OriginPart[] => {
  const r = revenueByOrigin(game, season);
  const total = r.fair + r.followUp + r.referral + r.regular;
  const parts: OriginPart[] = [
    { kind: 'fair', value: r.fair, share: 0 },
    { kind: 'followUp', value: r.followUp, share: 0 },
    { kind: 'referral', value: r.referral, share: 0 },
    { kind: 'regular', value: r.regular, share: 0 },
  ];
  for (const p of parts) p.share = total > 0 ? p.value / total : 0;
  return parts;
});

/** Whether we ever listened to anyone (a lead of ours exists, any season): what heardNeed reads. */
export function listenedToAnyone(game: Game): boolean {
  return game.state.leads.some((l) => l.supplier === US);
}

export interface ImprovementPreview {
  need: number;
  /** 'heard': from conversations; 'director': nobody listened, so the director's belief. */
  basis: 'heard' | 'director';
}

export const customerImprovement = perRevision((game: Game): ImprovementPreview => {
  const need = improvementNeed(game);
  return { need, basis: listenedToAnyone(game) ? 'heard' : 'director' };
});

/** Revenue per season of us and of each competitor (the "sliding" picture). */
export const seasonTotals = perRevision((game: Game): readonly { id: string; values: number[] }[] => {
  const s = game.state;
  const out = [{ id: 'us', values: s.history.map((h) => seasonRevenue(h)) }];
  s.competitorHistory.forEach((list, c) => {
    out.push({
      id: s.suppliers[c + 1]?.id ?? `c${c}`,
      values: list.map((cs) => cs.fairRevenue + cs.weeklyRevenue.reduce((a, b) => a + b, 0)),
    });
  });
  return out;
});

/** A running total: each point the sum of all before it and itself. */
export function runningTotal(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => {
    sum += v;
    return sum;
  });
}
