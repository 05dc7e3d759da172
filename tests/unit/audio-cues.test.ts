// Which events make which sound: our booth and our company only, one cue of a kind per batch,
// and a limiter that keeps a fast-forwarded game from turning into noise.
import { describe, expect, it } from 'vitest';
import { CUE_GAP_MS, type Cue, CueLimiter, cuesFor } from '../../src/audio/cues';
import type { SimEvent } from '../../src/sim';

const outcome = (over: Partial<Extract<SimEvent, { t: 'outcome' }>>): SimEvent => ({
  t: 'outcome',
  visitor: 1,
  booth: 0,
  action: 'pitch',
  byPlayer: false,
  order: -1,
  sold: 0,
  lead: -1,
  trust: 0,
  irritation: 0,
  learned: -1,
  ...over,
});

describe('cuesFor', () => {
  const out: Cue[] = [];
  it('chimes once for our signed orders', () => {
    expect(
      cuesFor([{ t: 'order', order: 1 }, outcome({ sold: 5000 }), { t: 'order', order: 2 }], out),
    ).toEqual(['chime']);
  });

  it('thuds for an irritated visitor at our booth, not at a competitor', () => {
    expect(cuesFor([outcome({ irritation: 0.2 })], out)).toEqual(['thud']);
    expect(cuesFor([outcome({ booth: 2, irritation: 0.2 })], out)).toEqual([]);
    expect(cuesFor([{ t: 'give-up', visitor: 1, booth: 0 }], out)).toEqual(['thud']);
  });

  it('murmurs when a conversation starts at our booth or the player listens', () => {
    expect(cuesFor([{ t: 'talk', visitor: 1, booth: 0, action: 'listen' }], out)).toEqual(['murmur']);
    expect(cuesFor([outcome({ byPlayer: true, action: 'ask', trust: 0.1 })], out)).toEqual(['murmur']);
    expect(cuesFor([{ t: 'talk', visitor: 1, booth: 1, action: 'listen' }], out)).toEqual([]);
  });

  it('sounds a low tone for layoffs and for being fired', () => {
    expect(cuesFor([{ t: 'layoff', supplier: 1, count: 3 }], out)).toEqual(['layoff']);
    expect(cuesFor([{ t: 'fired' }], out)).toEqual(['layoff']);
  });

  it('stays quiet for everything else', () => {
    expect(
      cuesFor(
        [
          { t: 'arrive', visitor: 1 },
          { t: 'leave', visitor: 1 },
          { t: 'phase', phase: 'after' },
          { t: 'cold', lead: 1 },
        ],
        out,
      ),
    ).toEqual([]);
  });
});

describe('CueLimiter', () => {
  it('lets a cue through once per gap', () => {
    const l = new CueLimiter();
    expect(l.allow('chime', 1000)).toBe(true);
    expect(l.allow('chime', 1000 + CUE_GAP_MS.chime - 1)).toBe(false);
    expect(l.allow('thud', 1001)).toBe(true);
    expect(l.allow('chime', 1000 + CUE_GAP_MS.chime)).toBe(true);
  });
});
