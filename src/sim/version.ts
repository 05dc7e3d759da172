// The simulation's version: part of every save, replay and result code. Bump it whenever a
// change to the model would make an old command log replay to a different ending.
export const SIM_VERSION = 4;
// 2: a proposal must fit under the cost cap with the season's weekly costs still to come.
// 2 also: the fair's and the plan's news are dated week 0 (not the last week of the season before).
// 2 also: each season keeps what moved the CEO's patience and the team's mood, by cause (moves.ts).
// 3: the choice made real (#6): visitors who came ready to buy, with tells; pitches sign them
// and annoy the rest; an order of any kind is the account's next purchase taken early; the year
// between fairs fades irritation, buzz and trust and runs the buying cycles on; the CEO weighs
// the cost cap against his budget, promises start from last season with no forced growth, and
// orders after a firing are not ours; competitors lay off only when their fair did not pay.
// 3 also: the first promise grows from what our customers buy in a season of habit, worked out
// from the market, unless the level names company.baselineRevenue (the shipped ones do not).
// 4: a competitor's books come from its market (#6): its overheads are planned so that a year of
// habit leaves it `plannedProfit` of its gross margin and its cash is `cashWeeks` of its costs,
// unless the level names them outright (the shipped ones do not): bigger orders make bigger
// competitors, not richer ones, so whether an unpaid fair leaves one short no longer hangs on them.
// 4 also: a plan may invite the CEO to the fair (levels with ceo.visit; sim/visit.ts): every
// plan now carries `inviteCeo` and every season a `visit`, and the random bot fuzzes it.
