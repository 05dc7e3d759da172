// Intl formatting for the player's language: money from cents, compact money, percent, clock.
import { describe, expect, it } from 'vitest';
import { clock, money, moneyShort, number, percent } from '../../src/i18n/format';

const norm = (s: string) => s.replace(/\s/g, ' ');

describe('format', () => {
  it('shows cents as whole euros in each language', () => {
    expect(norm(money(1234567, 'en'))).toBe('€12,346');
    expect(norm(money(1234567, 'nl'))).toBe('€ 12.346');
  });
  it('shows compact money', () => {
    expect(norm(moneyShort(123_456_700, 'en'))).toMatch(/€1\.2m/i);
    expect(norm(moneyShort(123_456_700, 'nl'))).toMatch(/1,2\s?mln/);
    // Dutch: no English "K" beside "mln.": below a million the amount itself, to the hundred.
    expect(norm(moneyShort(91_774_300, 'nl'))).toBe('€ 917.700');
    expect(norm(moneyShort(91_774_300, 'en'))).toBe('€917.7k');
    expect(norm(moneyShort(123_400, 'nl'))).toBe('€ 1.234');
    expect(norm(moneyShort(-25_012_300, 'nl'))).toBe('€ -250.100');
    expect(norm(moneyShort(99_996_000, 'nl'))).toMatch(/1(,0)?\s?mln/);
  });
  it('shows percentages and clock times', () => {
    expect(percent(0.42, 'en')).toBe('42%');
    expect(norm(percent(0.42, 'nl'))).toMatch(/42 ?%/);
    expect(clock(9 * 60 + 15, 'en')).toBe('09:15');
    expect(clock(17 * 60, 'nl')).toBe('17:00');
  });
  it('gives, from its cached formatters, what fresh Intl formatters give, call after call', () => {
    const locales = { en: 'en-GB', nl: 'nl-NL' } as const;
    const cents = [0, 1, 49, 50, 99_999, 1_234_567, -250_000, 123_456_700, 9_999_999_999];
    for (const lang of ['en', 'nl', 'en', 'nl'] as const) {
      const loc = locales[lang];
      const eur = new Intl.NumberFormat(loc, {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: 0,
      });
      const short = new Intl.NumberFormat(loc, {
        style: 'currency',
        currency: 'EUR',
        notation: 'compact',
        maximumFractionDigits: 1,
      });
      for (const c of cents) {
        expect(money(c, lang)).toBe(eur.format(Math.round(c / 100)));
        if (lang === 'en' || Math.abs(c) >= 99_995_000)
          expect(moneyShort(c, lang)).toBe(short.format(Math.round(c / 100)));
      }
      for (const digits of [0, 1, 2, 0]) {
        const nf = new Intl.NumberFormat(loc, {
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });
        for (const n of [0, 3.256, 1234.5, -7]) expect(number(n, lang, digits)).toBe(nf.format(n));
      }
      const pct = new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 0 });
      for (const s of [0, 0.005, 0.42, 1, 1.5]) expect(percent(s, lang)).toBe(pct.format(s));
      const time = new Intl.DateTimeFormat(loc, {
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
        timeZone: 'UTC',
      });
      for (const m of [0, 9 * 60 + 15, 17 * 60, 23 * 60 + 59, 24 * 60 + 5]) {
        const want = time.format(Date.UTC(2000, 0, 1, Math.floor(m / 60) % 24, m % 60));
        expect(clock(m, lang)).toBe(want);
      }
    }
  });
});
