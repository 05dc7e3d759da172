// Translation: typed dictionaries (en, nl) with the same keys, looked up by dotted key with
// {placeholder} filling, {n|one|other} plurals, and the level's own { en, nl } texts picked by language.
import type { Lang } from '../store/settings';
import { type Dict, en } from './en';
import { nl } from './nl';

export const DICTS: Record<Lang, Dict> = { en, nl };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the dictionaries, e.g. 'app.name'. */
export type Key = Leaves<Dict>;

export type Vars = Record<string, string | number>;

/** The English text at a dotted key, as its literal type. */
type TextAt<T, K extends string> = K extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? TextAt<T[Head], Rest>
    : never
  : K extends keyof T
    ? T[K]
    : never;

/** The placeholder names in a text: `{name}` and the count of a plural `{n|one|other}`. */
type Names<S> = S extends `${string}{${infer Body}}${infer Rest}`
  ? (Body extends `${infer Name}|${string}` ? Name : Body) | Names<Rest>
  : never;

/** The values a key's text needs: one per placeholder, typed by name (the nl text has the same ones). */
export type VarsOf<K extends Key> = { [N in Names<TextAt<typeof en, K>>]: string | number };

/**
 * What follows the key in a call: the values its placeholders need, or nothing when it has
 * none. A key only known as any Key (picked at run time) takes any values.
 */
export type VarArgs<K extends Key> = Key extends K
  ? [vars?: Vars]
  : [Names<TextAt<typeof en, K>>] extends [never]
    ? []
    : [vars: VarsOf<K>];

function lookup(dict: Dict, key: string): string | undefined {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function fill(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

const pluralRules = { en: new Intl.PluralRules('en'), nl: new Intl.PluralRules('nl') };
const counts = { en: new Intl.NumberFormat('en'), nl: new Intl.NumberFormat('nl') };

/**
 * `{n|One run|# runs}`: the branch for the count n by the language's plural rules
 * (Intl.PluralRules), a `#` in it standing for n written as the language writes numbers.
 */
function plurals(lang: Lang, text: string, vars?: Vars): string {
  if (!vars || !text.includes('|')) return text;
  return text.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (m, name: string, one: string, other: string) => {
    if (!(name in vars)) return m;
    const n = Number(vars[name]);
    const branch = pluralRules[lang].select(n) === 'one' ? one : other;
    return branch.replace(/#/g, Number.isFinite(n) ? counts[lang].format(n) : String(vars[name]));
  });
}

/** The text for a key in a language (English if a key were ever missing; tests forbid that). */
export function translate<K extends Key>(lang: Lang, key: K, ...args: VarArgs<K>): string {
  const vars = args[0] as Vars | undefined;
  return fill(plurals(lang, lookup(DICTS[lang], key) ?? lookup(en, key) ?? key, vars), vars);
}

/** A translation function: the key, then the values its placeholders need (type-checked). */
export type Translate = <K extends Key>(key: K, ...args: VarArgs<K>) => string;

/** A translator bound to a language. */
export function translator(lang: Lang): Translate {
  return (key, ...args) => translate(lang, key, ...args);
}

/** The n-th line of level lines in the player's language (wrapping around). */
export function pickLine(lines: { en: string[]; nl: string[] }, lang: Lang, n: number): string {
  const list = lines[lang];
  return list[((n % list.length) + list.length) % list.length] ?? '';
}
