// A story moment: the player may invite the CEO to the fair (levels with `ceo.visit`). Whether
// he comes, on which day and hour, is drawn from a stream of its own (seed and season), so an
// invitation shifts nothing else in the world. While he stands at our booth he sees what our
// people do: conversations, orders signed, visitors annoyed by a pitch. When he leaves, that
// moves his patience (cause 'visit'), capped either way, and he says what he thought. The
// content is the level's; what he sees, and so the outcome, is the game's.
import { move, say } from './ceo';
import { type Ctx, clamp, fairTicks, ticksPerDay } from './context';
import { next, seedStream } from './rng';
import type { Action, CeoVisit, SeasonStats } from './state';

/** At planning: when invited, whether and when the CEO comes to this season's fair. */
export function planVisit(ctx: Ctx, st: SeasonStats): void {
  const { s, L } = ctx;
  const rule = L.ceo.visit;
  if (!rule || !st.plan.inviteCeo) return;
  const r = seedStream(s.seed, `ceo-visit-${s.season}`);
  const comes = next(r) < rule.comes;
  const perHour = L.fair.ticksPerHour;
  const hours = Math.min(rule.hours, L.fair.hoursPerDay);
  const day = Math.min(L.fair.days - 1, Math.floor(next(r) * L.fair.days));
  const hour = Math.floor(next(r) * (L.fair.hoursPerDay - hours + 1));
  const start = day * ticksPerDay(L) + hour * perHour;
  const end = Math.min(fairTicks(L), start + hours * perHour);
  const visit: CeoVisit = { comes, start, end, talks: 0, orders: 0, annoyed: 0, move: 0, judged: false };
  st.visit = visit;
  say(ctx, comes ? 'visitComing' : 'visitAway');
}

function presentVisit(ctx: Ctx): CeoVisit | null {
  const { s } = ctx;
  const v = s.history[s.season]?.visit;
  return v?.comes && !v.judged && !s.fired && s.tick >= v.start && s.tick < v.end ? v : null;
}

/** Whether the CEO is standing at our booth now. */
export function ceoAtBooth(ctx: Ctx): boolean {
  return presentVisit(ctx) !== null;
}

/** What our booth does while he stands there (called when one of our talks ends). */
export function visitSees(ctx: Ctx, action: Action, signed: boolean, annoyed: boolean): void {
  const v = presentVisit(ctx);
  if (!v) return;
  if (action === 'listen') v.talks++;
  if (signed) v.orders++;
  if (annoyed) v.annoyed++;
}

/**
 * The patience what he saw is worth: conversations and orders please him once there are more
 * than he expected to see, visitors annoyed by a pitch do not; capped either way.
 */
export function visitMove(ctx: Ctx, v: CeoVisit): number {
  const rule = ctx.L.ceo.visit;
  if (!rule) return 0;
  const seen = rule.talkWeight * v.talks + rule.orderWeight * v.orders - rule.annoyedWeight * v.annoyed;
  return clamp(seen - rule.expects, -rule.maxMove, rule.maxMove);
}

/** At the end of each fair tick: when his hours are over, he leaves and says what he thought. */
export function visitTick(ctx: Ctx, t: number): void {
  const { s } = ctx;
  const v = s.history[s.season]?.visit;
  if (!v?.comes || v.judged || s.fired || t + 1 !== v.end) return;
  v.judged = true;
  v.move = visitMove(ctx, v);
  move(ctx, v.move, 'visit');
  say(ctx, v.move >= 0 ? 'visitGood' : 'visitBad');
}
