// Who stands where at a booth (scenes/hall/placement.ts), read from a real fair in play: queued
// visitors stand in line in their queue's order, a visitor in a staff talk stands at that
// slot's station (sitting across a listener's table), a talk the player took over gets a place of
// its own beside the booth, and nobody walking about is placed by it.
import { describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { boothSpot, type Spot } from '../../src/scenes/hall/placement';
import { boothBoxes, type SizeName, stations } from '../../src/scenes/layout/hall-layout';
import { apply, newGame, planLimits, type SimState } from '../../src/sim';

function fairInPlay(): SimState {
  const L = shippedLevel('the-fair');
  const game = newGame(L, 'placement-1');
  const limits = planLimits({ L, s: game.state, ev: null });
  const ok = apply(game, {
    type: 'plan',
    booth: 'small',
    focus: 'conversation',
    pitchers: 0,
    listeners: 1,
    showInnovations: false,
    revenueTarget: limits.minTarget,
    costCap: limits.plannedCost.small + 10 * L.model.proposalCost,
  });
  expect(ok.ok).toBe(true);
  // On until a queue forms at our one-person booth while staff talks go on elsewhere.
  for (let i = 0; i < 400; i++) {
    apply(game, { type: 'advance', steps: 1 });
    const s = game.state;
    if ((s.floors[0]?.queue.length ?? 0) >= 3 && s.visitors.some((v) => v.talk && v.talk.slot >= 0)) break;
  }
  // The player takes over someone waiting at our booth, if anyone is.
  const waiting = game.state.floors[0]?.queue[0];
  if (waiting !== undefined) apply(game, { type: 'handle', visitor: waiting, action: 'listen' });
  return game.state;
}

describe('who stands where at a booth', () => {
  const s = fairInPlay();
  const boxes = boothBoxes(s.suppliers.map((x) => x.booth as SizeName));
  const drawn = s.floors.map((f, b) => stations(boxes[b] as (typeof boxes)[number], f.roles));
  const stationOf = (booth: number, slot: number) => drawn[booth]?.[slot];
  const spot = (): Spot => ({ x: 0, y: 0, kind: 'queue', rest: 'front', flip: false });

  it('lines the queue up in its order, one place each', () => {
    const floor = s.floors.find((f) => f.queue.length >= 2);
    expect(floor).toBeDefined();
    const booth = s.floors.indexOf(floor as (typeof s.floors)[number]);
    const places = (floor?.queue ?? []).map((id) => {
      const p = boothSpot(s.visitors[id] as SimState['visitors'][number], s, boxes, stationOf, 0, spot());
      expect(p?.kind).toBe('queue');
      expect(p?.rest).toBe('back');
      return `${p?.x},${p?.y}`;
    });
    expect(new Set(places).size).toBe(places.length);
    expect(booth).toBeGreaterThanOrEqual(0);
  });

  it('puts a staff talk at its slot’s station, seated across a listener’s table', () => {
    const talking = s.visitors.filter((v) => v.status === 'talking' && v.talk && v.talk.slot >= 0);
    expect(talking.length).toBeGreaterThan(0);
    for (const v of talking) {
      const st = stationOf(v.booth, v.talk?.slot ?? -1);
      const p = boothSpot(v, s, boxes, stationOf, 0, spot());
      expect(p).toMatchObject({ kind: 'station', x: st?.visitorX, y: st?.visitorY });
      expect(p?.rest).toBe(st?.role === 'listen' ? 'sit' : 'back');
      expect(p?.flip).toBe(st?.role === 'listen');
    }
  });

  it('gives each talk the player took over its own place beside the booth', () => {
    const taken = s.visitors.filter((v) => v.status === 'talking' && v.talk && v.talk.slot < 0);
    expect(taken.length).toBeGreaterThan(0);
    const v = taken[0] as SimState['visitors'][number];
    const first = boothSpot(v, s, boxes, stationOf, 0, spot());
    const second = boothSpot(v, s, boxes, stationOf, 1, spot());
    expect(first?.kind).toBe('player');
    expect([first?.x, first?.y]).not.toEqual([second?.x, second?.y]);
  });

  it('places nobody who is walking about, away or gone', () => {
    const others = s.visitors.filter((v) => v.status !== 'queue' && v.status !== 'talking');
    expect(others.length).toBeGreaterThan(0);
    for (const v of others) expect(boothSpot(v, s, boxes, stationOf, 0, spot())).toBeNull();
  });
});
