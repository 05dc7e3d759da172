// The plan form's model, free of the DOM: a draft of the season's plan (kept per game and season
// so a language switch or a trip to the menu does not lose it), sensible defaults, parsing of
// euro amounts as people type them, validation with messages, and the command it becomes.
import type { Key, Vars } from '../i18n';
import type { BoothSizeName, Level } from '../levels/schema';
import type { Command, Focus, Plan, PlanLimits } from '../sim';

export interface PlanDraft {
  booth: BoothSizeName;
  focus: Focus;
  pitchers: number;
  listeners: number;
  showInnovations: boolean;
  /** Whether the CEO is invited to the fair (levels with ceo.visit). */
  inviteCeo: boolean;
  /** What the player typed, in whole euros. */
  target: string;
  cap: string;
}

export interface Problem {
  field: 'staff' | 'target' | 'cap';
  key: Key;
  vars?: Vars;
}

const drafts = new Map<string, PlanDraft>();

export function draftKey(levelId: string, seed: string, season: number): string {
  return `${levelId}\u0000${seed}\u0000${season}`;
}

export function rememberDraft(key: string, draft: PlanDraft): void {
  drafts.set(key, draft);
}

export function recallDraft(key: string): PlanDraft | undefined {
  return drafts.get(key);
}

/** Whole euros from what someone typed ("978.500", "978,500", "978 500"), or null. */
export function parseEuros(text: string): number | null {
  const clean = text.replace(/[\s.,'’_€]/g, '');
  if (!/^\d{1,11}$/.test(clean)) return null;
  return Number(clean);
}

/** Cents rounded up to whole thousands of euros. */
export function roundUpThousand(cents: number): number {
  return Math.ceil(cents / 100_000) * 1000;
}

/** Proposals the cap leaves room for beyond the planned costs (never negative). */
export function proposalRoom(capCents: number, plannedCents: number, proposalCost: number): number {
  if (proposalCost <= 0) return 0;
  return Math.max(0, Math.floor((capCents - plannedCents) / proposalCost));
}

/** The roundest cap in euros (thousands, hundreds, tens, ones) that leaves room for exactly n proposals. */
export function capForRoom(plannedCents: number, n: number, proposalCost: number): number {
  const need = plannedCents + Math.max(0, n) * proposalCost;
  for (const step of [100_000, 10_000, 1_000, 100]) {
    const cap = Math.ceil(need / step) * step;
    if (proposalRoom(cap, plannedCents, proposalCost) === Math.max(0, n)) return cap / 100;
  }
  return Math.ceil(need / 100);
}

/** Most proposals the team could usefully send in a season (before leads go cold). */
export function usefulProposals(level: Level): number {
  return level.team.followUpsPerWeek * Math.min(level.weeksAfter, level.model.leadColdWeeks + 1);
}

/** Fits the staff into a booth's slots: pitchers give way first. */
export function fitStaff(
  pitchers: number,
  listeners: number,
  slots: number,
): { pitchers: number; listeners: number } {
  let p = Math.max(0, Math.floor(pitchers));
  let l = Math.max(0, Math.floor(listeners));
  while (p + l > slots && p > 0) p--;
  while (p + l > slots && l > 0) l--;
  if (p + l < 1) p = Math.min(1, slots);
  return { pitchers: p, listeners: l };
}

/** The default draft: last season's plan if there was one, else the company's habit (level team.habit). */
export function defaultDraft(level: Level, limits: PlanLimits, previous: Plan | null): PlanDraft {
  const habit = level.team.habit;
  const booth: BoothSizeName = previous?.booth ?? habit.booth;
  const slots = limits.slots[booth];
  const pitch = Math.ceil(slots * habit.pitchShare - 1e-9);
  const staff = previous
    ? fitStaff(previous.pitchers, previous.listeners, slots)
    : fitStaff(pitch, slots - pitch, slots);
  const room = Math.round(usefulProposals(level) / 2);
  return {
    booth,
    focus: previous?.focus ?? habit.focus,
    pitchers: staff.pitchers,
    listeners: staff.listeners,
    showInnovations: previous?.showInnovations ?? true,
    inviteCeo: false,
    target: String(roundUpThousand(limits.minTarget)),
    cap: String(capForRoom(limits.plannedCost[booth], room, level.model.proposalCost)),
  };
}

/**
 * The draft with another booth: staff beyond its places leave the floor (pitchers first), and
 * a cap below its planned costs is raised to leave room for ten proposals.
 */
export function withBooth(
  draft: PlanDraft,
  booth: BoothSizeName,
  limits: PlanLimits,
  proposalCost: number,
): PlanDraft {
  const next = { ...draft, booth };
  const slots = limits.slots[booth];
  const total = next.pitchers + next.listeners;
  if (total > slots) {
    next.pitchers = Math.max(0, next.pitchers - (total - slots));
    next.listeners = Math.min(next.listeners, slots - next.pitchers);
  }
  const cap = parseEuros(next.cap);
  if (cap !== null && cap * 100 < limits.plannedCost[booth])
    next.cap = String(capForRoom(limits.plannedCost[booth], 10, proposalCost));
  return next;
}

/** The draft with one fewer (-1) or one more (+1) of a role: never below none, nor beyond the booth's places. */
export function withStaff(
  draft: PlanDraft,
  role: 'pitchers' | 'listeners',
  step: -1 | 1,
  limits: PlanLimits,
): PlanDraft {
  if (step < 0) return draft[role] > 0 ? { ...draft, [role]: draft[role] - 1 } : draft;
  const full = draft.pitchers + draft.listeners >= limits.slots[draft.booth];
  return full ? draft : { ...draft, [role]: draft[role] + 1 };
}

export interface Checked {
  problems: Problem[];
  command: Command | null;
}

/** Checks a draft against the limits; returns the problems or the plan command. */
export function checkDraft(draft: PlanDraft, limits: PlanLimits): Checked {
  const problems: Problem[] = [];
  const slots = limits.slots[draft.booth];
  const onFloor = draft.pitchers + draft.listeners;
  if (onFloor < 1) problems.push({ field: 'staff', key: 'plan.errStaffNone' });
  else if (onFloor > slots) problems.push({ field: 'staff', key: 'plan.errStaffMany', vars: { max: slots } });
  const target = parseEuros(draft.target);
  if (target === null) problems.push({ field: 'target', key: 'plan.errNumber' });
  else if (target * 100 < limits.minTarget) problems.push({ field: 'target', key: 'plan.errTargetLow' });
  const cap = parseEuros(draft.cap);
  if (cap === null) problems.push({ field: 'cap', key: 'plan.errNumber' });
  else if (cap * 100 < limits.plannedCost[draft.booth])
    problems.push({ field: 'cap', key: 'plan.errCapLow' });
  if (problems.length || target === null || cap === null) return { problems, command: null };
  return {
    problems,
    command: {
      type: 'plan',
      booth: draft.booth,
      focus: draft.focus,
      pitchers: draft.pitchers,
      listeners: draft.listeners,
      showInnovations: draft.showInnovations,
      inviteCeo: draft.inviteCeo,
      revenueTarget: target * 100,
      costCap: cap * 100,
    },
  };
}
