// A bot's game as a Participant's browser would send it: the bot plays one decision (or fair
// tick) at a time and the log's unsent part is cut into batches, exactly as the game does.
import { shippedLevel } from '../../src/levels/registry';
import { type LogCursor, startCursor, unsent } from '../../src/room/outbox';
import type { CommandBatch } from '../../src/room/protocol';
import { type BotName, botDecide, botStream, type Game, gameHash, newGame } from '../../src/sim';

export interface Streamed {
  game: Game;
  batches: CommandBatch[];
}

/** Plays `bot` on level+seed and records the batches (each a few decisions long). */
export function streamBot(levelId: string, seed: string, bot: BotName, perBatch = 6): Streamed {
  const game = newGame(shippedLevel(levelId), seed);
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
    botDecide(game, bot, rng, { fairTicks: 4 });
    if (++n % perBatch === 0) flush();
  }
  flush();
  return { game, batches };
}
