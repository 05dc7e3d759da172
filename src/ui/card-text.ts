// What the conversation card says: who the visitor is in their segment's voice, what they show
// (their tell, and once asked, their answer: needed now or looking ahead, and what the year's
// budgets are like), what they remember of us and what they say back (the level's lines), and after the player acts, the consequences of one outcome event (an order,
// trust up or down, irritation, a lead, what was learned), as sentences.
import { type Key, pickLine } from '../i18n';
import { money } from '../i18n/format';
import type { Level } from '../levels/schema';
import type { Action, Memory, SimEvent, Tell, Visitor } from '../sim';
import type { Lang } from '../store/settings';
import { buyingMood, visitorSigns } from '../view';
import type { T } from './context';

export type OutcomeEvent = Extract<SimEvent, { t: 'outcome' }>;

export interface OutcomeLine {
  kind: 'signed' | 'trustUp' | 'trustDown' | 'irritated' | 'lead' | 'learned' | 'nothing';
  text: string;
}

const EPS = 0.001;

export function outcomeLines(t: T, level: Level, ev: OutcomeEvent, lang: Lang): OutcomeLine[] {
  const out: OutcomeLine[] = [];
  if (ev.sold > 0) out.push({ kind: 'signed', text: t('card.signed', { value: money(ev.sold, lang) }) });
  if (ev.learned >= 0) {
    const need = level.needs[ev.learned];
    if (need) out.push({ kind: 'learned', text: t('card.learned', { learned: need.learned[lang] }) });
  }
  if (ev.lead >= 0) out.push({ kind: 'lead', text: t('card.lead') });
  if (ev.trust > EPS) out.push({ kind: 'trustUp', text: t('card.trustUp') });
  if (ev.trust < -EPS) out.push({ kind: 'trustDown', text: t('card.trustDown') });
  if (ev.irritation > EPS)
    out.push({ kind: 'irritated', text: t(pickKey(IRRITATED_LINES, ev.visitor * 3 + 1)) });
  if (!out.length) out.push({ kind: 'nothing', text: t('card.nothing') });
  return out;
}

/** How the team sees a visitor's irritation: a few ways, one per visitor. */
const IRRITATED_LINES: readonly Key[] = ['card.irritated1', 'card.irritated2', 'card.irritated3'];

/** The player's outcome for a visitor among events (the newest one), or null. */
export function findOutcome(events: readonly SimEvent[], visitor: number): OutcomeEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e && e.t === 'outcome' && e.visitor === visitor && e.byPlayer) return e;
  }
  return null;
}

/** What a visitor does that shows their tell: a few ways of saying each, one per visitor. */
export const TELL_LINES: Record<Tell, readonly Key[]> = {
  buying: ['card.tellBuying1', 'card.tellBuying2', 'card.tellBuying3'],
  story: ['card.tellStory1', 'card.tellStory2', 'card.tellStory3'],
  looking: ['card.tellLooking1', 'card.tellLooking2', 'card.tellLooking3'],
};

/** Their answer once asked: they need it now, or they are looking ahead. */
export const ANSWER_LINES: Record<'now' | 'later', readonly Key[]> = {
  now: ['card.answerNow1', 'card.answerNow2', 'card.answerNow3'],
  later: ['card.answerLater1', 'card.answerLater2', 'card.answerLater3'],
};

function pickKey(keys: readonly Key[], n: number): Key {
  return keys[((n % keys.length) + keys.length) % keys.length] as Key;
}

export interface SignLines {
  /** What they do or ask about at the booth (from their tell). */
  tell: string;
  /** What they answered when asked, or null before the question. */
  answer: string | null;
}

/**
 * What the card says a visitor shows, in words: only what a player may see (visitorSigns),
 * the line picked by the visitor's id so the same visitor always shows it the same way.
 */
export function signLines(t: T, v: Visitor): SignLines {
  const seen = visitorSigns(v);
  const tell = t(pickKey(TELL_LINES[seen.tell], v.id * 5 + 1));
  const answer =
    seen.buying === null ? null : t(pickKey(ANSWER_LINES[seen.buying ? 'now' : 'later'], v.id * 3 + 2));
  return { tell, answer };
}

/** The kind of reply a visitor gives to what we did at the booth (none to a question). */
export type ReplyKind = keyof Level['people']['replies']['after'];

export function replyKind(action: Action, ev: OutcomeEvent): ReplyKind | null {
  if (action === 'listen') return 'heard';
  if (action === 'brochure') return 'brochure';
  if (action !== 'pitch') return null;
  if (ev.sold > 0) return 'signed';
  return ev.irritation > EPS ? 'refused' : 'declined';
}

/** What the visitor says back to what we did, from the level's lines (one per visitor). */
export function replyLine(level: Level, kind: ReplyKind, visitorId: number, lang: Lang): string {
  return pickLine(level.people.replies.after[kind], lang, visitorId * 7 + 3);
}

/** The line a visitor opens with when they remember us, from the level's lines, or null. */
export function memoryLine(
  level: Level,
  memory: Memory | null,
  visitorId: number,
  lang: Lang,
): string | null {
  return memory ? pickLine(level.people.replies.remember[memory], lang, visitorId * 11 + 5) : null;
}

/** How a visitor of this segment introduces themselves (the level's voice), or null. */
export function voiceLine(level: Level, segment: number, visitorId: number, lang: Lang): string | null {
  const voice = level.segments[segment]?.voice;
  return voice ? pickLine(voice, lang, visitorId * 13 + 7) : null;
}

/** Buying moods below which visitors talk of tight budgets, and from which of money to spend. */
export const MOOD_TIGHT = 0.35;
export const MOOD_OPEN = 0.6;

/** What a visitor adds about the year's money once asked, from the season's mood, or null. */
export function moodLine(level: Level, season: number, visitorId: number, lang: Lang): string | null {
  const mood = buyingMood(level, season);
  const kind = mood < MOOD_TIGHT ? 'tight' : mood >= MOOD_OPEN ? 'open' : null;
  return kind ? pickLine(level.people.replies.mood[kind], lang, visitorId * 17 + 1) : null;
}
