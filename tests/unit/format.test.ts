// Intl formatting for the player's language: money from cents, compact money, percent, clock.
import { describe, expect, it } from 'vitest';
import { clock, money, moneyShort, percent } from '../../src/i18n/format';

const norm = (s: string) => s.replace(/\s/g, ' ');

describe('format', () => {
  it('shows cents as whole euros in each language', () => {
    expect(norm(money(1234567, 'en'))).toBe('€12,346');
    expect(norm(money(1234567, 'nl'))).toBe('€ 12.346');
  });
  it('shows compact money', () => {
    expect(norm(moneyShort(123_456_700, 'en'))).toMatch(/€1\.2m/i);
    expect(norm(moneyShort(123_456_700, 'nl'))).toMatch(/1,2\s?mln/);
  });
  it('shows percentages and clock times', () => {
    expect(percent(0.42, 'en')).toBe('42%');
    expect(norm(percent(0.42, 'nl'))).toMatch(/42 ?%/);
    expect(clock(9 * 60 + 15, 'en')).toBe('09:15');
    expect(clock(17 * 60, 'nl')).toBe('17:00');
  });
});
