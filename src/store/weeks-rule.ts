// The player's follow-up rule for the weeks after the fair: which open leads get a proposal
// each week (the best conversations first) and how many, so the weeks can play themselves;
// and the moments they stop for the player. The rule only issues the commands a player would
// (followUp, advance): the log, the replay and the hashes are the same as by hand.
import type { Command, Game, Lead } from '../sim';
import { followUpRoom, US } from '../sim';

/** Lead quality from which a conversation counts as good, and as warm (the lead cards' words). */
export const GOOD_LEAD = 0.45;
export const WARM_LEAD = 0.8;

export type RuleLeads = 'all' | 'good' | 'warm';

export interface WeeksRule {
  leads: RuleLeads;
  /** Proposals a week at most (the team's capacity caps it anyway). */
  perWeek: number;
}

/** Why the weeks stopped playing by themselves. */
export type RuleStop = 'fired' | 'ceo' | 'cap';

const MIN_QUALITY: Record<RuleLeads, number> = { all: 0, good: GOOD_LEAD, warm: WARM_LEAD };

/** A rule to start from: good conversations, as many as the team can send. */
export function defaultRule(game: Game): WeeksRule {
  return { leads: 'good', perWeek: game.level.team.followUpsPerWeek };
}

/** Our open leads of this season the rule covers, best conversation first. */
export function ruleCandidates(game: Game, rule: WeeksRule): Lead[] {
  const s = game.state;
  return s.leads
    .filter(
      (l) =>
        l.supplier === US &&
        l.season === s.season &&
        l.status === 'open' &&
        l.quality >= MIN_QUALITY[rule.leads],
    )
    .sort((a, b) => b.quality - a.quality || a.id - b.id);
}

/** The followUp commands the rule sends this week (none once the cap or the team is full). */
export function ruleFollowUps(game: Game, rule: WeeksRule): Command[] {
  if (game.state.phase !== 'after' || game.state.fired || game.state.week >= game.level.weeksAfter) return [];
  const team = followUpRoom(game);
  const room = Math.min(rule.perWeek, team.max) - team.used;
  return ruleCandidates(game, rule)
    .slice(0, Math.max(0, room))
    .map((l) => ({ type: 'followUp', lead: l.id }));
}

/** Whether another proposal would still fit under the cost cap. */
function capAllows(game: Game): boolean {
  return followUpRoom(game).fitsCap;
}

/**
 * Whether the weeks should stop for the player after a week: fired; the CEO's patience fell
 * below 30 this week; or leads the rule covers are open but the cap takes no more proposals.
 */
export function ruleStop(game: Game, rule: WeeksRule, patienceBefore: number): RuleStop | null {
  const s = game.state;
  if (s.fired) return 'fired';
  if (s.phase !== 'after') return null;
  if (patienceBefore >= 30 && s.ceo.patience < 30) return 'ceo';
  if (!capAllows(game) && rule.perWeek > 0 && ruleCandidates(game, rule).length > 0) return 'cap';
  return null;
}
