// Numbers, money, percentages and clock times formatted with Intl for the player's language.
// Money arrives in integer cents and is shown in euros (the game is set in the Netherlands).
import type { Lang } from '../store/settings';

const LOCALE: Record<Lang, string> = { en: 'en-GB', nl: 'nl-NL' };

// One formatter per language and format name, made on first use: the HUD formats every
// frame, and building an Intl formatter (or a key from its options) each time is slow.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  lang: Lang,
  name: string,
  make: (locale: string) => F,
): F {
  const key = `${lang}:${name}`;
  let f = cache.get(key) as F | undefined;
  if (!f) {
    f = make(LOCALE[lang]);
    cache.set(key, f);
  }
  return f;
}

function nf(lang: Lang, name: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(lang, name, (locale) => new Intl.NumberFormat(locale, opts));
}

/** €12,345 / € 12.345 — whole euros. */
export function money(cents: number, lang: Lang): string {
  return nf(lang, 'money', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    Math.round(cents / 100),
  );
}

/**
 * €1.2M, €917.7K / € 1,2 mln., € 917.700 — compact, for chart axes and tight HUD space. Dutch
 * has no short word for thousands beside "mln." (Intl's "K" reads as English next to it), so
 * under a million it is the amount itself, to the hundred euros from €10,000 up.
 */
export function moneyShort(cents: number, lang: Lang): string {
  const euros = Math.round(cents / 100);
  if (lang === 'nl' && Math.abs(euros) < 999_950) {
    return money((Math.abs(euros) >= 10_000 ? Math.round(euros / 100) * 100 : euros) * 100, lang);
  }
  return nf(lang, 'moneyShort', {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(euros);
}

export function number(n: number, lang: Lang, digits = 0): string {
  return nf(lang, `number${digits}`, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(
    n,
  );
}

/** 0.42 → 42% / 42%. */
export function percent(share: number, lang: Lang): string {
  return nf(lang, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A clock time from minutes after midnight: 09:15 / 09:15. */
export function clock(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = Math.floor(minutes % 60);
  const f = cached(
    lang,
    'clock',
    (locale) =>
      new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }),
  );
  return f.format(Date.UTC(2000, 0, 1, h, m));
}
