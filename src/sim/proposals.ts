// Leads after the fair: proposals shaped by what was heard go out (ours by command, the
// competitors' by their capacity), customers decide after a few weeks, and leads nobody
// followed up go cold. An accepted proposal is an order with the conversation as its origin.

import type { Level } from '../levels/schema';
import { type Ctx, clamp, rel, seasonStart, US } from './context';
import { readiness } from './conversation';
import { spend } from './economics';
import { fitFor } from './offering';
import { orderValue, recordOrder } from './orders';
import { intBetween, next } from './rng';
import type { Lead, SimState } from './state';

/** Index of the first lead of the current season (leads are appended in season order). */
export function firstLeadOfSeason(s: SimState): number {
  return seasonStart(s.leads, s.season);
}

/** Whether lead x ranks before lead y: better quality first, then the earlier lead. */
function ranksBefore(x: Lead, y: Lead): boolean {
  return (y.quality - x.quality || x.id - y.id) < 0;
}

/**
 * A supplier's best `k` open leads of this season, best first: the first `k` of the open
 * leads sorted by quality (descending), then id. Kept by insertion into a short list rather
 * than sorting them all; the order is the sort's exactly (ids are unique, so no ties).
 */
export function bestOpenLeads(s: SimState, sup: number, k: number): Lead[] {
  const best: Lead[] = [];
  if (k <= 0) return best;
  for (let i = firstLeadOfSeason(s); i < s.leads.length; i++) {
    const l = s.leads[i] as Lead;
    if (l.supplier !== sup || l.status !== 'open') continue;
    if (best.length === k && !ranksBefore(l, best[k - 1] as Lead)) continue;
    let j = best.length < k ? best.length : k - 1;
    while (j > 0 && ranksBefore(l, best[j - 1] as Lead)) {
      best[j] = best[j - 1] as Lead;
      j--;
    }
    best[j] = l;
  }
  return best;
}

/** Proposals a supplier can still send in the coming week. */
export function followUpCapacity(ctx: Ctx, sup: number): number {
  const { s, L } = ctx;
  if (sup === US) return L.team.followUpsPerWeek;
  const supplier = s.suppliers[sup];
  if (!supplier) return 0;
  return Math.round(supplier.staff * supplier.followUpShare);
}

/** Proposals already sent for the coming week. */
export function proposalsThisWeek(ctx: Ctx, sup: number): number {
  const { s } = ctx;
  const week = s.week + 1;
  let n = 0;
  for (let i = firstLeadOfSeason(s); i < s.leads.length; i++) {
    const lead = s.leads[i] as Lead;
    if (lead.supplier === sup && lead.proposedWeek === week) n++;
  }
  return n;
}

/** Sends a proposal for an open lead in the coming week; the customer decides later. */
export function sendProposal(ctx: Ctx, lead: Lead): void {
  const { s, L } = ctx;
  const week = s.week + 1;
  lead.status = 'proposed';
  lead.proposedWeek = week;
  const delay = intBetween(
    s.rng.proposals,
    Math.round(L.model.proposalWeeks.min),
    Math.round(L.model.proposalWeeks.max),
  );
  lead.decideWeek = Math.min(L.weeksAfter, week + delay);
  spend(ctx, lead.supplier, L.model.proposalCost);
  if (lead.supplier === US) {
    const stats = s.history[s.season];
    if (stats) stats.followUps++;
  }
}

/** Each competitor follows up its best open leads, as many as its staff allows. */
export function competitorFollowUps(ctx: Ctx): void {
  const { s } = ctx;
  for (let sup = 1; sup < s.suppliers.length; sup++) {
    const capacity = followUpCapacity(ctx, sup);
    if (capacity <= 0) continue;
    for (const lead of bestOpenLeads(s, sup, capacity)) sendProposal(ctx, lead);
  }
}

/** The chance a customer accepts a proposal from this supplier. */
export function acceptChance(ctx: Ctx, lead: Lead): number {
  const { s, L } = ctx;
  const m = L.model;
  const i = rel(s, lead.account, lead.supplier);
  const fit = fitFor(ctx, lead.account, lead.supplier, 1);
  const p =
    m.proposalBase +
    m.proposalTrust * (s.trust[i] as number) +
    m.proposalFit * fit -
    m.proposalIrritation * (s.irritation[i] as number);
  const supplier = s.suppliers[lead.supplier];
  const service = supplier ? 1 - 0.5 * supplier.shortfall : 1;
  // Someone who just bought (from anyone) has less reason to sign another order now.
  const acc = s.accounts[lead.account];
  const due = acc ? readiness(s.weeksUntil[lead.account] as number, acc.cycleWeeks) : 1;
  const need = 1 - m.proposalReadiness * (1 - due);
  return clamp(p * service * need * (0.6 + 0.4 * Math.min(1, lead.quality)), 0, 0.95);
}

/**
 * Weeks an open lead still has to be followed up, counting this one (1: this week is the last
 * chance; 0: too late — at this week's step it goes cold).
 */
export function leadWeeksLeft(L: Level, week: number): number {
  return Math.max(0, L.model.leadColdWeeks - week + 1);
}

/** Customers decide on the proposals due this week; old open leads go cold. */
export function settleProposals(ctx: Ctx): void {
  const { s, L } = ctx;
  const m = L.model;
  const week = s.week;
  for (let i = firstLeadOfSeason(s); i < s.leads.length; i++) {
    const lead = s.leads[i] as Lead;
    if (lead.status === 'open' && leadWeeksLeft(L, week) === 0) {
      lead.status = 'cold';
      ctx.ev?.push({ t: 'cold', lead: lead.id });
      continue;
    }
    if (lead.status !== 'proposed' || lead.decideWeek !== week) continue;
    const won = next(s.rng.proposals) < acceptChance(ctx, lead);
    const u = next(s.rng.proposals);
    if (won) {
      const acc = s.accounts[lead.account];
      if (!acc) continue;
      lead.status = 'won';
      const value = orderValue(acc.orderValue * m.proposalValue, m.orderValueSpread, u);
      recordOrder(ctx, lead.supplier, lead.account, value, {
        kind: 'follow-up',
        lead: lead.id,
        day: lead.day,
        season: lead.season,
      });
      const i = rel(s, lead.account, lead.supplier);
      s.trust[i] = clamp((s.trust[i] as number) + m.acceptTrust, 0, 1);
      s.weeksUntil[lead.account] =
        (s.weeksUntil[lead.account] as number) + acc.cycleWeeks * m.proposalCycleDelay;
    } else lead.status = 'lost';
    ctx.ev?.push({ t: 'proposal', lead: lead.id, won });
  }
}

/** At the season's end every lead still open goes cold. */
export function closeLeads(ctx: Ctx): void {
  const { s } = ctx;
  for (let i = firstLeadOfSeason(s); i < s.leads.length; i++) {
    const lead = s.leads[i] as Lead;
    if (lead.status === 'open' || lead.status === 'proposed') lead.status = 'cold';
  }
}
