// Whether a level that matches the schema can actually be played: every plan must be able to
// name a revenue target and a cost cap within what a plan allows, and every bot must get
// through a whole game on the level's own seed. A level that fails here would crash the game
// or the tools, so levels:check reports it like any other problem, with a pointer.
import { BOT_NAMES, PLAN_MONEY_LIMIT, runBot } from '../sim';
import type { LevelProblem } from './problems';
import type { Level } from './schema';

const euros = (cents: number) => `€${Math.round(cents / 100).toLocaleString('en-US')}`;
const LIMIT = euros(PLAN_MONEY_LIMIT);

/** The costs of a season with each booth must fit under the largest cost cap a plan may name. */
function costProblems(L: Level): LevelProblem[] {
  const staffCost = L.team.staff * L.team.staffWeeklyCost * (L.weeksAfter + 1);
  const improvement = Math.max(L.improvements.customerCost, L.improvements.innovationCost);
  const booths = (['small', 'medium', 'large'] as const)
    .map((b) => ({ b, booth: L.fair.booths[b].cost, total: L.fair.booths[b].cost + staffCost + improvement }))
    .filter((x) => x.total > PLAN_MONEY_LIMIT)
    .sort((x, y) => x.total - y.total);
  const first = booths[0];
  if (!first) return [];
  const biggest = Math.max(first.booth, staffCost, improvement);
  const pointer =
    biggest === staffCost
      ? '/team/staffWeeklyCost'
      : biggest === first.booth
        ? `/fair/booths/${first.b}/cost`
        : '/improvements';
  const which =
    booths.length === 3
      ? 'no plan is possible with any booth'
      : `the ${booths.map((x) => x.b).join(' and ')} booth cannot be planned`;
  return [
    {
      pointer,
      message: `${which}: a season with the ${first.b} booth costs ${euros(first.total)} (booth ${euros(first.booth)}, ${L.team.staff} staff for ${L.weeksAfter + 1} weeks ${euros(staffCost)}, improvement ${euros(improvement)}), more than the largest cost cap of ${LIMIT}`,
    },
  ];
}

/** A generous upper bound of one season's revenue: every account ordering as often as it can. */
function seasonRevenueBound(L: Level): { bound: number; segment: number } {
  let bound = 0;
  let segment = 0;
  let top = -1;
  const shares = L.segments.reduce((sum, s) => sum + s.share, 0);
  L.segments.forEach((s, i) => {
    const orders = (L.weeksAfter + 1) / s.cycleWeeks.min + 3; // fair order, proposal, referral
    const value = s.orderValue.max * (1 + L.model.orderValueSpread) * orders;
    bound += Math.ceil(L.accounts * (s.share / shares) + 1) * value;
    if (value > top) [top, segment] = [value, i];
  });
  return { bound, segment };
}

/** The CEO's minimum promise grows from last season's revenue; it must stay nameable. */
function targetProblems(L: Level): LevelProblem[] {
  const growth = 1 + Math.max(0, L.ceo.minGrowth);
  const out: LevelProblem[] = [];
  const named = L.company.baselineRevenue ?? 0;
  if (named * growth > PLAN_MONEY_LIMIT) {
    out.push({
      pointer: '/company/baselineRevenue',
      message: `the first season's smallest promise (${euros(named * growth)}) is more than the largest revenue target of ${LIMIT}`,
    });
  }
  const { bound, segment } = seasonRevenueBound(L);
  if (bound * growth > PLAN_MONEY_LIMIT) {
    out.push({
      pointer: `/segments/${segment}/orderValue/max`,
      message: `orders this large can make a season's revenue so big that the next promise passes the largest revenue target of ${LIMIT} (up to ${euros(bound)} a season); use smaller orders or fewer accounts`,
    });
  }
  return out;
}

/** Plays every bot once on the level's seed; a failure is a problem of the whole level. */
function playProblems(L: Level): LevelProblem[] {
  for (const bot of BOT_NAMES) {
    try {
      runBot(L, L.defaultSeed, bot);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return [
        {
          pointer: '',
          message: `the level cannot be played through: the ${bot} bot stopped on seed "${L.defaultSeed}" (${why})`,
        },
      ];
    }
  }
  return [];
}

/** Problems that make a schema-valid level unplayable (none for a playable level). */
export function playabilityProblems(L: Level): LevelProblem[] {
  const found = [...costProblems(L), ...targetProblems(L)];
  return found.length ? found : playProblems(L);
}
