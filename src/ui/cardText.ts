// What the conversation card says after the player acts: the consequences of one outcome
// event (an order, trust up or down, irritation, a lead, what was learned), as sentences.
import { money } from '../i18n/format';
import type { Level } from '../levels/schema';
import type { SimEvent } from '../sim';
import type { Lang } from '../store/settings';
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
  if (ev.irritation > EPS) out.push({ kind: 'irritated', text: t('card.irritated') });
  if (!out.length) out.push({ kind: 'nothing', text: t('card.nothing') });
  return out;
}

/** The player's outcome for a visitor among events (the newest one), or null. */
export function findOutcome(events: readonly SimEvent[], visitor: number): OutcomeEvent | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e && e.t === 'outcome' && e.visitor === visitor && e.byPlayer) return e;
  }
  return null;
}
