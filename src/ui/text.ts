// Words derived from the game: names of suppliers and people, a visitor's hint line, the CEO's
// lines in the news, where an order came from, lead statuses and the CEO's view of a promise.
// Pure functions of (translator, level, state), so they are unit-tested without a browser.
import { type Key, pickLine } from '../i18n';
import { money, percent } from '../i18n/format';
import type { Level } from '../levels/schema';
import type { BotName, LeadStatus, News, Order, SeasonStats, SimState } from '../sim';
import type { Lang } from '../store/settings';
import { GOOD_LEAD, WARM_LEAD } from '../store/weeks-rule';
import { expectedBy, isBotName, revenueBy, seasonProfit, seasonRevenue } from '../view';
import { companyName, personName } from '../view/selectors';
import type { T } from './context';

/** Supplier by index: 0 is the player's company, 1.. the level's competitors. */
export function supplierName(level: Level, sup: number, lang: Lang): string {
  if (sup === 0) return level.company.name[lang];
  return level.competitors[sup - 1]?.name[lang] ?? '?';
}

/** Supplier by id ('us' or a competitor id). */
export function supplierNameById(level: Level, id: string, lang: Lang): string {
  if (id === 'us') return level.company.name[lang];
  return level.competitors.find((c) => c.id === id)?.name[lang] ?? id;
}

/** A supplier's colour: ours from the level's company, competitors' from their entries. */
export function supplierColor(level: Level, id: string): string {
  if (id === 'us') return level.company.color;
  return level.competitors.find((c) => c.id === id)?.color ?? '#888888';
}

export function accountName(level: Level, s: SimState, account: number): { name: string; company: string } {
  const acc = s.accounts[account];
  if (!acc) return { name: '?', company: '?' };
  return { name: personName(level, acc), company: companyName(level, acc) };
}

/**
 * What a visitor says about a need: one of the need's hint lines, picked by the visitor's id
 * (so the same visitor always says the same thing), `k` shifting to a second line if asked.
 */
export function hintLine(level: Level, need: number, visitorId: number, lang: Lang, k = 0): string {
  const n = level.needs[need];
  if (!n) return '';
  return pickLine(n.hints, lang, visitorId * 7 + k * 3);
}

export type CeoTone = 'pleased' | 'worried' | 'angry' | 'fairNothing' | 'promise';
const TONES: readonly string[] = ['pleased', 'worried', 'angry', 'fairNothing', 'promise'];
/** The tones in which the CEO judges revenue (the fair, the weeks, the verdict): ceoWhy gives the numbers. */
const JUDGING_TONES: readonly string[] = ['pleased', 'worried', 'angry', 'fairNothing'];
/** The tones of the CEO's visit to the fair (sim/visit.ts) and the level's lines for each. */
const VISIT_TONES: Record<string, 'coming' | 'away' | 'good' | 'bad'> = {
  visitComing: 'coming',
  visitAway: 'away',
  visitGood: 'good',
  visitBad: 'bad',
};

/** Whether a CEO news item is his verdict on his visit to the booth. */
export function isVisitVerdict(tone: string): boolean {
  const v = VISIT_TONES[tone];
  return v === 'good' || v === 'bad';
}

/** One of the CEO's lines for a tone, picked by a number (e.g. the news item's index). */
export function ceoLine(level: Level, tone: string, n: number, lang: Lang): string {
  if (tone === 'fired') return level.ceo.messages.fired[lang];
  const visit = VISIT_TONES[tone];
  if (visit && level.ceo.visit) return pickLine(level.ceo.visit.lines[visit], lang, n);
  const key = (TONES.includes(tone) ? tone : 'worried') as CeoTone;
  return pickLine(level.ceo.messages[key], lang, n);
}

/** How often the CEO said something in this tone before news item `index`: his next line. */
export function ceoTurn(all: readonly News[], index: number): number {
  const tone = all[index]?.tone;
  let n = 0;
  for (let i = 0; i < index; i++) if (all[i]?.kind === 'ceo' && all[i]?.tone === tone) n++;
  return n;
}

/** When a news item happened: at planning, at the fair (week 0) or in a week after it. */
export function newsWhen(t: T, news: News): string {
  if (news.week > 0) return t('news.week', { n: news.week });
  const atPlan = news.tone === 'promise' || news.tone === 'visitComing' || news.tone === 'visitAway';
  return news.kind === 'ceo' && atPlan ? t('news.atPlan') : t('news.atFair');
}

/**
 * Why the CEO said what he said, in numbers the player can check: at the fair, what it signed
 * against what he expected of it; in a week, how far the season is ahead of or behind the path
 * to the promise; after his visit, what he saw at the booth. Null for other news.
 */
export function ceoWhy(t: T, level: Level, s: SimState, news: News, lang: Lang): string | null {
  if (news.kind !== 'ceo') return null;
  const st = s.history[news.season];
  if (!st) return null;
  if (isVisitVerdict(news.tone)) {
    const v = st.visit;
    return v ? t('news.whyVisit', { talks: v.talks, orders: v.orders, annoyed: v.annoyed }) : null;
  }
  if (!JUDGING_TONES.includes(news.tone)) return null;
  if (news.week === 0) {
    const expected = expectedBy(level, st, 0);
    return t('news.whyFair', {
      fair: money(st.fairRevenue, lang),
      expected: money(Math.round(expected), lang),
    });
  }
  const gap = Math.round(revenueBy(st, news.week) - expectedBy(level, st, news.week));
  return gap >= 0
    ? t('news.whyAhead', { value: money(gap, lang) })
    : t('news.whyBehind', { value: money(-gap, lang) });
}

/** A news item as a sentence. `index` is the item's place in `all` (state.news; for picking lines). */
export function newsLine(t: T, level: Level, all: readonly News[], index: number, lang: Lang): string {
  const news = all[index];
  if (!news) return '';
  const ceo = level.ceo.name[lang];
  switch (news.kind) {
    case 'layoff': {
      const company = supplierName(level, news.supplier, lang);
      return t('news.layoff', { company, n: news.amount });
    }
    case 'ceo':
      return t('news.ceo', { ceo, line: ceoLine(level, news.tone, ceoTurn(all, index), lang) });
    case 'fired':
      return t('news.fired', { ceo, line: level.ceo.messages.fired[lang] });
    case 'result':
      return t('news.result', {
        company: supplierName(level, news.supplier, lang),
        value: money(news.amount, lang),
      });
  }
}

/** Where an order came from, as the end of a sentence ("— after your conversation on day 2"). */
export function originText(t: T, level: Level, s: SimState, order: Order): string {
  const o = order.origin;
  switch (o.kind) {
    case 'fair':
      return t('origin.fair', { day: o.day + 1 });
    case 'follow-up':
      return o.season === order.season
        ? t('origin.followUp', { day: o.day + 1 })
        : t('origin.followUpEarlier', { day: o.day + 1, season: o.season + 1 });
    case 'referral':
      return t('origin.referral', { via: accountName(level, s, o.via).name });
    case 'regular':
      return t('origin.regular');
  }
}

/** "Anneke de Vries (De Boer Group) ordered €18,400 — after your conversation on day 2". */
export function orderSentence(t: T, level: Level, s: SimState, order: Order, lang: Lang): string {
  const who = accountName(level, s, order.account);
  return t('order.line', {
    name: who.name,
    company: who.company,
    value: money(order.value, lang),
    origin: originText(t, level, s, order),
  });
}

export function leadStatusText(t: T, status: LeadStatus): string {
  switch (status) {
    case 'open':
      return t('lead.open');
    case 'proposed':
      return t('lead.proposed');
    case 'won':
      return t('lead.won');
    case 'lost':
      return t('lead.lost');
    case 'cold':
      return t('lead.cold');
  }
}

export type Ambition = 'timid' | 'modest' | 'solid' | 'bold' | 'reckless';

/** How the CEO reads a promise's growth. */
export function ambitionOf(growth: number, minGrowth: number): Ambition {
  if (growth <= minGrowth + 0.005) return 'timid';
  if (growth < 0.08) return 'modest';
  if (growth < 0.15) return 'solid';
  if (growth < 0.3) return 'bold';
  return 'reckless';
}

/** Mean of our trust (or another supplier's) across all accounts, 0..1. */
export function meanTrust(s: SimState, sup: number, start = false): number {
  const n = s.suppliers.length;
  const arr = start ? s.trustStart : s.trust;
  let sum = 0;
  let count = 0;
  for (let a = 0; a < s.accounts.length; a++) {
    const v = arr[a * n + sup];
    if (v !== undefined) {
      sum += v;
      count++;
    }
  }
  return count ? sum / count : 0;
}

/** A short quality word for a lead's conversation. */
export function leadQualityKey(quality: number): 'lead.warm' | 'lead.good' | 'lead.short' {
  if (quality >= WARM_LEAD) return 'lead.warm';
  if (quality >= GOOD_LEAD) return 'lead.good';
  return 'lead.short';
}

const BOT_KEYS = {
  pusher: 'bot.pusher',
  listener: 'bot.listener',
  balanced: 'bot.balanced',
  'listener-no-followup': 'bot.listenerNoFollowup',
  'listener-bold': 'bot.listenerBold',
  attentive: 'bot.attentive',
  idle: 'bot.idle',
  random: 'bot.random',
} as const satisfies Record<BotName, Key>;

/** The dictionary key of a bot's name (the random bot's for a name that is none). */
export function botKey(name: string): (typeof BOT_KEYS)[BotName] {
  return isBotName(name) ? BOT_KEYS[name] : BOT_KEYS.random;
}

/** The season's profit as the review says it: our margin on the revenue, less the costs. */
export function profitLine(t: T, L: Level, stats: SeasonStats, lang: Lang): string {
  return t('review.profit', {
    profit: money(seasonProfit(L, stats), lang),
    margin: percent(L.company.margin, lang),
    revenue: money(seasonRevenue(stats), lang),
    costs: money(stats.costs, lang),
  });
}
