// Runs a command-line tool as bundled JavaScript instead of through tsx (whose start-up is a
// large share of a short run): `node scripts/bundled-cli.mjs balance …args`. The bundle of
// src/cli/<tool>.ts (and its worker) lives in .cache/cli/ and is rebuilt with esbuild when
// any file under src/ or levels/, or package-lock.json, is newer than it.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.cache', 'cli');
const ENTRIES = { balance: ['balance', 'balance-worker'] };

function newestSource(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, name)));
  return newest;
}

function bundleTime(names) {
  try {
    return Math.min(...names.map((n) => statSync(join(OUT, `${n}.js`)).mtimeMs));
  } catch {
    return -1;
  }
}

// Built in a private folder, then each file renamed into place, so tools started at the same
// time never import a half-written bundle.
async function rebuild(names) {
  const { build } = await import('esbuild');
  const tmp = mkdtempSync(join(ROOT, '.cache', 'cli-build-'));
  try {
    await build({
      entryPoints: names.map((n) => join(ROOT, 'src', 'cli', `${n}.ts`)),
      outdir: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      banner: {
        js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
      },
    });
    for (const n of names) renameSync(join(tmp, `${n}.js`), join(OUT, `${n}.js`));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const [tool] = process.argv.splice(2, 1);
const names = ENTRIES[tool];
if (!names) {
  process.stderr.write(`usage: node scripts/bundled-cli.mjs <${Object.keys(ENTRIES).join('|')}> [args…]\n`);
  process.exit(2);
}
const sources = Math.max(
  newestSource(join(ROOT, 'src')),
  newestSource(join(ROOT, 'levels')),
  newestSource(join(ROOT, 'package-lock.json')),
);
if (bundleTime(names) < sources) {
  mkdirSync(OUT, { recursive: true });
  await rebuild(names);
}
await import(pathToFileURL(join(OUT, `${tool}.js`)).href);
