// The fair, tick by tick: who walks into the hall (drawn from the 'visitors' stream up front,
// so every strategy sees the same people), which booth they step up to ('hall' stream),
// queues, staff taking visitors by the booth's roles, and conversations ending in outcomes.
// The player may take over a visitor at our booth (handleVisitor); their choice resolves at once.
import type { BoothSizeName } from '../levels/schema';
import { buyingMood, type Ctx, clamp, fairTicks, rel, ticksPerDay, US } from './context';
import { interact, readiness } from './conversation';
import { ExpMemo } from './exp-memo';
import { chance, intBetween, next } from './rng';
import type { Account, Action, BoothFloor, SeasonStats, Supplier, Tell, Visitor } from './state';
import { visitSees, visitTick } from './visit';

function actionTicks(ctx: Ctx, action: Action): number {
  const m = ctx.L.model;
  switch (action) {
    case 'pitch':
      return m.pitchTicks;
    case 'listen':
      return m.listenTicks;
    case 'ask':
      return m.askTicks;
    case 'brochure':
      return m.brochureTicks;
  }
}

/** Staff slots on the floor of a supplier's booth this season. */
export function floorSlots(ctx: Ctx, sup: number, booth: BoothSizeName): number {
  const supplier = ctx.s.suppliers[sup];
  return supplier ? Math.min(supplier.staff, ctx.L.fair.booths[booth].slots) : 0;
}

function makeFloor(ctx: Ctx, sup: number): BoothFloor {
  const { s } = ctx;
  const supplier = s.suppliers[sup];
  const roles: Action[] = [];
  if (supplier) {
    const slots = floorSlots(ctx, sup, supplier.booth);
    let pitchers: number;
    let listeners: number;
    if (sup === US && s.plan) {
      pitchers = s.plan.pitchers;
      listeners = s.plan.listeners;
    } else {
      pitchers = Math.round(slots * supplier.pushShare);
      listeners = slots - pitchers;
    }
    for (let k = 0; k < pitchers; k++) roles.push('pitch');
    for (let k = 0; k < listeners; k++) roles.push('listen');
  }
  return { roles, busy: roles.map(() => -1), freeSince: roles.map(() => -1), queue: [], soldToday: 0 };
}

/**
 * The visitors ordered by arrival tick, then account: a stable counting sort on the tick
 * (0 ≤ arrive < ticks). They are drawn day by day over the accounts in id order, so equal
 * ticks already come in account order — the order `sort` by (arrive, account) gave.
 */
function byArrival(drawn: Visitor[], ticks: number): Visitor[] {
  const starts = new Int32Array(ticks + 1);
  for (const v of drawn) starts[v.arrive + 1] = (starts[v.arrive + 1] as number) + 1;
  for (let t = 1; t <= ticks; t++) starts[t] = (starts[t] as number) + (starts[t - 1] as number);
  const out = new Array<Visitor>(drawn.length);
  for (const v of drawn) {
    const at = starts[v.arrive] as number;
    out[at] = v;
    starts[v.arrive] = at + 1;
  }
  return out;
}

/**
 * What a visitor shows: most who came ready to buy ask about prices and delivery, a few who
 * did not ask too; of the rest, the pressure-averse want to tell their story.
 */
export function tellOf(ctx: Ctx, acc: Account, ready: boolean, u: number): Tell {
  const m = ctx.L.model;
  if (u < (ready ? m.tellHonesty : m.tellFalse)) return 'buying';
  return acc.pressureAversion >= STORY_AVERSION ? 'story' : 'looking';
}

/**
 * What a player can see of whether a visitor came to buy: their tell, and once asked, their
 * answer (true: they need it now; false: they are looking ahead). Null before the question.
 */
export function visitorSigns(v: Visitor): { tell: Tell; buying: boolean | null } {
  return { tell: v.tell, buying: v.asked ? v.ready : null };
}

/** Pressure aversion from which a visitor who is not buying wants above all to be heard. */
const STORY_AVERSION = 0.6;

/** Opens the hall: draws who comes on which day, sets up each booth's floor. */
export function startFair(ctx: Ctx): void {
  const { s, L } = ctx;
  const r = s.rng.visitors;
  const T = ticksPerDay(L);
  const stay = L.model.stayTicks;
  const drawn: Visitor[] = [];
  // In a buying mood more people come ready to buy, the more so the nearer their purchase.
  const readyShare = L.model.readyShare * buyingMood(L, s.season);
  for (let day = 0; day < L.fair.days; day++) {
    for (const acc of s.accounts) {
      // Five draws per account and day, whatever happens, so the stream never shifts.
      const comes = next(r) < acc.attendance;
      const arriveIn = Math.floor(next(r) * Math.max(1, T - 2));
      const length = intBetween(r, Math.round(stay.min), Math.round(stay.max));
      const buys = next(r);
      const shows = next(r);
      if (!comes) continue;
      const arrive = day * T + arriveIn;
      const due = readiness(s.weeksUntil[acc.id] as number, acc.cycleWeeks);
      const ready = buys < readyShare * (0.5 + due);
      drawn.push({
        id: -1,
        account: acc.id,
        day,
        arrive,
        leave: Math.min((day + 1) * T, arrive + length),
        status: 'away',
        booth: -1,
        queuedAt: -1,
        talk: null,
        ready,
        tell: tellOf(ctx, acc, ready, shows),
        visited: 0,
        asked: false,
        reaction: 0,
      });
    }
  }
  // Ids follow the order of arrival.
  s.visitors = byArrival(drawn, L.fair.days * T);
  for (let id = 0; id < s.visitors.length; id++) (s.visitors[id] as Visitor).id = id;
  s.floors = s.suppliers.map((_, sup) => makeFloor(ctx, sup));
  s.hall = [];
  s.arrivals = 0;
  s.tick = 0;
}

function stats(ctx: Ctx): SeasonStats | undefined {
  return ctx.s.history[ctx.s.season];
}

function countAction(ctx: Ctx, action: Action): void {
  const st = stats(ctx);
  if (!st) return;
  if (action === 'pitch') st.pitches++;
  else if (action === 'listen') st.conversations++;
  else if (action === 'ask') st.questions++;
  else st.brochures++;
}

function resolveTalk(ctx: Ctx, v: Visitor, sup: number, action: Action, byPlayer: boolean): void {
  const leadsBefore = ctx.s.leads.length;
  const out = interact(ctx, v.account, sup, action, v.day, v.ready);
  v.reaction = out.sold > 0 || out.trust > 0.02 ? 1 : out.irritation > 0.01 ? -1 : 0;
  if (sup === US) {
    visitSees(ctx, action, out.sold > 0, out.irritation > 0.01);
    countAction(ctx, action);
    const st = stats(ctx);
    if (st) st.leads += ctx.s.leads.length - leadsBefore;
  }
  if (out.sold > 0) {
    const floor = ctx.s.floors[sup];
    if (floor) floor.soldToday += out.sold;
  }
  ctx.ev?.push({ t: 'outcome', visitor: v.id, booth: sup, action, byPlayer, ...out });
}

function removeFromQueue(floor: BoothFloor, visitor: number): void {
  const at = floor.queue.indexOf(visitor);
  if (at >= 0) floor.queue.splice(at, 1);
}

function backToHall(ctx: Ctx, v: Visitor, t: number): void {
  v.visited |= 1 << v.booth;
  v.booth = -1;
  v.talk = null;
  v.queuedAt = -1;
  if (v.leave <= t) {
    v.status = 'gone';
    ctx.ev?.push({ t: 'leave', visitor: v.id });
  } else v.status = 'walking';
}

const weights: number[] = [];
const basePull: number[] = [];
const glitterPull: number[] = [];
const pullExp = new ExpMemo();

/**
 * A walking visitor may step up to a booth: each booth not yet visited today draws them by
 * its pull — size, glitter of new products (times their novelty appetite), trust and buzz,
 * minus irritation; a visitor too irritated with a booth never goes there. Walking on has a
 * weight of its own. A booth whose queue is full is seen and passed by.
 */
function browse(ctx: Ctx, v: Visitor, t: number): void {
  const { s, L } = ctx;
  const m = L.model;
  const S = s.suppliers.length;
  const acc = s.accounts[v.account] as Account;
  const base = v.account * S;
  const { trust, irritation, buzz } = s;
  let total = m.walkOnWeight;
  for (let sup = 0; sup < S; sup++) {
    let w = 0;
    const irr = irritation[base + sup] as number;
    if (!(v.visited & (1 << sup)) && irr < m.irritationAvoid) {
      const x =
        (basePull[sup] as number) +
        (glitterPull[sup] as number) * acc.novelty +
        m.pullTrust * (trust[base + sup] as number) +
        m.pullBuzz * Math.min(2, buzz[base + sup] as number) -
        m.pullIrritation * irr;
      w = pullExp.exp(base + sup, x);
    }
    weights[sup] = w;
    total += w;
  }
  let x = next(s.rng.hall) * total;
  for (let sup = 0; sup < S; sup++) {
    x -= weights[sup] as number;
    if (x < 0) {
      const floor = s.floors[sup];
      if (!floor) return;
      if (floor.queue.length >= m.queueLimit || floor.roles.length === 0) {
        v.visited |= 1 << sup;
        return;
      }
      floor.queue.push(v.id);
      v.status = 'queue';
      v.booth = sup;
      v.queuedAt = t;
      ctx.ev?.push({ t: 'queue', visitor: v.id, booth: sup });
      return;
    }
  }
}

/** Per-booth parts of the pull that do not depend on the visitor (set once per tick). */
function preparePull(ctx: Ctx): void {
  const { s, L } = ctx;
  for (let sup = 0; sup < s.suppliers.length; sup++) {
    const supplier = s.suppliers[sup] as Supplier;
    basePull[sup] = L.fair.booths[supplier.booth].pull;
    glitterPull[sup] = supplier.showsInnovations ? supplier.glitter * L.model.glitter : 0;
  }
}

/** Advances the fair by one tick. Returns true when the fair has ended. */
export function stepFair(ctx: Ctx): boolean {
  const { s, L } = ctx;
  const t = s.tick;
  const m = L.model;
  const T = ticksPerDay(L);
  if (t % T === 0) for (const floor of s.floors) floor.soldToday = 0;
  // Talks that end now resolve (unless the player already did) and free the staff.
  for (let sup = 0; sup < s.floors.length; sup++) {
    const floor = s.floors[sup] as BoothFloor;
    for (let k = 0; k < floor.busy.length; k++) {
      const id = floor.busy[k] as number;
      if (id < 0) continue;
      const v = s.visitors[id] as Visitor;
      if (!v.talk || v.talk.end > t) continue;
      if (!v.talk.resolved) resolveTalk(ctx, v, sup, v.talk.action, false);
      floor.busy[k] = -1;
      floor.freeSince[k] = t;
      backToHall(ctx, v, t);
    }
  }
  // Newcomers join the hall (visitors are sorted by arrival); the hall list holds everyone
  // present, so people who went home cost nothing.
  const { visitors, hall } = s;
  while (s.arrivals < visitors.length && (visitors[s.arrivals] as Visitor).arrive <= t) {
    const v = visitors[s.arrivals++] as Visitor;
    v.status = 'walking';
    hall.push(v.id);
    ctx.ev?.push({ t: 'arrive', visitor: v.id });
  }
  preparePull(ctx);
  let kept = 0;
  for (let h = 0; h < hall.length; h++) {
    const v = visitors[hall[h] as number] as Visitor;
    if (v.status === 'talking') {
      // Talks the player took over have no staff slot; they end on their own.
      if (v.talk && v.talk.slot < 0 && v.talk.end <= t) backToHall(ctx, v, t);
    } else if (v.status === 'queue') {
      const floor = s.floors[v.booth] as BoothFloor;
      if (v.leave <= t || t - v.queuedAt >= m.queuePatienceTicks) {
        removeFromQueue(floor, v.id);
        const i = rel(s, v.account, v.booth);
        s.irritation[i] = clamp((s.irritation[i] as number) + m.queueIrritation, 0, 1);
        ctx.ev?.push({ t: 'give-up', visitor: v.id, booth: v.booth });
        backToHall(ctx, v, t);
      }
    } else if (v.status === 'walking') {
      if (v.leave <= t) {
        v.status = 'gone';
        ctx.ev?.push({ t: 'leave', visitor: v.id });
      } else if (chance(s.rng.hall, m.browseChance)) browse(ctx, v, t);
    }
    if (v.status !== 'gone') hall[kept++] = v.id;
  }
  if (kept < hall.length) hall.length = kept;
  // Free staff take the next visitor in their queue: whoever has been free longest first, so
  // pitchers and listeners both get people whatever the order of their slots.
  for (let sup = 0; sup < s.floors.length; sup++) {
    const floor = s.floors[sup] as BoothFloor;
    while (floor.queue.length > 0) {
      let k = -1;
      for (let j = 0; j < floor.busy.length; j++) {
        if ((floor.busy[j] as number) >= 0) continue;
        if (k < 0 || (floor.freeSince[j] as number) < (floor.freeSince[k] as number)) k = j;
      }
      if (k < 0) break;
      const id = floor.queue.shift() as number;
      const v = s.visitors[id] as Visitor;
      const action = floor.roles[k] as Action;
      floor.busy[k] = id;
      v.status = 'talking';
      v.talk = { action, slot: k, start: t, end: t + actionTicks(ctx, action), resolved: false };
      ctx.ev?.push({ t: 'talk', visitor: id, booth: sup, action });
    }
  }
  visitTick(ctx, t);
  s.tick = t + 1;
  return s.tick >= fairTicks(L);
}

/** Why the player cannot handle this visitor now, or null when they can. */
export function handleError(
  ctx: Ctx,
  visitor: number,
  action: Action,
): 'unknown-visitor' | 'not-at-our-booth' | 'already-handled' | 'already-asked' | null {
  const v = ctx.s.visitors[visitor];
  if (!v) return 'unknown-visitor';
  if (v.booth !== US || (v.status !== 'queue' && v.status !== 'talking')) return 'not-at-our-booth';
  if (v.talk?.resolved) return 'already-handled';
  if (action === 'ask' && v.asked) return 'already-asked';
  return null;
}

/** The player steps in: a question keeps the visitor at the booth; anything else ends it. */
export function handleVisitor(ctx: Ctx, visitor: number, action: Action): void {
  const { s } = ctx;
  const v = s.visitors[visitor] as Visitor;
  const floor = s.floors[US] as BoothFloor;
  if (action === 'ask') {
    v.asked = true;
    resolveTalk(ctx, v, US, 'ask', true);
    return;
  }
  if (v.status === 'queue') removeFromQueue(floor, v.id);
  if (v.talk && v.talk.slot >= 0) {
    floor.busy[v.talk.slot] = -1;
    floor.freeSince[v.talk.slot] = s.tick;
  }
  v.status = 'talking';
  v.talk = { action, slot: -1, start: s.tick, end: s.tick + actionTicks(ctx, action), resolved: true };
  resolveTalk(ctx, v, US, action, true);
}

/** Closes the hall: everyone still inside goes home, talks in progress resolve. */
export function endFair(ctx: Ctx): void {
  const { s } = ctx;
  for (let sup = 0; sup < s.floors.length; sup++) {
    const floor = s.floors[sup] as BoothFloor;
    for (let k = 0; k < floor.busy.length; k++) {
      const id = floor.busy[k] as number;
      const v = s.visitors[id];
      if (id >= 0 && v?.talk && !v.talk.resolved) resolveTalk(ctx, v, sup, v.talk.action, false);
      floor.busy[k] = -1;
    }
    floor.queue.length = 0;
  }
  for (const v of s.visitors) {
    v.status = 'gone';
    v.talk = null;
    v.booth = -1;
  }
  s.hall = [];
}
