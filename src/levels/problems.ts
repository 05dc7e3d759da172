// The vocabulary of level problems: the LevelProblem shape, JSON pointers (RFC 6901), showing
// a designer's value in a message (JSON-encoded, shortened) and "did you mean" suggestions by
// edit distance. Shared by loading, migration, the message writer and the reference checks.

export interface LevelProblem {
  /** JSON pointer into the file, '' for the whole file. */
  pointer: string;
  message: string;
}

/** A JSON pointer from a path: `['competitors', 0, 'pushShare']` → `/competitors/0/pushShare`. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((k) => `/${String(k).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The languages of a text, by key. */
export const LANGUAGES: Readonly<Record<string, string>> = { en: 'English', nl: 'Dutch' };

const MAX_SHOWN = 40;

/** A value as a designer wrote it: JSON-encoded, shortened when long. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  if (json.length <= MAX_SHOWN) return json;
  if (typeof value === 'string') return `${json.slice(0, MAX_SHOWN - 2)}…"`;
  return `${json.slice(0, MAX_SHOWN - 1)}…`;
}

/** Quoted and comma-separated: `"a", "b", "c"`. */
export function quoteList(items: readonly unknown[]): string {
  return items.map((x) => JSON.stringify(x)).join(', ');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const up = rows[i - 1] as number[];
      let d = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The candidate a designer most likely meant by `word`, or undefined when none is close:
 * within a third of the length in edits (at least one), or one a prefix of the other.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(w.length, best.length) / 3));
  if (bestDistance <= limit) return best;
  const prefixed = candidates.find((c) => {
    const lc = c.toLowerCase();
    return Math.min(w.length, lc.length) >= 4 && (lc.startsWith(w) || w.startsWith(lc));
  });
  return prefixed;
}

/** ` — did you mean "x"?` or ''. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` — did you mean ${JSON.stringify(suggestion)}?`;
}
