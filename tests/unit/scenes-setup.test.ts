// What the hall shows of each booth, from the level (backdrop) or the simulation (a season),
// and which view the director puts on screen.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { levelSetups, sameSetups, stateSetups } from '../../src/scenes/hall/setup';
import { viewFor } from '../../src/scenes/view';
import { apply, newGame } from '../../src/sim';

describe('booth setups', () => {
  const level = shippedLevel('the-fair');

  it('shows the level as it stands before any plan', () => {
    const s = levelSetups(level, 'en');
    expect(s).toHaveLength(level.competitors.length + 1);
    expect(s[0]?.name).toBe(level.company.name.en);
    expect(s[1]?.size).toBe(level.competitors[0]?.booth);
    expect(s[1]?.glitter).toBe(level.competitors[0]?.showsInnovations);
    expect(levelSetups(level, 'nl')[0]?.name).toBe(level.company.name.nl);
  });

  it('follows the plan and the floors during a season', () => {
    const g = newGame(level, '42');
    const res = apply(g, {
      type: 'plan',
      booth: 'small',
      focus: 'conversation',
      pitchers: 0,
      listeners: 4,
      showInnovations: false,
      revenueTarget: 1_000_000_000_000,
      costCap: 1_000_000_000_000,
    });
    expect(res.ok).toBe(true);
    const s = stateSetups(level, g.state, 'en');
    expect(s[0]?.size).toBe('small');
    expect(s[0]?.focus).toBe('conversation');
    expect(s[0]?.roles.every((r) => r === 'listen')).toBe(true);
    expect(sameSetups(s, stateSetups(level, g.state, 'en'))).toBe(true);
    expect(sameSetups(s, levelSetups(level, 'en'))).toBe(false);
  });
});

describe('viewFor', () => {
  it('shows the hall without a game and during plan and fair, the street after it', () => {
    const level = shippedLevel('the-fair');
    const g = newGame(level, '1');
    expect(viewFor({ game: null, screen: 'title' })).toBe('hall');
    expect(viewFor({ game: g, screen: 'play' })).toBe('hall');
    g.state.phase = 'after';
    expect(viewFor({ game: g, screen: 'play' })).toBe('street');
    expect(viewFor({ game: g, screen: 'title' })).toBe('hall');
    expect(viewFor({ game: g, screen: 'debrief' })).toBe('street');
  });
});
