// The simulation's one entry: everything the store, the CLI and the tests use from src/sim.
// The sim is pure: no DOM, Phaser, store, clock or Math.random (lint enforces it).
export {
  BOT_NAMES,
  type BotName,
  type BotStepOptions,
  botDecide,
  botStream,
  isBotName,
  runBot,
} from './bots';
export {
  ANGRY_BELOW,
  capOverBudget,
  expectedBy,
  type FiringCause,
  firingCause,
  patienceAfterPromise,
  promiseGrowth,
  revenueBy,
  seasonProfit,
  seasonRevenue,
} from './ceo';
export { type ClaimVerdict, claimBots, judgeClaims, metricAt, type RunRecord, toRunRecord } from './claims';
export {
  ACTIONS,
  BOOTHS,
  CHOICES,
  type Command,
  type CommandError,
  commandError,
  PLAN_MONEY_LIMIT,
  type PlanLimits,
  plainCommand,
  planLimits,
} from './commands';
export { buyingMood, type Ctx, fairTicks, kno, rel, ticksPerDay, US } from './context';
export { readiness } from './conversation';
export { costsToCome, proposalFitsCap } from './economics';
export { ordersAfterLeaving } from './epilogue';
export type { SimEvent } from './events';
export { visitorSigns } from './fair';
export {
  type ApplyResult,
  apply,
  type Game,
  gameHash,
  newGame,
  type Replay,
  type ReplayResult,
  replay,
  resumeGame,
  toReplay,
} from './game';
export { hashState, hashValue } from './hash';
export { favouriteNeed, heardNeed, innovationReady } from './improvements';
export { accountMemory, type Memory } from './memory';
export { fitFor, topKnownNeed, topNeed } from './offering';
export { acceptChance, followUpCapacity, leadWeeksLeft, proposalsThisWeek } from './proposals';
export {
  ceoIsAtBooth,
  type FollowUpRoom,
  followUpRoom,
  improvementNeed,
  innovationIsReady,
  type PromisePreview,
  planLimitsOf,
  promisePreview,
} from './queries';
export { next, type RngState, seedStream } from './rng';
export { isValidSeed } from './seed';
export type * from './state';
export type { MoodCause, PatienceCause, SeasonMoves } from './state';
export { type GameSummary, summarize } from './summary';
export { hashesWellFormed, type VerifyResult, verifyReplay } from './verify';
export { SIM_VERSION } from './version';
export { ceoAtBooth } from './visit';
