// Player decisions as data: the command types, their validation (any input may come from a
// URL, a result code or the console, so every field is checked at run time) and the limits
// the screen needs to offer only valid choices. Errors are short codes the UI translates.
import type { BoothSizeName } from '../levels/schema';
import { type Ctx, US } from './context';
import { proposalFitsCap } from './economics';
import { handleError } from './fair';
import { followUpCapacity, proposalsThisWeek } from './proposals';
import { baselineRevenue } from './season';
import type { Action, ImprovementChoice, Plan } from './state';

export type Command =
  | ({ type: 'plan' } & Omit<Plan, 'inviteCeo'> & { inviteCeo?: boolean })
  | { type: 'advance'; steps: number }
  | { type: 'handle'; visitor: number; action: Action }
  | { type: 'followUp'; lead: number }
  | { type: 'improve'; choice: ImprovementChoice };

export type CommandError =
  | 'bad-command'
  | 'wrong-phase'
  | 'fired'
  | 'bad-booth'
  | 'bad-focus'
  | 'staff-count'
  | 'target-too-low'
  | 'cap-too-low'
  | 'bad-steps'
  | 'unknown-visitor'
  | 'not-at-our-booth'
  | 'already-handled'
  | 'already-asked'
  | 'bad-action'
  | 'unknown-lead'
  | 'lead-not-open'
  | 'no-capacity'
  | 'over-cost-cap'
  | 'bad-choice';

export const BOOTHS: readonly BoothSizeName[] = ['small', 'medium', 'large'];
export const ACTIONS: readonly Action[] = ['pitch', 'ask', 'listen', 'brochure'];
export const CHOICES: readonly ImprovementChoice[] = ['customer', 'innovation', 'none'];

/** What a plan may ask for this season. */
export interface PlanLimits {
  baseline: number;
  minTarget: number;
  staff: number;
  slots: Record<BoothSizeName, number>;
  /** Booth, staff for the fair and the weeks after, and last review's improvement. */
  plannedCost: Record<BoothSizeName, number>;
}

export function planLimits(ctx: Ctx): PlanLimits {
  const { s, L } = ctx;
  const baseline = baselineRevenue(ctx);
  const us = s.suppliers[US];
  const staff = us ? us.staff : 0;
  const weekly = staff * L.team.staffWeeklyCost;
  const slots = {} as Record<BoothSizeName, number>;
  const plannedCost = {} as Record<BoothSizeName, number>;
  for (const b of BOOTHS) {
    slots[b] = Math.min(staff, L.fair.booths[b].slots);
    plannedCost[b] = L.fair.booths[b].cost + weekly * (L.weeksAfter + 1) + s.pendingCost;
  }
  return { baseline, minTarget: Math.ceil(baseline * (1 + L.ceo.minGrowth)), staff, slots, plannedCost };
}

/** The largest revenue target or cost cap a plan may name (€100 billion, in cents). */
export const PLAN_MONEY_LIMIT = 1e13;

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

function planError(ctx: Ctx, c: Record<string, unknown>): CommandError | null {
  if (!BOOTHS.includes(c.booth as BoothSizeName)) return 'bad-booth';
  if (c.focus !== 'display' && c.focus !== 'conversation') return 'bad-focus';
  if (typeof c.showInnovations !== 'boolean') return 'bad-command';
  if (c.inviteCeo !== undefined && typeof c.inviteCeo !== 'boolean') return 'bad-command';
  if (c.inviteCeo === true && !ctx.L.ceo.visit) return 'bad-command';
  const limits = planLimits(ctx);
  const booth = c.booth as BoothSizeName;
  if (!isInt(c.pitchers) || !isInt(c.listeners) || c.pitchers < 0 || c.listeners < 0) return 'staff-count';
  const onFloor = c.pitchers + c.listeners;
  if (onFloor < 1 || onFloor > limits.slots[booth]) return 'staff-count';
  if (!isInt(c.revenueTarget) || c.revenueTarget > PLAN_MONEY_LIMIT) return 'bad-command';
  if (c.revenueTarget < limits.minTarget) return 'target-too-low';
  if (!isInt(c.costCap) || c.costCap > PLAN_MONEY_LIMIT) return 'bad-command';
  if (c.costCap < limits.plannedCost[booth]) return 'cap-too-low';
  return null;
}

/** Why a command cannot be applied now, or null when it can. */
export function commandError(ctx: Ctx, cmd: unknown): CommandError | null {
  if (typeof cmd !== 'object' || cmd === null) return 'bad-command';
  const c = cmd as Record<string, unknown>;
  const { s, L } = ctx;
  switch (c.type) {
    case 'plan':
      if (s.phase !== 'plan') return 'wrong-phase';
      return planError(ctx, c);
    case 'advance':
      if (s.phase !== 'fair' && s.phase !== 'after') return 'wrong-phase';
      if (!isInt(c.steps) || c.steps < 1 || c.steps > 1_000_000) return 'bad-steps';
      return null;
    case 'handle': {
      if (s.phase !== 'fair') return 'wrong-phase';
      if (s.fired) return 'fired';
      if (!ACTIONS.includes(c.action as Action)) return 'bad-action';
      if (!isInt(c.visitor)) return 'unknown-visitor';
      return handleError(ctx, c.visitor, c.action as Action);
    }
    case 'followUp': {
      if (s.phase !== 'after' || s.week >= L.weeksAfter) return 'wrong-phase';
      if (s.fired) return 'fired';
      if (!isInt(c.lead)) return 'unknown-lead';
      const lead = s.leads[c.lead];
      if (!lead || lead.supplier !== US) return 'unknown-lead';
      if (lead.status !== 'open' || lead.season !== s.season) return 'lead-not-open';
      if (proposalsThisWeek(ctx, US) >= followUpCapacity(ctx, US)) return 'no-capacity';
      if (!proposalFitsCap(ctx)) return 'over-cost-cap';
      return null;
    }
    case 'improve':
      if (s.phase !== 'review') return 'wrong-phase';
      if (!CHOICES.includes(c.choice as ImprovementChoice)) return 'bad-choice';
      return null;
    default:
      return 'bad-command';
  }
}

/** The fields each command type carries, in the order the log writes them. */
const FIELDS: Record<Command['type'], readonly string[]> = {
  plan: [
    'booth',
    'focus',
    'pitchers',
    'listeners',
    'showInnovations',
    'revenueTarget',
    'costCap',
    'inviteCeo',
  ],
  advance: ['steps'],
  handle: ['visitor', 'action'],
  followUp: ['lead'],
  improve: ['choice'],
};

/**
 * A plain copy of a command, each field read exactly once (a command may come from the
 * console with getters that change, or throw, between reads): only its own known fields, so
 * what is checked is what is applied and what the log holds. Null when it is not a command.
 */
export function plainCommand(cmd: unknown): Record<string, unknown> | null {
  if (typeof cmd !== 'object' || cmd === null) return null;
  try {
    const src = cmd as Record<string, unknown>;
    const type = src.type;
    if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return null;
    const copy: Record<string, unknown> = { type };
    for (const f of FIELDS[type as Command['type']]) {
      const v = src[f];
      // Only plain values: an object in a field is never a valid command field.
      copy[f] = typeof v === 'object' && v !== null ? null : v;
    }
    return copy;
  } catch {
    return null;
  }
}
