// The outbox: what a browser sends of its growing log replays to the same game, cut anywhere;
// a log that continues the server's copy is found, one that parted from it is not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { cursorAfter, type LogCursor, startCursor, unsent } from '../../src/room/outbox';
import { apply, BOT_NAMES, botDecide, botStream, type Command, gameHash, newGame } from '../../src/sim';

describe('the outbox', () => {
  it('sends a log cut at any moments so that the server replays the same game', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BOT_NAMES), fc.integer({ min: 1, max: 9 }), (bot, every) => {
        const level = shippedLevel('tutorial');
        const game = newGame(level, 'outbox');
        const server = newGame(level, 'outbox');
        const rng = botStream('outbox', bot);
        let cursor: LogCursor = startCursor();
        let n = 0;
        const flush = () => {
          const next = unsent(game.log, cursor);
          if (!next) throw new Error('log no longer extends what was sent');
          for (const c of next.commands) expect(apply(server, c).ok).toBe(true);
          cursor = next.cursor;
        };
        while (game.state.phase !== 'ended') {
          botDecide(game, bot, rng, { fairTicks: 3 });
          if (++n % every === 0) flush();
        }
        flush();
        expect(gameHash(server)).toBe(gameHash(game));
        expect(server.log).toEqual(game.log);
      }),
      { numRuns: 12 },
    );
  });

  it('finds where the server copy ends in a longer log, and refuses one that parted', () => {
    const log: Command[] = [
      {
        type: 'plan',
        booth: 'small',
        focus: 'display',
        pitchers: 1,
        listeners: 1,
        showInnovations: false,
        revenueTarget: 1,
        costCap: 1,
      },
      { type: 'advance', steps: 9 },
    ];
    expect(cursorAfter(log, [])).toEqual(startCursor());
    expect(cursorAfter(log, log.slice(0, 1))).toEqual({ entries: 1, steps: 0 });
    expect(cursorAfter(log, [log[0] as Command, { type: 'advance', steps: 4 }])).toEqual({
      entries: 2,
      steps: 4,
    });
    expect(cursorAfter(log, [log[0] as Command, { type: 'advance', steps: 12 }])).toBeNull();
    expect(cursorAfter(log.slice(0, 1), log)).toBeNull();
    expect(cursorAfter(log, [{ ...(log[0] as Command & { type: 'plan' }), pitchers: 2 }])).toBeNull();
    expect(unsent(log.slice(0, 1), { entries: 2, steps: 9 })).toBeNull();
  });
});
