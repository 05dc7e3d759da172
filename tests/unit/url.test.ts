// URL parameters: valid ones apply; unknown or malformed ones become problems to show.
import { describe, expect, it } from 'vitest';
import { parseUrl } from '../../src/store/url';

describe('parseUrl', () => {
  it('reads a bot-mode link', () => {
    const u = parseUrl('?level=the-fair&seed=42&bot=listener&speed=max&lang=nl');
    expect(u).toMatchObject({
      level: 'the-fair',
      seed: '42',
      bot: 'listener',
      speed: 'max',
      lang: 'nl',
      problems: [],
    });
  });

  it('names every bad value and unknown parameter', () => {
    const u = parseUrl('?level=moon&seed=a%20b&bot=salesman&speed=11&lang=fr&colour=red');
    expect(u.level).toBeNull();
    expect(u.problems).toEqual(
      expect.arrayContaining([
        { kind: 'unknown-param', name: 'colour' },
        { kind: 'bad-level', value: 'moon' },
        { kind: 'bad-seed', value: 'a b' },
        { kind: 'bad-bot', value: 'salesman' },
        { kind: 'bad-speed', value: '11' },
        { kind: 'bad-lang', value: 'fr' },
      ]),
    );
  });

  it('needs a level for a bot', () => {
    const u = parseUrl('?bot=pusher');
    expect(u.bot).toBeNull();
    expect(u.problems).toContainEqual({ kind: 'bot-needs-level' });
  });

  it('shortens absurdly long values', () => {
    const u = parseUrl(`?level=${'x'.repeat(500)}`);
    const p = u.problems[0];
    expect(p?.kind).toBe('bad-level');
    expect(p && 'value' in p ? p.value.length : 0).toBeLessThanOrEqual(41);
  });
});
