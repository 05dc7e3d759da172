// The market between fairs: each account buys on its own cycle and picks a supplier by
// trust, fit (improved by what the supplier knows of it), irritation and service, with
// loyalty to its current main supplier. Weekly, irritation and buzz fade and trust drifts
// back; a supplier short of staff serves its accounts worse and loses their trust.
import { type Ctx, powInt, rel } from './context';
import { ExpMemo } from './exp-memo';
import { fitFor } from './offering';
import { orderValue, recordOrder } from './orders';
import { next } from './rng';
import type { Supplier } from './state';

const scores: number[] = [];
const choiceExp = new ExpMemo();

/** The weight an account gives each supplier when it picks one for a regular order. */
export function choiceScore(ctx: Ctx, a: number, sup: number): number {
  const { s, L } = ctx;
  const m = L.model;
  const i = rel(s, a, sup);
  const acc = s.accounts[a];
  const supplier = s.suppliers[sup];
  if (!acc || !supplier) return 0;
  const x =
    m.choiceTrust * (s.trust[i] as number) +
    m.choiceFit * fitFor(ctx, a, sup, m.knowledgeFit) -
    m.choiceIrritation * (s.irritation[i] as number) -
    m.choiceService * supplier.shortfall +
    (s.mainSupplier[a] === sup ? m.choiceLoyalty : 0);
  return Math.exp(x);
}

/**
 * Fills `scores` with the account's weight for each supplier and returns their sum: the
 * arithmetic of `choiceScore` (and `fitFor`) inlined, in the same order, so results are
 * bit-identical; it runs for every regular order of every account.
 */
function accountScores(ctx: Ctx, a: number): number {
  const { s, L } = ctx;
  const m = L.model;
  const acc = s.accounts[a];
  const S = s.suppliers.length;
  if (!acc) {
    for (let sup = 0; sup < S; sup++) scores[sup] = 0;
    return 0;
  }
  const needs = acc.needs;
  const N = needs.length;
  const tailor = m.knowledgeFit;
  const main = s.mainSupplier[a];
  let total = 0;
  for (let sup = 0; sup < S; sup++) {
    const supplier = s.suppliers[sup];
    if (!supplier) {
      scores[sup] = 0;
      continue;
    }
    const i = a * S + sup;
    const k0 = i * N;
    const fit = supplier.fit;
    let f = 0;
    for (let n = 0; n < N; n++) {
      const base = fit[n] as number;
      const known = s.knowledge[k0 + n] as number;
      const tailored = base + (1 - base) * known * tailor;
      f += (needs[n] as number) * tailored;
    }
    const x =
      m.choiceTrust * (s.trust[i] as number) +
      m.choiceFit * f -
      m.choiceIrritation * (s.irritation[i] as number) -
      m.choiceService * supplier.shortfall +
      (main === sup ? m.choiceLoyalty : 0);
    const w = choiceExp.exp(i, x);
    scores[sup] = w;
    total += w;
  }
  return total;
}

/**
 * What the accounts buy from a supplier in a season of habit — no fair, no proposals: each
 * account's purchases over `weeks` at its cycle's pace, times its usual order, times the chance
 * it picks that supplier where the market stands now. The first promise grows from ours.
 */
export function habitRevenue(ctx: Ctx, sup: number, weeks: number): number {
  return habitRevenues(ctx, weeks)[sup] ?? 0;
}

/** habitRevenue of every supplier at once (one pass over the accounts, the same sums). */
export function habitRevenues(ctx: Ctx, weeks: number): number[] {
  const S = ctx.s.suppliers.length;
  const sums = new Array<number>(S).fill(0);
  for (const acc of ctx.s.accounts) {
    const total = accountScores(ctx, acc.id);
    if (!(total > 0)) continue;
    const perOrder = (weeks / acc.cycleWeeks) * acc.orderValue;
    for (let sup = 0; sup < S; sup++)
      sums[sup] = (sums[sup] as number) + perOrder * ((scores[sup] as number) / total);
  }
  return sums;
}

/** Every account whose cycle comes round buys once, from the supplier it picks. */
export function regularPurchases(ctx: Ctx): void {
  const { s, L } = ctx;
  const S = s.suppliers.length;
  const r = s.rng.market;
  const until = s.weeksUntil;
  for (const acc of s.accounts) {
    const left = (until[acc.id] as number) - 1;
    until[acc.id] = left > 0 ? left : left + acc.cycleWeeks;
    if (left > 0) continue;
    let x = next(r) * accountScores(ctx, acc.id);
    let chosen = S - 1;
    for (let sup = 0; sup < S; sup++) {
      x -= scores[sup] as number;
      if (x < 0) {
        chosen = sup;
        break;
      }
    }
    const value = orderValue(acc.orderValue, L.model.orderValueSpread, next(r));
    const i = rel(s, acc.id, chosen);
    const via = s.womFrom[i] as number;
    const switched = s.mainSupplier[acc.id] !== chosen;
    recordOrder(
      ctx,
      chosen,
      acc.id,
      value,
      switched && via >= 0 ? { kind: 'referral', via } : { kind: 'regular' },
    );
  }
}

/** Service shortfall of each supplier: main accounts beyond what its staff can serve. */
export function updateService(ctx: Ctx): void {
  const { s, L } = ctx;
  const { mainSupplier, suppliers } = s;
  const mains = new Array<number>(suppliers.length).fill(0);
  for (let a = 0; a < mainSupplier.length; a++) {
    const main = mainSupplier[a] as number;
    mains[main] = (mains[main] as number) + 1;
  }
  for (let sup = 0; sup < suppliers.length; sup++) {
    const supplier = suppliers[sup] as Supplier;
    const capacity = supplier.staff * L.model.serviceAccountsPerStaff;
    const count = mains[sup] as number;
    supplier.shortfall = count > capacity ? 1 - capacity / count : 0;
  }
}

/** Buzz below which a recommendation is forgotten (no later order is credited to it). */
const REFERRAL_BUZZ = 0.2;

/**
 * Weekly fading: irritation and buzz decay, trust drifts home, poor service costs trust. Each
 * relation's arithmetic is its own, so the three loops (one per concern, short and fast)
 * give exactly what one loop over every relation did.
 */
export function weeklyDrift(ctx: Ctx): void {
  const { s, L } = ctx;
  const m = L.model;
  const keepIrritation = 1 - m.irritationDecay;
  const keepBuzz = 1 - m.buzzDecay;
  const { irritation, buzz, womFrom } = s;
  const n = irritation.length;
  for (let i = 0; i < n; i++) irritation[i] = (irritation[i] as number) * keepIrritation;
  for (let i = 0; i < n; i++) {
    const b = (buzz[i] as number) * keepBuzz;
    buzz[i] = b;
    // A word passed on is credited only while it is still talked about.
    if (b < REFERRAL_BUZZ) womFrom[i] = -1;
  }
  driftTrust(ctx);
}

/** Trust drifts back towards where it started; an account's main supplier loses by its shortfall. */
function driftTrust(ctx: Ctx): void {
  const { s, L } = ctx;
  const { trust, trustStart, mainSupplier, suppliers } = s;
  const S = suppliers.length;
  const drift = L.model.trustDrift;
  const loss = L.model.serviceTrustLoss;
  let anyLoss = false;
  for (const supplier of suppliers) anyLoss ||= loss * supplier.shortfall !== 0;
  if (!anyLoss) {
    // No supplier short of staff: t − 0 is t, so the main supplier needs no case of its own.
    for (let i = 0; i < trust.length; i++) {
      let t = trust[i] as number;
      t += ((trustStart[i] as number) - t) * drift;
      trust[i] = t < 0 ? 0 : Math.min(t, 1);
    }
    return;
  }
  for (let a = 0, i0 = 0; a < mainSupplier.length; a++, i0 += S) {
    const main = mainSupplier[a] as number;
    for (let sup = 0, i = i0; sup < S; sup++, i++) {
      let t = trust[i] as number;
      t += ((trustStart[i] as number) - t) * drift;
      if (main === sup) t -= loss * (suppliers[sup] as Supplier).shortfall;
      trust[i] = t < 0 ? 0 : Math.min(t, 1);
    }
  }
}

/**
 * The rest of the year between one season's last week and the next fair, not played week by
 * week: irritation and buzz fade and trust drifts home over all its weeks (closed form), word
 * of mouth is forgotten, and every buying cycle runs on (who buys in between is not modelled:
 * main suppliers stay as they are).
 */
export function passOffSeason(ctx: Ctx): void {
  const { s, L } = ctx;
  const m = L.model;
  const k = m.offSeasonWeeks;
  if (k <= 0) return;
  const keepIrritation = powInt(1 - m.irritationDecay, k);
  const keepBuzz = powInt(1 - m.buzzDecay, k);
  const keepGap = powInt(1 - m.trustDrift, k);
  const { irritation, buzz, trust, trustStart, womFrom } = s;
  for (let i = 0; i < trust.length; i++) {
    irritation[i] = (irritation[i] as number) * keepIrritation;
    buzz[i] = (buzz[i] as number) * keepBuzz;
    const start = trustStart[i] as number;
    trust[i] = start + ((trust[i] as number) - start) * keepGap;
    womFrom[i] = -1;
  }
  for (const acc of s.accounts) {
    const c = acc.cycleWeeks;
    const left = (s.weeksUntil[acc.id] as number) - k;
    s.weeksUntil[acc.id] = left > 0 ? left : ((((left - 1) % c) + c) % c) + 1;
  }
}
