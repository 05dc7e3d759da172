// The story moment of inviting the CEO to the fair (sim/visit.ts): whether he comes is drawn on
// its own, an invitation shifts nothing else in the world, what he sees at our booth moves his
// patience (capped, kept by cause), and levels without the moment refuse the invitation.
import { describe, expect, it } from 'vitest';
import { fairTicks } from '../../src/sim/context';
import { apply, newGame } from '../../src/sim/game';
import type { SeasonStats } from '../../src/sim/state';
import { finishFairOf, gameAfterFair, gameAtFair, levelCopy, validPlan } from './helpers';

function season(stats: SeasonStats[] | undefined): SeasonStats {
  const st = stats?.[0];
  if (!st) throw new Error('no season');
  return st;
}

describe('the CEO at the fair', () => {
  it('without an invitation there is no visit, and the game is the same as before the moment existed', () => {
    const L = levelCopy();
    const a = gameAfterFair(L, '5');
    const b = gameAfterFair(L, '5', { inviteCeo: false });
    expect(season(a.state.history).visit).toBeNull();
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state));
  });

  it('comes in about the level’s share of seeds, on a fair day and within the fair’s hours', () => {
    const L = levelCopy();
    const rule = L.ceo.visit;
    if (!rule) throw new Error('the-fair has the CEO’s visit');
    let came = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const v = season(gameAtFair(L, String(seed), { inviteCeo: true }).state.history).visit;
      if (!v) throw new Error('invited, so planned');
      if (v.comes) came++;
      expect(v.start).toBeGreaterThanOrEqual(0);
      expect(v.end - v.start).toBe(rule.hours * L.fair.ticksPerHour);
      expect(v.end).toBeLessThanOrEqual(fairTicks(L));
    }
    expect(came / 120).toBeGreaterThan(rule.comes - 0.15);
    expect(came / 120).toBeLessThan(rule.comes + 0.15);
  });

  it('an invitation shifts nothing else: the same visitors walk in', () => {
    const L = levelCopy();
    const plain = gameAtFair(L, '9');
    const invited = gameAtFair(L, '9', { inviteCeo: true });
    const who = (g: typeof plain) => g.state.visitors.map((v) => `${v.account}@${v.arrive}`).join();
    expect(who(invited)).toBe(who(plain));
  });

  it('what he sees moves his patience: a listening booth pleases him more than a pitching one', () => {
    const L = levelCopy();
    let listening = 0;
    let pitching = 0;
    let judged = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const listen = gameAfterFair(L, String(seed), {
        inviteCeo: true,
        pitchShare: 0,
        focus: 'conversation',
      });
      const pitch = gameAfterFair(L, String(seed), { inviteCeo: true, pitchShare: 1, booth: 'large' });
      for (const [game, add] of [
        [listen, (x: number) => (listening += x)],
        [pitch, (x: number) => (pitching += x)],
      ] as const) {
        const st = season(game.state.history);
        const v = st.visit;
        if (!v?.comes) {
          expect(st.moves.patience.visit).toBe(0);
          continue;
        }
        judged++;
        expect(v.judged).toBe(true);
        const rule = L.ceo.visit;
        if (!rule) throw new Error('visit');
        expect(Math.abs(v.move)).toBeLessThanOrEqual(rule.maxMove);
        // Kept by cause (a move can only be cut short at 0 or 100).
        expect(Math.abs(st.moves.patience.visit)).toBeLessThanOrEqual(Math.abs(v.move) + 1e-9);
        add(v.move);
        expect(game.state.news.some((n) => n.tone === 'visitGood' || n.tone === 'visitBad')).toBe(true);
      }
    }
    expect(judged).toBeGreaterThan(40);
    expect(listening).toBeGreaterThan(pitching);
  });

  it('a level without the moment refuses the invitation; a game replays with it', () => {
    const tutorial = levelCopy('tutorial');
    expect(tutorial.ceo.visit).toBeUndefined();
    const game = newGame(tutorial, '1');
    expect(apply(game, { ...validPlan(game), inviteCeo: true })).toEqual({ ok: false, error: 'bad-command' });
    const L = levelCopy();
    const played = gameAtFair(L, '12', { inviteCeo: true });
    finishFairOf(played);
    const again = newGame(L, '12');
    for (const cmd of played.log) apply(again, cmd);
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(played.state));
  });
});
