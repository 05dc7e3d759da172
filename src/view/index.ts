// The screens' read side: what src/ui and src/scenes may call to read a game. The view models
// live in this directory (memoized per game revision, see memo.ts); the sim's own figures and
// queries the screens need are passed through below, a closed list, so a screen never imports
// a value from src/sim (scripts/check-screen-walls.ts) and no game rule is copied into a view.
export {
  accountMemory,
  BOOTHS,
  BOT_NAMES,
  buyingMood,
  ceoIsAtBooth,
  expectedBy,
  followUpRoom,
  improvementNeed,
  innovationIsReady,
  isBotName,
  leadWeeksLeft,
  ordersAfterLeaving,
  planLimitsOf,
  promisePreview,
  revenueBy,
  seasonProfit,
  seasonRevenue,
  toReplay,
  visitorSigns,
} from '../sim';
