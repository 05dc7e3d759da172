// The board's CSV export: one row per participant and season, with a UTF-8 byte-order mark;
// English uses "," and a decimal point, Dutch ";" and a decimal comma. Fields are quoted per
// RFC 4180, and a field starting with = + - @ gets a leading ' (no spreadsheet formulas).
import type { Dict } from '../i18n/en';
import type { Lang } from '../store/settings';
import type { RunLine } from './model';

const BOM = '\uFEFF';

/** A field, made safe for a spreadsheet and quoted when it needs to be. */
export function csvField(value: string, sep: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Euros (from cents) with two decimals in the language's decimal mark. */
function euros(cents: number, lang: Lang): string {
  const s = (cents / 100).toFixed(2);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

function share(x: number, lang: Lang): string {
  const s = x.toFixed(3);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** The CSV text (BOM first) of the board's runs; `name` gives each run's shown name. */
export function boardCsv(
  lines: RunLine[],
  lang: Lang,
  words: Dict['board']['csv'],
  name: (l: RunLine) => string,
): string {
  const sep = lang === 'nl' ? ';' : ',';
  const head = [
    words.name,
    words.season,
    words.fairRevenue,
    words.afterRevenue,
    words.profit,
    words.patience,
    words.fired,
    words.listening,
    words.hash,
  ];
  const rows = [head.map((f) => csvField(f, sep)).join(sep)];
  for (const l of lines) {
    const s = l.run.game.state;
    for (const h of s.history) {
      const after = h.weeklyRevenue.reduce((a, b) => a + b, 0);
      const firedHere = s.fired !== null && s.fired.season === h.season;
      const fields = [
        name(l),
        String(h.season + 1),
        euros(h.fairRevenue, lang),
        euros(after, lang),
        euros(h.fairRevenue + after - h.costs, lang),
        String(Math.round(h.patienceEnd)),
        firedHere ? words.yes : words.no,
        share(l.listeningShare, lang),
        h.hash,
      ];
      rows.push(fields.map((f) => csvField(f, sep)).join(sep));
    }
  }
  return `${BOM}${rows.join('\r\n')}\r\n`;
}
