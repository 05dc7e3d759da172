// What moved the CEO's patience and the team's mood this season, by cause: every change goes
// through here, clamped to [0, 100], and the change really made is added to the season's
// `moves` (the HUD's ? says it in words). Our side only.
import { type Ctx, clamp } from './context';
import type { MoodCause, PatienceCause, SeasonMoves } from './state';

export function noMoves(): SeasonMoves {
  return {
    patience: { promise: 0, fair: 0, visit: 0, weeks: 0, verdict: 0, cap: 0 },
    mood: { conversations: 0, rejections: 0, orders: 0, ceo: 0 },
  };
}

/** The value after a change, kept in [0, 100], and the change really made. */
function clamped(before: number, delta: number): [after: number, made: number] {
  const after = clamp(before + delta, 0, 100);
  return [after, after - before];
}

/** Changes the CEO's patience; returns the change made. */
export function movePatience(ctx: Ctx, cause: PatienceCause, delta: number): number {
  const { s } = ctx;
  const [after, made] = clamped(s.ceo.patience, delta);
  s.ceo.patience = after;
  const st = s.history[s.season];
  if (st) st.moves.patience[cause] += made;
  return made;
}

/** Changes our team's mood; returns the change made. */
export function moveMood(ctx: Ctx, cause: MoodCause, delta: number): number {
  const { s } = ctx;
  const [after, made] = clamped(s.team.mood, delta);
  s.team.mood = after;
  const st = s.history[s.season];
  if (st) st.moves.mood[cause] += made;
  return made;
}
