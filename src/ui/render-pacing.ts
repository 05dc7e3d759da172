// How soon the overlay draws a change of the session: a decision (a new screen, a dialog, a
// notice, a choice, a refusal, a setting) at once; the clock's ticks and the world's drawing a
// few times a second; the preloader's progress now and then, and its end at once. One rule over
// every field of the session, so a field added to the store is drawn at once without being
// listed here — only fields that move with the clock are named.
import type { SessionState } from '../store/session';

/** Fields that move with the clock or the world's drawing rather than with a decision. */
const PACED: ReadonlySet<string> = new Set(['version', 'pending', 'carry', 'bootProgress']);

export type Change = 'decision' | 'tick' | 'progress' | 'none';

export function changeOf(s: SessionState, prev: SessionState): Change {
  for (const key of Object.keys(s) as (keyof SessionState)[]) {
    if (s[key] !== prev[key] && !PACED.has(key)) return 'decision';
  }
  if (s.bootProgress !== prev.bootProgress) return s.bootProgress >= 1 ? 'decision' : 'progress';
  return s.version !== prev.version ? 'tick' : 'none';
}
