// How well a supplier's offering fits an account: the base fit per need, improved by what
// the supplier knows of the account's needs (a proposal shaped by what was heard).
import { type Ctx, kno } from './context';

/** Fit of supplier `sup` for account `a`, 0..1, with knowledge tailoring scaled by `tailor`. */
export function fitFor(ctx: Ctx, a: number, sup: number, tailor: number): number {
  const { s } = ctx;
  const acc = s.accounts[a];
  const supplier = s.suppliers[sup];
  if (!acc || !supplier) return 0;
  const N = acc.needs.length;
  const k0 = kno(s, a, sup, N);
  let f = 0;
  for (let n = 0; n < N; n++) {
    const base = supplier.fit[n] as number;
    const known = s.knowledge[k0 + n] as number;
    const tailored = base + (1 - base) * known * tailor;
    f += (acc.needs[n] as number) * tailored;
  }
  return f;
}

/** The need this supplier knows to matter most for the account (weight × knowledge), or -1. */
export function topKnownNeed(ctx: Ctx, a: number, sup: number): number {
  const { s } = ctx;
  const acc = s.accounts[a];
  if (!acc) return -1;
  const N = acc.needs.length;
  const k0 = kno(s, a, sup, N);
  let best = -1;
  let bestScore = 0.02;
  for (let n = 0; n < N; n++) {
    const score = (acc.needs[n] as number) * (s.knowledge[k0 + n] as number);
    if (score > bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}

/** The account's heaviest need (what a good question brings out first). */
export function topNeed(ctx: Ctx, a: number): number {
  const acc = ctx.s.accounts[a];
  if (!acc) return -1;
  let best = 0;
  for (let n = 1; n < acc.needs.length; n++) {
    if ((acc.needs[n] as number) > (acc.needs[best] as number)) best = n;
  }
  return best;
}
