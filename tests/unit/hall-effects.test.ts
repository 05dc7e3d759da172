// The hall's effect recipes (scenes/hall/effects.ts): a sale throws coins up in a fan and raises
// a contract, and with reduced motion only the contract; reactions float up; what the team
// learns shows over the one who learned it.
import { describe, expect, it } from 'vitest';
import { learnedByPlayer, learnedByStaff, reaction, saleBurst } from '../../src/scenes/hall/effects';

describe('hall effects', () => {
  it('a sale fans coins upward and raises a contract; reduced motion keeps only the contract', () => {
    const full = saleBurst(100, 200, false);
    const coins = full.filter((f) => f.frame === 'coin');
    expect(coins.length).toBeGreaterThan(3);
    for (const c of coins) expect(c.vy ?? 0).toBeLessThan(0);
    expect(coins.some((c) => (c.vx ?? 0) < -1) && coins.some((c) => (c.vx ?? 0) > 1)).toBe(true);
    expect(full.filter((f) => f.frame === 'contract')).toHaveLength(1);
    expect(saleBurst(100, 200, true).map((f) => f.frame)).toEqual(['contract']);
  });

  it('reactions float up and fade; a heart lingers and grows more than a scribble', () => {
    for (const frame of ['heart', 'scribble', 'puff']) {
      const f = reaction(frame, 10, 20);
      expect(f.vy ?? 0).toBeLessThan(0);
      expect(f.a1).toBe(0);
    }
    expect(reaction('heart', 0, 0).life).toBeGreaterThan(reaction('scribble', 0, 0).life);
    expect(reaction('scribble', 0, 0).spin).toBeGreaterThan(0);
  });

  it('what is learned shows above the one who learned it', () => {
    const [need, tick] = learnedByPlayer('need.uptime', 50, 300);
    expect(need?.frame).toBe('need.uptime');
    expect(tick?.frame).toBe('tick');
    expect(need?.y ?? 0).toBeLessThan(300);
    expect(learnedByStaff(80, 400).y).toBeLessThan(400);
  });
});
