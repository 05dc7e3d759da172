// Numbers, money, percentages and clock times formatted with Intl for the player's language.
// Money arrives in integer cents and is shown in euros (the game is set in the Netherlands).
import type { Lang } from '../store/settings';

const LOCALE: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}:${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], opts);
    cache.set(key, f);
  }
  return f;
}

/** €12,345 / € 12.345 — whole euros. */
export function money(cents: number, lang: Lang): string {
  return nf(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    Math.round(cents / 100),
  );
}

/** €1.2M / € 1,2 mln — compact, for chart axes and tight HUD space. */
export function moneyShort(cents: number, lang: Lang): string {
  return nf(lang, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(Math.round(cents / 100));
}

export function number(n: number, lang: Lang, digits = 0): string {
  return nf(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

/** 0.42 → 42% / 42%. */
export function percent(share: number, lang: Lang): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A clock time from minutes after midnight: 09:15 / 09:15. */
export function clock(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = Math.floor(minutes % 60);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'UTC',
  }).format(Date.UTC(2000, 0, 1, h, m));
}
