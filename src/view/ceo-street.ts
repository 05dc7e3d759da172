// The CEO's street card's read of the game (the weeks after): his newest judgement of the
// season — of the fair and what he saw at the booth when the weeks begin, then of the weeks —
// with the other judgements of that week, whether it is still fresh enough to show, and his
// patience this season, from the plan to now.
import type { Game, News } from '../sim';
import { perRevision } from './memo';

/** Weeks a remark stays in the bubble after the week it was made. */
export const SHOWN_WEEKS = 2;

/** Remarks that judge nothing yet: his answer to the promise, and word of whether he comes. */
const NOT_JUDGING: readonly string[] = ['promise', 'visitComing', 'visitAway'];

const judges = (n: News) => n.kind === 'ceo' && !NOT_JUDGING.includes(n.tone);

/** The index of the CEO's newest judgement this season (the fair, his visit, a week), or -1. */
export function latestJudgement(news: readonly News[], season: number): number {
  for (let i = news.length - 1; i >= 0; i--) {
    const n = news[i];
    if (!n || n.season !== season) break;
    if (judges(n)) return i;
  }
  return -1;
}

/**
 * His judgements made in the same week as the newest one, oldest first (at the fair: what he saw
 * at the booth, then the fair's result), by index; empty when he has judged nothing yet.
 */
export function latestJudgements(news: readonly News[], season: number): number[] {
  const last = latestJudgement(news, season);
  const week = news[last]?.week;
  const out: number[] = [];
  for (let i = last; i >= 0; i--) {
    const n = news[i];
    if (!n || n.season !== season || n.week !== week) break;
    if (judges(n)) out.unshift(i);
  }
  return out;
}

export interface CeoRemark {
  /** The newest judgement's index in state.news: the card's identity. */
  at: number;
  /** The judgements of its week, oldest first, by index in state.news. */
  said: readonly number[];
  /** Made fewer than SHOWN_WEEKS weeks ago. */
  fresh: boolean;
  /** His patience when the season was planned, and now (whole points). */
  from: number;
  to: number;
  trend: 'is-up' | 'is-down' | '';
}

/** What the street card shows in the weeks after; null when he has judged nothing this season. */
export const ceoRemark = perRevision((game: Game): CeoRemark | null => {
  const s = game.state;
  if (s.phase !== 'after') return null;
  const said = latestJudgements(s.news, s.season);
  const at = said[said.length - 1] ?? -1;
  const news = s.news[at];
  if (!news) return null;
  const from = Math.round(s.history[s.season]?.patienceStart ?? s.ceo.patience);
  const to = Math.round(s.ceo.patience);
  return {
    at,
    said,
    fresh: s.week - news.week < SHOWN_WEEKS,
    from,
    to,
    trend: to > from ? 'is-up' : to < from ? 'is-down' : '',
  };
});
