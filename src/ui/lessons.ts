// The debrief's lessons, written from the player's own game: how many conversations and
// pitches (the booth's, and the player's own apart from the team's), how many leads were followed up, how much of the revenue after the fairs came from
// conversations, the fairs against the weeks after, and the comparison with the pusher bot.
import { money, percent } from '../i18n/format';
import type { Game, GameSummary, Order } from '../sim';
import type { Lang } from '../store/settings';
import { ordersAfterLeaving, seasonProfit } from '../view';
import { revenueByOrigin } from '../view/selectors';
import type { T } from './context';

export interface GameFacts {
  conversations: number;
  pitches: number;
  /** The player's own choices at the booth (the rest was the team's). */
  mine: { listened: number; pitched: number };
  questions: number;
  leads: number;
  followUps: number;
  total: number;
  /** The game's profit (the score): each season's margin on its revenue less its costs. */
  profit: number;
  fair: number;
  after: number;
  /** Share of the revenue after the fairs that came from follow-ups and word of mouth. */
  conversationShare: number;
  seasons: number;
  fired: { season: number; week: number } | null;
  afterFired: Order[];
}

export function factsOf(game: Game): GameFacts {
  const s = game.state;
  const sum = (f: (h: (typeof s.history)[number]) => number) => s.history.reduce((a, h) => a + f(h), 0);
  const r = revenueByOrigin(game, -1);
  const total = r.fair + r.followUp + r.referral + r.regular;
  const after = total - r.fair;
  return {
    conversations: sum((h) => h.conversations),
    pitches: sum((h) => h.pitches),
    mine: {
      listened: game.log.filter((c) => c.type === 'handle' && c.action === 'listen').length,
      pitched: game.log.filter((c) => c.type === 'handle' && c.action === 'pitch').length,
    },
    questions: sum((h) => h.questions),
    leads: sum((h) => h.leads),
    followUps: sum((h) => h.followUps),
    total,
    profit: sum((h) => seasonProfit(game.level, h)),
    fair: r.fair,
    after,
    conversationShare: after > 0 ? (r.followUp + r.referral) / after : 0,
    seasons: s.history.length,
    fired: s.fired,
    // What still came in after the firing: the rest of that season, then the weeks after it
    // (the market playing on without you, computed on a copy of the final state).
    afterFired: s.fired
      ? [...s.orders.filter((o) => o.afterFired), ...ordersAfterLeaving(game.level, s)]
      : [],
  };
}

/** The lesson sentences, in order. `pusher` is the pusher bot's summary, when known. */
export function lessonLines(t: T, f: GameFacts, lang: Lang, pusher: GameSummary | null): string[] {
  const out: string[] = [];
  out.push(t('debrief.conversations', { n: f.conversations, p: f.pitches }));
  const m = f.mine.listened + f.mine.pitched;
  out.push(
    m > 0 ? t('debrief.yourOwn', { m, l: f.mine.listened, q: f.mine.pitched }) : t('debrief.yourOwnNone'),
  );
  out.push(f.leads > 0 ? t('debrief.followUps', { f: f.followUps, l: f.leads }) : t('debrief.noLeads'));
  if (f.after > 0) out.push(t('debrief.afterShare', { share: percent(f.conversationShare, lang) }));
  out.push(t('debrief.fairVsRest', { fair: money(f.fair, lang), rest: money(f.after, lang) }));
  if (f.conversations > f.pitches) {
    if (f.leads > 0 && f.followUps / f.leads < 0.25) out.push(t('debrief.lessonNoFollowUp'));
    else out.push(t('debrief.lessonListener'));
  } else out.push(t('debrief.lessonPusher'));
  if (pusher) {
    const gap = f.total - pusher.totals.revenue;
    if (gap >= 0) out.push(t('debrief.lessonAhead', { gap: money(gap, lang) }));
    else out.push(t('debrief.lessonBehind', { gap: money(-gap, lang) }));
  }
  return out;
}
