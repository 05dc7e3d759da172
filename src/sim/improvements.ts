// Improvements between seasons: a customer-informed improvement raises our fit on the need
// our conversations found to weigh most across the market (with nothing heard, the company
// falls back on the marketing director's belief); an innovation adds glitter to the next
// fair and a little fit on the director's favourite need. Competitors that show innovations
// make one every season.
import type { Level } from '../levels/schema';
import { type Ctx, clamp, kno, US } from './context';
import type { ImprovementChoice } from './state';

/** Index of the marketing director's favourite need (the first need if the level names none that exists). */
export function favouriteNeed(L: Level): number {
  const id = L.improvements.favouriteNeed;
  for (let n = 0; n < L.needs.length; n++) if ((L.needs[n] as { id: string }).id === id) return n;
  return 0;
}

/**
 * The need our conversations show to matter most: over the accounts we listened to (those
 * with a lead of ours, any season), order value × need weight × what we know of it. With
 * nobody listened to, the company goes with the marketing director's belief.
 */
export function heardNeed(ctx: Ctx): number {
  const { s, L } = ctx;
  const N = L.needs.length;
  const score = new Array<number>(N).fill(0);
  // One flag per account (a lead of an unknown account is skipped below either way).
  const counted = new Uint8Array(s.accounts.length);
  for (const lead of s.leads) {
    if (lead.supplier !== US || counted[lead.account]) continue;
    counted[lead.account] = 1;
    const acc = s.accounts[lead.account];
    if (!acc) continue;
    const k0 = kno(s, acc.id, US, N);
    for (let n = 0; n < N; n++) {
      score[n] =
        (score[n] as number) + acc.orderValue * (acc.needs[n] as number) * (s.knowledge[k0 + n] as number);
    }
  }
  let best = -1;
  let bestScore = 0;
  for (let n = 0; n < N; n++) {
    if ((score[n] as number) > bestScore) {
      bestScore = score[n] as number;
      best = n;
    }
  }
  return best >= 0 ? best : favouriteNeed(L);
}

/** Applies our improvement choice at the review; returns the need that improved or -1. */
export function improve(ctx: Ctx, choice: ImprovementChoice): number {
  const { s, L } = ctx;
  const us = s.suppliers[US];
  if (!us || choice === 'none') {
    s.improvements.push({ season: s.season, choice, need: -1 });
    return -1;
  }
  const imp = L.improvements;
  const need = choice === 'customer' ? heardNeed(ctx) : favouriteNeed(L);
  const gain = choice === 'customer' ? imp.customerFit : imp.innovationFit;
  us.fit[need] = clamp((us.fit[need] as number) + gain, 0, 1);
  if (choice === 'innovation') us.glitter = imp.innovationGlitter;
  s.pendingCost += choice === 'customer' ? imp.customerCost : imp.innovationCost;
  s.improvements.push({ season: s.season, choice, need });
  return need;
}

/** Whether we have new products to show this season: the first fair's, or one built at the review. */
export function innovationReady(ctx: Ctx): boolean {
  return ctx.s.season === 0 || (ctx.s.suppliers[US]?.glitter ?? 0) > 0;
}

/** Competitors that show innovations bring a new one to each fair. */
export function competitorInnovations(ctx: Ctx): void {
  const { s, L } = ctx;
  const fav = favouriteNeed(L);
  for (let sup = 1; sup < s.suppliers.length; sup++) {
    const c = s.suppliers[sup];
    if (!c?.showsInnovations) continue;
    c.glitter = L.improvements.innovationGlitter;
    if (s.season > 0) c.fit[fav] = clamp((c.fit[fav] as number) + L.improvements.innovationFit, 0, 1);
  }
}
