// The simulation's version: part of every save, replay and result code. Bump it whenever a
// change to the model would make an old command log replay to a different ending.
export const SIM_VERSION = 2;
// 2: a proposal must fit under the cost cap with the season's weekly costs still to come.
// 2 also: the fair's and the plan's news are dated week 0 (not the last week of the season before).
// 2 also: each season keeps what moved the CEO's patience and the team's mood, by cause (moves.ts).
