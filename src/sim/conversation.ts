// What happens when someone at a booth talks with a visitor: a pitch signs a visitor who came
// ready to buy (if the offer fits) and annoys most others; a conversation signs nothing but builds trust, reveals needs, creates a lead and
// spreads by word of mouth; a question brings out the heaviest need; a brochure is polite.
// Invariants kept here: trust, irritation and knowledge stay in [0, 1]; nothing but a pitch
// signs an order at the fair.
import { buyingMood, type Ctx, clamp, kno, rel, US } from './context';
import { favouriteNeed } from './improvements';
import { openLeadOf } from './lead-index';
import { moveMood } from './moves';
import { fitFor, topKnownNeed, topNeed } from './offering';
import { orderValue, recordOrder } from './orders';
import { chance, next } from './rng';
import type { Action, Lead } from './state';

export interface Outcome {
  /** Our order's id, or -1 (competitors' orders have no id). */
  order: number;
  /** Value signed now, cents (0 when nothing was signed). */
  sold: number;
  lead: number;
  /** Changes of this supplier's trust and irritation with the account. */
  trust: number;
  irritation: number;
  /** Need index revealed (ask / listen), or -1. */
  learned: number;
}

/** How far the account is in its buying cycle: 1 about to buy, 0 just bought. */
export function readiness(weeksUntil: number, cycleWeeks: number): number {
  return clamp(1 - weeksUntil / cycleWeeks, 0, 1);
}

/** Quality of a conversation by this supplier's people with this account, 0..~1.5. */
function conversationQuality(ctx: Ctx, a: number, sup: number): number {
  const { s, L } = ctx;
  const supplier = s.suppliers[sup];
  const acc = s.accounts[a];
  if (!supplier || !acc) return 0;
  const skill = sup === US ? s.team.skill : supplier.skill;
  const mood = sup === US ? s.team.mood : supplier.mood;
  const focus =
    supplier.focus === 'conversation' ? L.model.focusConversationListen : L.model.focusDisplayListen;
  return focus * (0.5 + 0.5 * skill) * (0.6 + 0.4 * (mood / 100)) * (0.4 + 0.6 * acc.openness);
}

/**
 * The chance a pitch signs: a visitor who came ready to buy signs if the offer fits, whatever
 * the booth is for; anyone else only in a buying mood, as far as they are due to buy, and
 * more at a booth made for showing products (the show persuades the undecided).
 */
function pitchChance(ctx: Ctx, a: number, sup: number, ready: boolean): number {
  const { s, L } = ctx;
  const m = L.model;
  const acc = s.accounts[a];
  const supplier = s.suppliers[sup];
  if (!acc || !supplier) return 0;
  const teamMood = sup === US ? s.team.mood : supplier.mood;
  const fit = fitFor(ctx, a, sup, m.knowledgeFit);
  const common = (0.7 + 0.3 * (teamMood / 100)) * (1 - (s.irritation[rel(s, a, sup)] as number));
  if (ready) return clamp(m.readyPitchChance * (0.5 + fit) * common, 0, 1);
  const due = readiness(s.weeksUntil[a] as number, acc.cycleWeeks);
  const focus = supplier.focus === 'display' ? m.focusDisplayPitch : m.focusConversationPitch;
  return m.pitchChance * buyingMood(L, s.season) * (0.2 + 0.8 * due) * fit * focus * common;
}

function pitch(ctx: Ctx, a: number, sup: number, day: number, ready: boolean): Outcome {
  const { s, L } = ctx;
  const m = L.model;
  const acc = s.accounts[a];
  const supplier = s.suppliers[sup];
  const out: Outcome = { order: -1, sold: 0, lead: -1, trust: 0, irritation: 0, learned: -1 };
  if (!acc || !supplier) return out;
  const i = rel(s, a, sup);
  const ready01 = ready ? 1 : readiness(s.weeksUntil[a] as number, acc.cycleWeeks);
  const irritation = s.irritation[i] as number;
  const p = pitchChance(ctx, a, sup, ready);
  if (chance(s.rng.talk, p)) {
    const value = orderValue(acc.orderValue, m.orderValueSpread, next(s.rng.talk));
    out.order = recordOrder(ctx, sup, a, value, { kind: 'fair', day });
    out.sold = value;
    // The order is (part of) the account's next purchase, taken early: that one moves back.
    s.weeksUntil[a] = (s.weeksUntil[a] as number) + acc.cycleWeeks * m.fairOrderReplaces;
    const before = s.trust[i] as number;
    s.trust[i] = clamp(before + m.fairOrderTrust, 0, 1);
    out.trust = (s.trust[i] as number) - before;
    return out;
  }
  // Not ready, not fitting, not in the mood: a walking order form meets a person.
  let misfit = 0;
  if (supplier.showsInnovations && supplier.glitter > 0) {
    const fav = favouriteNeed(L);
    const share = (acc.needs[fav] as number) * acc.needs.length;
    misfit = m.innovationMisfitIrritation * clamp(1 - share, 0, 1);
  }
  // A pitch annoys less when the visitor was nearly ready anyway, or came to the fair to buy.
  const mood = buyingMood(L, s.season);
  const added =
    m.pitchIrritation * (0.3 + acc.pressureAversion) * (1 - 0.5 * ready01) * (1 - 0.7 * mood) + misfit;
  const irrBefore = irritation;
  s.irritation[i] = clamp(irrBefore + added, 0, 1);
  const trustBefore = s.trust[i] as number;
  s.trust[i] = clamp(trustBefore - m.pitchTrustLoss * acc.pressureAversion, 0, 1);
  out.irritation = (s.irritation[i] as number) - irrBefore;
  out.trust = (s.trust[i] as number) - trustBefore;
  if (sup === US) moveMood(ctx, 'rejections', -L.team.moodPerRejection);
  return out;
}

function addLead(ctx: Ctx, a: number, sup: number, day: number, quality: number): number {
  const { s } = ctx;
  const heard = topKnownNeed(ctx, a, sup);
  const open = openLeadOf(s, a, sup);
  if (open) {
    open.quality = Math.max(open.quality, quality);
    open.heard = heard;
    return open.id;
  }
  const lead: Lead = {
    id: s.leads.length,
    supplier: sup,
    account: a,
    season: s.season,
    day,
    quality,
    heard,
    status: 'open',
    proposedWeek: -1,
    decideWeek: -1,
  };
  s.leads.push(lead);
  return lead.id;
}

function wordOfMouth(ctx: Ctx, a: number, sup: number, quality: number): void {
  const { s, L } = ctx;
  const m = L.model;
  const acc = s.accounts[a];
  if (!acc) return;
  const peers = s.segmentMembers[acc.segment];
  if (!peers || peers.length < 2) return;
  for (let k = 0; k < m.wordOfMouthPeers; k++) {
    const peer = peers[Math.floor(next(s.rng.talk) * peers.length)] as number;
    if (peer === a) continue;
    const i = rel(s, peer, sup);
    s.trust[i] = clamp((s.trust[i] as number) + m.wordOfMouthTrust * quality, 0, 1);
    s.buzz[i] = (s.buzz[i] as number) + m.wordOfMouthBuzz * quality;
    s.womFrom[i] = a;
  }
}

function listen(ctx: Ctx, a: number, sup: number, day: number): Outcome {
  const { s, L } = ctx;
  const m = L.model;
  const acc = s.accounts[a];
  const out: Outcome = { order: -1, sold: 0, lead: -1, trust: 0, irritation: 0, learned: -1 };
  if (!acc) return out;
  const q = conversationQuality(ctx, a, sup);
  const i = rel(s, a, sup);
  const trustBefore = s.trust[i] as number;
  s.trust[i] = clamp(trustBefore + m.listenTrust * q * (1 - trustBefore), 0, 1);
  const irrBefore = s.irritation[i] as number;
  s.irritation[i] = clamp(irrBefore - m.listenSoothe * q, 0, 1);
  const N = acc.needs.length;
  const k0 = kno(s, a, sup, N);
  for (let n = 0; n < N; n++) {
    const k = s.knowledge[k0 + n] as number;
    const emphasis = 0.5 + 0.5 * (acc.needs[n] as number) * N;
    s.knowledge[k0 + n] = clamp(k + m.listenKnowledge * q * emphasis * (1 - k), 0, 1);
  }
  out.lead = addLead(ctx, a, sup, day, q);
  out.learned = topKnownNeed(ctx, a, sup);
  out.trust = (s.trust[i] as number) - trustBefore;
  out.irritation = (s.irritation[i] as number) - irrBefore;
  wordOfMouth(ctx, a, sup, q);
  if (sup === US) {
    s.team.skill = clamp(s.team.skill + L.team.skillPerConversation, 0, 1);
    moveMood(ctx, 'conversations', L.team.moodPerConversation);
  }
  return out;
}

function ask(ctx: Ctx, a: number, sup: number): Outcome {
  const { s, L } = ctx;
  const m = L.model;
  const out: Outcome = { order: -1, sold: 0, lead: -1, trust: 0, irritation: 0, learned: -1 };
  const acc = s.accounts[a];
  if (!acc) return out;
  const top = topNeed(ctx, a);
  const q = conversationQuality(ctx, a, sup);
  const idx = kno(s, a, sup, acc.needs.length) + top;
  const k = s.knowledge[idx] as number;
  s.knowledge[idx] = clamp(k + m.askKnowledge * q * (1 - k), 0, 1);
  const i = rel(s, a, sup);
  const trustBefore = s.trust[i] as number;
  s.trust[i] = clamp(trustBefore + m.askTrust * q, 0, 1);
  out.trust = (s.trust[i] as number) - trustBefore;
  out.learned = top;
  return out;
}

function brochure(ctx: Ctx, a: number, sup: number): Outcome {
  const { s, L } = ctx;
  const i = rel(s, a, sup);
  const before = s.trust[i] as number;
  s.trust[i] = clamp(before + L.model.brochureTrust, 0, 1);
  return { order: -1, sold: 0, lead: -1, trust: (s.trust[i] as number) - before, irritation: 0, learned: -1 };
}

/** Applies one interaction of supplier `sup` with account `a` on fair day `day` (`ready`: they came ready to buy). */
export function interact(
  ctx: Ctx,
  a: number,
  sup: number,
  action: Action,
  day: number,
  ready = false,
): Outcome {
  switch (action) {
    case 'pitch':
      return pitch(ctx, a, sup, day, ready);
    case 'listen':
      return listen(ctx, a, sup, day);
    case 'ask':
      return ask(ctx, a, sup);
    case 'brochure':
      return brochure(ctx, a, sup);
  }
}
