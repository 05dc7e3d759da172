// A bot's game cut into the batches a Participant's browser would send: the bot plays one
// decision (or a few fair ticks) at a time and the log's unsent part goes out every few
// decisions, exactly as the game's sync does. Used by the room tests and the load benchmark.
import type { Level } from '../levels/schema';
import { type BotName, botDecide, botStream, type Game, gameHash, newGame } from '../sim';
import { type LogCursor, startCursor, unsent } from './outbox';
import type { CommandBatch } from './protocol';

export interface BotBatches {
  game: Game;
  batches: CommandBatch[];
}

export function botBatches(
  level: Level,
  seed: string,
  bot: BotName,
  perBatch = 6,
  fairTicks = 4,
): BotBatches {
  const game = newGame(level, seed);
  const rng = botStream(seed, bot);
  const batches: CommandBatch[] = [];
  let cursor: LogCursor = startCursor();
  let sent = 0;
  let n = 0;
  const flush = () => {
    const next = unsent(game.log, cursor);
    if (!next || next.commands.length === 0) return;
    batches.push({ from: sent, commands: next.commands, hash: gameHash(game) });
    sent += next.commands.length;
    cursor = next.cursor;
  };
  while (game.state.phase !== 'ended') {
    botDecide(game, bot, rng, { fairTicks });
    if (++n % perBatch === 0) flush();
  }
  flush();
  return { game, batches };
}
