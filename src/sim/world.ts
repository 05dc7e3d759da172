// Creating the world of a new game from a level and a seed: the accounts with their hidden
// needs and habits, the suppliers (us and the competitors) and their starting relations.
// Everything random here draws from the 'accounts' stream only, so the world depends on the
// seed alone.
import type { Level } from '../levels/schema';
import { budgetCompetitors } from './economics';
import { between, intBetween, next, pickWeighted, type RngState, seedStreams } from './rng';
import type { Account, CompetitorSeasonStats, SimState, Supplier } from './state';
import { SIM_VERSION } from './version';

function makeAccount(L: Level, r: RngState, id: number, shares: readonly number[]): Account {
  const segIndex = pickWeighted(r, shares);
  const seg = L.segments[segIndex];
  if (!seg) throw new Error('level has no segments');
  const weights = L.needs.map((need) => {
    const base = seg.needWeights[need.id] ?? 0;
    return base * (1 - seg.needSpread + 2 * seg.needSpread * next(r));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const needs = total > 0 ? weights.map((w) => w / total) : weights.map(() => 1 / weights.length);
  const cycleWeeks = intBetween(r, Math.round(seg.cycleWeeks.min), Math.round(seg.cycleWeeks.max));
  return {
    id,
    firstName: intBetween(r, 0, L.people.firstNames.length - 1),
    lastName: intBetween(r, 0, L.people.lastNames.length - 1),
    companyName: intBetween(r, 0, L.people.lastNames.length - 1),
    companyKind: intBetween(r, 0, L.people.companies.length - 1),
    segment: segIndex,
    needs,
    orderValue: Math.round(between(r, seg.orderValue.min, seg.orderValue.max) / 100) * 100,
    cycleWeeks,
    pressureAversion: between(r, seg.pressureAversion.min, seg.pressureAversion.max),
    openness: between(r, seg.openness.min, seg.openness.max),
    attendance: Math.min(1, seg.fairAttendance * (0.5 + next(r))),
    novelty: seg.noveltyAppetite * (0.5 + next(r)),
  };
}

function fitVector(L: Level, fit: Record<string, number>): number[] {
  return L.needs.map((n) => fit[n.id] ?? 0);
}

function makeSuppliers(L: Level): Supplier[] {
  const us: Supplier = {
    id: 'us',
    staff: L.team.staff,
    staffStart: L.team.staff,
    minStaff: L.team.staff,
    booth: 'medium',
    focus: 'display',
    pushShare: 0.5,
    followUpShare: 0,
    showsInnovations: false,
    glitter: 0,
    fit: fitVector(L, L.company.fit),
    cash: 0,
    margin: L.company.margin,
    staffWeeklyCost: L.team.staffWeeklyCost,
    fixedWeeklyCost: 0,
    skill: L.team.listeningSkill,
    mood: L.team.mood,
    shortfall: 0,
    lastLayoffWeek: -1e9,
    recentMargin: [],
  };
  const others = L.competitors.map(
    (c): Supplier => ({
      id: c.id,
      staff: c.staff,
      staffStart: c.staff,
      minStaff: Math.min(c.minStaff, c.staff),
      booth: c.booth,
      focus: c.pushShare >= 0.5 ? 'display' : 'conversation',
      pushShare: c.pushShare,
      followUpShare: c.followUpShare,
      showsInnovations: c.showsInnovations,
      glitter: 0,
      fit: fitVector(L, c.fit),
      cash: c.cash ?? 0,
      margin: c.margin,
      staffWeeklyCost: c.staffWeeklyCost,
      fixedWeeklyCost: c.fixedWeeklyCost ?? 0,
      skill: c.listeningSkill,
      mood: c.mood,
      shortfall: 0,
      lastLayoffWeek: -1e9,
      recentMargin: [],
    }),
  );
  return [us, ...others];
}

/** A new game's state, before the first plan. */
export function createState(L: Level, seed: string): SimState {
  const rng = seedStreams(seed);
  const r = rng.accounts;
  const suppliers = makeSuppliers(L);
  const shares = [L.company.marketShare, ...L.competitors.map((c) => c.marketShare)];
  const accounts: Account[] = [];
  const weeksUntil: number[] = [];
  const mainSupplier: number[] = [];
  const segmentShares = L.segments.map((g) => g.share);
  for (let i = 0; i < L.accounts; i++) {
    const acc = makeAccount(L, r, i, segmentShares);
    accounts.push(acc);
    weeksUntil.push(intBetween(r, 1, acc.cycleWeeks));
    mainSupplier.push(pickWeighted(r, shares));
  }
  const S = suppliers.length;
  const N = L.needs.length;
  const trust: number[] = [];
  // What a supplier knows of an account's needs: only its main supplier knows anything yet.
  const knowledge = new Array<number>(accounts.length * S * N).fill(0);
  const m = L.model;
  for (const a of accounts) {
    for (let sup = 0; sup < S; sup++) {
      const isMain = mainSupplier[a.id] === sup;
      const range = isMain ? m.trustMain : m.trustOther;
      trust.push(between(r, range.min, range.max));
      if (!isMain) continue;
      const k0 = (a.id * S + sup) * N;
      for (let n = 0; n < N; n++) knowledge[k0 + n] = m.mainKnowledge * next(r);
    }
  }
  const segmentMembers: number[][] = L.segments.map(() => []);
  for (const a of accounts) segmentMembers[a.segment]?.push(a.id);
  const zeros = () => new Array<number>(accounts.length * S).fill(0);
  const state: SimState = {
    simVersion: SIM_VERSION,
    level: L.id,
    seed,
    rng,
    phase: 'plan',
    season: 0,
    tick: 0,
    week: 0,
    accounts,
    weeksUntil,
    mainSupplier,
    segmentMembers,
    suppliers,
    trust,
    trustStart: trust.slice(),
    irritation: zeros(),
    buzz: zeros(),
    womFrom: new Array<number>(accounts.length * S).fill(-1),
    knowledge,
    visitors: [],
    arrivals: 0,
    hall: [],
    floors: [],
    leads: [],
    orders: [],
    news: [],
    plan: null,
    pendingCost: 0,
    improvements: [],
    ceo: { patience: L.ceo.patience },
    team: { mood: L.team.mood, skill: L.team.listeningSkill },
    fired: null,
    history: [],
    competitorHistory: L.competitors.map((): CompetitorSeasonStats[] => []),
  };
  budgetCompetitors({ L, s: state, ev: null });
  return state;
}
