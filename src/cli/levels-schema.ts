// `npm run levels:schema`: writes levels/level.schema.json from the zod schema in
// src/levels/schema.ts (draft-07, with a title, the descriptions and the defaults), so editors
// check level files that name it in "$schema". `--check` only compares and exits 1 when the
// file is out of date. Bad arguments: one line and the usage line on stderr, exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLevelJsonSchema } from '../levels/json-schema';
import { parseArgs, usageError } from './args';

const USAGE = 'usage: npm run levels:schema [-- --check]';
const HELP = `${USAGE}

Writes levels/level.schema.json, the JSON Schema of level files, from src/levels/schema.ts.
Run it after every change to the schema and commit the result.

  --check   do not write; exit 1 if levels/level.schema.json is out of date
  --help    this help`;

const args = parseArgs(process.argv.slice(2), { check: 'flag' }, USAGE, HELP);
const extra = args._[0];
if (extra !== undefined) usageError(`unexpected argument "${extra}"`, USAGE);

const file = fileURLToPath(new URL('../../levels/level.schema.json', import.meta.url));
const shown = relative(process.cwd(), file) || file;
const text = renderLevelJsonSchema();
let current: string | undefined;
try {
  current = readFileSync(file, 'utf8');
} catch {
  current = undefined;
}

if (args.opts.check) {
  if (current === text) process.stdout.write(`ok ${shown} is up to date\n`);
  else {
    process.stdout.write(`${shown} is out of date: run \`npm run levels:schema\`\n`);
    process.exitCode = 1;
  }
} else if (current === text) {
  process.stdout.write(`${shown} is up to date\n`);
} else {
  try {
    writeFileSync(file, text);
    process.stdout.write(`wrote ${shown}\n`);
  } catch (e) {
    process.stderr.write(
      `error: cannot write ${shown} (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})\n`,
    );
    process.exitCode = 1;
  }
}
