// `npm run levels:check [files…]`: validates level files (every levels/*.json when none are
// given) and prints one line per valid file and per problem, all on stdout. Exit 0 when all
// are valid, 1 when any has a problem or cannot be read, 2 on bad arguments (DESIGN.md §5).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNotes, formatProblems, parseLevelText } from '../levels/load';
import { parseArgs, usageError } from './args';
import { readTextFile } from './read-file';

const USAGE = 'usage: npm run levels:check [-- <file.json>…]';
const HELP = `${USAGE}

Checks level files: JSON syntax, the level schema (types, ranges, required and unknown
fields), and references between fields (need ids, claim bots and seasons, unique ids, ranges).
With no files, checks every levels/*.json except level.schema.json.

Output, all on stdout, one line each; a file is named as given (levels/… relative to the
current folder when no files are given):
  ok <file>                            the file is a valid level
  <file>: <pointer>: <message>         a problem; <pointer> is a JSON pointer, / for the whole file
  <file>: <pointer>: note: <message>   a valid file written for an older schemaVersion
A file that is missing or cannot be read is a problem of that file ("cannot read the file").

Exit status: 0 when every file is valid; 1 when any file has a problem or cannot be read;
2 on bad arguments (an unknown option), with an error line and this usage line on stderr.`;

const LEVELS_DIR = fileURLToPath(new URL('../../levels/', import.meta.url));
const SCHEMA_FILE = 'level.schema.json';

function shippedFiles(): string[] {
  const names = readdirSync(LEVELS_DIR).filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE);
  return names.sort().map((f) => relative(process.cwd(), join(LEVELS_DIR, f)) || f);
}

/** The output lines for one file and whether it is valid. */
function check(file: string): { lines: string[]; ok: boolean } {
  const read = readTextFile(file);
  if (!read.ok)
    return {
      lines: formatProblems(file, [{ pointer: '', message: `cannot read the file: ${read.reason}` }]),
      ok: false,
    };
  const res = parseLevelText(read.text);
  if (!res.ok) return { lines: formatProblems(file, res.problems), ok: false };
  return { lines: [`ok ${file}`, ...formatNotes(file, res.notes)], ok: true };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), {}, USAGE, HELP);
  const option = args._.find((a) => a.startsWith('-') && a !== '-');
  if (option !== undefined) usageError(`unknown option ${option}`, USAGE);
  const files = args._.length ? args._ : shippedFiles();
  if (files.length === 0) usageError('no level files to check', USAGE);
  let allOk = true;
  const out: string[] = [];
  for (const file of files) {
    const { lines, ok } = check(file);
    out.push(...lines);
    allOk &&= ok;
  }
  process.stdout.write(`${out.join('\n')}\n`);
  process.exitCode = allOk ? 0 : 1;
}

try {
  main();
} catch (e) {
  process.stderr.write(`error: levels:check failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
