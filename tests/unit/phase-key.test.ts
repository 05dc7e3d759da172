// The phase screen is rebuilt when a bot takes the game over mid-phase or hands it back
// (ui/play.ts's phaseKey), so the controls of the screen on show always belong to whoever plays.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { newGame } from '../../src/sim';
import type { SessionState } from '../../src/store/session';
import { phaseKey } from '../../src/ui/play';

describe('the phase screen', () => {
  it('is rebuilt when a bot takes over mid-phase, and when the player takes it back', () => {
    const game = newGame(shippedLevel('tutorial'), 'k-1');
    const bot = { name: 'listener' } as unknown as SessionState['bot'];
    const player = phaseKey({ game, bot: null });
    const botKey = phaseKey({ game, bot });
    expect(botKey).not.toBe(player);
    // Same phase, season and player: the same screen, updated in place.
    expect(phaseKey({ game, bot: null })).toBe(player);
    expect(phaseKey({ game: null, bot: null })).toBe('none');
  });
});
