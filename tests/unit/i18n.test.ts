// The dictionaries: English and Dutch have exactly the same keys, no empty texts, and the same
// placeholders in every text (a {value} lost in translation would show up as a bare brace).
import { describe, expect, it } from 'vitest';
import { DICTS, fill, pickLine, translate, translator } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    out.set(prefix, node);
    return out;
  }
  for (const [k, v] of Object.entries(node)) {
    for (const [key, value] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(key, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const enLeaves = leaves(en);
  const nlLeaves = leaves(nl);

  it('have exactly the same keys', () => {
    expect([...nlLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have only non-empty strings', () => {
    for (const [lang, map] of [
      ['en', enLeaves],
      ['nl', nlLeaves],
    ] as const) {
      for (const [key, value] of map) {
        expect(typeof value, `${lang}: ${key}`).toBe('string');
        expect((value as string).trim().length, `${lang}: ${key} is empty`).toBeGreaterThan(0);
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of enLeaves) {
      expect(placeholders(nlLeaves.get(key) as string), key).toEqual(placeholders(value as string));
    }
  });

  it('are the ones the translator uses', () => {
    expect(DICTS.en).toBe(en);
    expect(DICTS.nl).toBe(nl);
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'common.season', { n: 2, total: 4 })).toBe('Season 2 of 4');
    expect(translate('nl', 'common.season', { n: 2, total: 4 })).toBe('Seizoen 2 van 4');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it("picks the plural form by the language's rules", () => {
    const vars = (n: number) => ({ level: 'L', seed: 's', n });
    expect(translate('en', 'board.subtitle', vars(1))).toBe('L · world s · 1 run');
    expect(translate('en', 'board.subtitle', vars(0))).toBe('L · world s · 0 runs');
    expect(translate('nl', 'board.subtitle', vars(1))).toBe('L · wereld s · 1 spel');
    expect(translate('nl', 'board.subtitle', vars(44))).toBe('L · wereld s · 44 spellen');
  });

  it('words a count of one in full and writes # as the language writes numbers', () => {
    expect(translate('en', 'title.seasons', { n: 1 })).toBe('One season');
    expect(translate('en', 'title.seasons', { n: 4 })).toBe('4 seasons');
    expect(translate('nl', 'title.seasons', { n: 1 })).toBe('Eén seizoen');
    expect(translate('nl', 'title.seasons', { n: 12 })).toBe('12 seizoenen');
    expect(translate('en', 'news.layoff', { company: 'Copytron', n: 1 })).toBe(
      'Copytron lets one person go.',
    );
    expect(translate('en', 'news.layoff', { company: 'Copytron', n: 1200 })).toBe(
      'Copytron lets 1,200 people go.',
    );
    expect(translate('nl', 'news.layoff', { company: 'Copytron', n: 1200 })).toBe(
      'Copytron ontslaat 1.200 medewerkers.',
    );
    expect(translate('en', 'after.skipAsk', { n: 1 })).toMatch(
      /^One lead is still open\. It will go cold if/,
    );
    expect(translate('nl', 'after.skipAsk', { n: 3 })).toMatch(
      /^Er staan nog 3 leads open\. .* Toch doorgaan\?$/,
    );
    expect(translate('en', 'debrief.youTotal', { value: '€1', profit: '€0', seasons: 1 })).toContain(
      'in one season,',
    );
    expect(translate('nl', 'debrief.youTotal', { value: '€1', profit: '€0', seasons: 4 })).toContain(
      'in 4 seizoenen,',
    );
  });

  it('type-checks placeholder values by key (npm test runs tsc over this file)', () => {
    const t = translator('en');
    expect(t('common.season', { n: 1, total: 4 })).toBe('Season 1 of 4');
    expect(t('app.name')).toBe('The Listening Booth');
    // @ts-expect-error: a key with placeholders needs its values
    expect(t('common.season')).toBe('Season {n} of {total}');
    // @ts-expect-error: every placeholder, by name
    expect(t('common.season', { n: 2 })).toBe('Season 2 of {total}');
    // @ts-expect-error: a text without placeholders takes no values
    expect(t('app.name', { n: 1 })).toBe('The Listening Booth');
  });

  it('switches language with the translator', () => {
    expect(translator('en')('card.listen')).toBe('Listen and take notes');
    expect(translator('nl')('card.listen')).not.toBe('Listen and take notes');
  });

  it('picks level lines by number, wrapping around', () => {
    const lines = { en: ['a', 'b', 'c'], nl: ['x'] };
    expect(pickLine(lines, 'en', 4)).toBe('b');
    expect(pickLine(lines, 'en', -1)).toBe('c');
    expect(pickLine(lines, 'nl', 7)).toBe('x');
  });
});
