// People's looks: deterministic per account, varied across the hall; need icons for known and
// unknown need ids; staff in their company's colour.
import { describe, expect, it } from 'vitest';
import { css, mix, shade } from '../../src/scenes/color';
import { lookForAccount, STAFF_FACES, staffLook, VISITOR_LOOKS, visitorLook } from '../../src/scenes/looks';
import { NEED_ICONS, needIcon, topNeedIndex } from '../../src/scenes/needs';
import { hash3, seeded, unit3 } from '../../src/scenes/rand';

describe('looks', () => {
  it('gives an account the same look every time', () => {
    for (let id = 0; id < 300; id++) {
      const a = lookForAccount(id);
      expect(a).toBe(lookForAccount(id));
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThan(VISITOR_LOOKS);
    }
    expect(visitorLook(5)).toEqual(visitorLook(5));
  });

  it('spreads accounts over many looks, with varied skin, hair and clothes', () => {
    const used = new Set<number>();
    for (let id = 0; id < 150; id++) used.add(lookForAccount(id));
    expect(used.size).toBeGreaterThan(VISITOR_LOOKS * 0.75);
    const looks = Array.from({ length: VISITOR_LOOKS }, (_, i) => visitorLook(i));
    expect(new Set(looks.map((l) => l.skin)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(looks.map((l) => l.hairStyle)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(looks.map((l) => l.top)).size).toBeGreaterThanOrEqual(8);
    expect(looks.some((l) => l.accessory === 'briefcase')).toBe(true);
    expect(looks.some((l) => l.skirt)).toBe(true);
  });

  it('dresses staff in the company colour', () => {
    for (let f = 0; f < STAFF_FACES; f++) {
      const l = staffLook(0xc0392b, f);
      expect(l.top).toBe(0xc0392b);
      expect(l.badge).toBe('staff');
    }
  });
});

describe('needs', () => {
  it('maps the known need ids to their icons and anything else to the generic one', () => {
    expect(needIcon('uptime')).toBe('uptime');
    expect(needIcon('Service')).toBe('service');
    expect(needIcon('cost')).toBe('cost');
    expect(needIcon('simple')).toBe('simple');
    expect(needIcon('features')).toBe('features');
    expect(needIcon('coverage')).toBe('generic');
    expect(NEED_ICONS).toContain('generic');
  });

  it('finds the heaviest need', () => {
    expect(topNeedIndex([0.1, 0.5, 0.4])).toBe(1);
    expect(topNeedIndex([0.3, 0.3])).toBe(0);
    expect(topNeedIndex([])).toBe(-1);
  });
});

describe('colour and hashing helpers', () => {
  it('mixes and shades colours', () => {
    expect(mix(0x000000, 0xffffff, 0.5)).toBe(0x808080);
    expect(mix(0x123456, 0xabcdef, 0)).toBe(0x123456);
    expect(shade(0x808080, 1)).toBe(0xffffff);
    expect(css(0x2f7d6d)).toBe('#2f7d6d');
  });

  it('hashes deterministically into 0..1', () => {
    expect(hash3(1, 2, 3)).toBe(hash3(1, 2, 3));
    expect(hash3(1, 2, 3)).not.toBe(hash3(1, 2, 4));
    for (let i = 0; i < 100; i++) {
      const u = unit3(i, 7);
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    }
    const a = seeded(42);
    const b = seeded(42);
    expect(a()).toBe(b());
  });
});
