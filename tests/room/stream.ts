// A bot's game as a Participant's browser would send it, on a shipped level (see src/room/bot-batches.ts).
import { shippedLevel } from '../../src/levels/registry';
import { type BotBatches, botBatches } from '../../src/room/bot-batches';
import type { BotName } from '../../src/sim';

export type Streamed = BotBatches;

export function streamBot(levelId: string, seed: string, bot: BotName, perBatch = 6): Streamed {
  return botBatches(shippedLevel(levelId), seed, bot, perBatch);
}
