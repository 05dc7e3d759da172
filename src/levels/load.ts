// Loading a level: text → JSON (with line and column on a syntax error) → migration to the
// current schemaVersion → the zod schema → cross-reference checks. The result is either a
// Level with every default filled in, or a list of problems, each with a JSON pointer and a
// message a designer can act on, in the order they appear in the file. Never throws.
import { issueProblems } from './errors';
import { parseJson } from './json-text';
import { migrate, pointerAsWritten } from './migrate';
import { playabilityProblems } from './playable';
import type { LevelProblem } from './problems';
import { referenceProblems } from './references';
import { type Level, LevelSchema } from './schema';

export type { LevelProblem } from './problems';

export type LoadResult =
  | {
      ok: true;
      level: Level;
      /** What was upgraded from an older schemaVersion (pointers as written in the file). */
      notes?: LevelProblem[];
    }
  | { ok: false; problems: LevelProblem[] };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function whatItIs(x: unknown): string {
  if (Array.isArray(x)) return 'a list [ … ]';
  if (typeof x === 'string') return 'a text';
  if (typeof x === 'number') return 'a number';
  return String(x);
}

const failure = (message: string): LoadResult => ({ ok: false, problems: [{ pointer: '', message }] });

/** Parses level data (already JSON-decoded). */
export function parseLevelData(data: unknown): LoadResult {
  try {
    return load(data);
  } catch (e) {
    // A bug in the checks must not become a crash in the game or a stack trace in a tool.
    return failure(`the level could not be checked (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Deeper than any level needs; the checks below walk the data recursively. */
const MAX_DEPTH = 32;

/** The pointer of the first value nested deeper than MAX_DEPTH, or null (iterative walk). */
function tooDeep(data: unknown): string | null {
  const stack: { value: unknown; pointer: string; depth: number }[] = [
    { value: data, pointer: '', depth: 0 },
  ];
  while (stack.length) {
    const { value, pointer, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return pointer;
    for (const [k, v] of Object.entries(value))
      stack.push({
        value: v,
        pointer: `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        depth: depth + 1,
      });
  }
  return null;
}

function load(data: unknown): LoadResult {
  if (!isObject(data))
    return failure(`the file must hold one level as a JSON object { … }, not ${whatItIs(data)}`);
  const deep = tooDeep(data);
  if (deep !== null)
    return {
      ok: false,
      problems: [
        {
          pointer: deep,
          message: `nested too deeply: a level is at most ${MAX_DEPTH} levels of { } and [ ] deep`,
        },
      ],
    };
  const m = migrate(data);
  if (m.stop) return { ok: false, problems: m.problems };
  const parsed = LevelSchema.safeParse(m.data);
  const found = [...m.problems];
  if (!parsed.success) for (const issue of parsed.error.issues) found.push(...issueProblems(issue, m.data));
  found.push(...referenceProblems(m.data));
  const problems = unique(found.map((p) => ({ ...p, pointer: pointerAsWritten(p.pointer, m.renames) })));
  if (parsed.success && problems.length === 0) problems.push(...playabilityProblems(parsed.data));
  if (parsed.success && problems.length === 0) {
    return m.notes.length
      ? { ok: true, level: parsed.data, notes: m.notes }
      : { ok: true, level: parsed.data };
  }
  if (problems.length === 0) problems.push({ pointer: '', message: 'the level does not match the schema' });
  return { ok: false, problems: inFileOrder(problems, data) };
}

function unique(problems: LevelProblem[]): LevelProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\n${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sorts problems by where their pointer (or its nearest existing parent) is in the file. */
function inFileOrder(problems: LevelProblem[], data: unknown): LevelProblem[] {
  const order = new Map<string, number>();
  const visit = (value: unknown, pointer: string) => {
    order.set(pointer, order.size);
    if (isObject(value) || Array.isArray(value)) {
      for (const [k, v] of Object.entries(value))
        visit(v, `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    }
  };
  visit(data, '');
  const position = (pointer: string): number => {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const at = order.get(p);
      if (at !== undefined || p === '') return at ?? 0;
    }
  };
  return problems
    .map((p, i) => ({ p, i, at: position(p.pointer) }))
    .sort((x, y) => x.at - y.at || x.i - y.i)
    .map((x) => x.p);
}

/** Parses the text of a level file. */
export function parseLevelText(text: string): LoadResult {
  const json = parseJson(text);
  if (json.ok) return parseLevelData(json.value);
  if (json.empty) return failure('the file is empty');
  return failure(`invalid JSON at line ${json.line}, column ${json.column}: ${json.reason}`);
}

/** One line per problem: `file: /pointer: message`. */
export function formatProblems(file: string, problems: LevelProblem[]): string[] {
  return problems.map((p) => `${file}: ${p.pointer || '/'}: ${p.message}`);
}

/** One line per migration note: `file: /pointer: note: message`. */
export function formatNotes(file: string, notes: LevelProblem[] | undefined): string[] {
  return (notes ?? []).map((n) => `${file}: ${n.pointer || '/'}: note: ${n.message}`);
}
