// `npm run room`'s build step: builds the game into dist/ only when its sources changed since
// the last build (a SHA-256 over every input file, kept in dist/.sources), so a restart during
// a workshop is instant. `--force` always builds. Any build failure stops `npm run room`.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// LB_BUILD_ROOT points it at another project folder (its test does).
const root = process.env.LB_BUILD_ROOT ?? new URL('..', import.meta.url).pathname;
const INPUTS = ['src', 'levels', 'assets', 'index.html', 'board.html', 'room.html', 'watch.html'];
const CONFIG = ['vite.config.ts', 'tsconfig.json', 'package-lock.json'];
const STAMP = join(root, 'dist', '.sources');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

function fingerprint() {
  const hash = createHash('sha256');
  hash.update(`LEVELS_DIR=${process.env.LEVELS_DIR ?? ''}\n`);
  for (const f of [...INPUTS, ...CONFIG].flatMap((p) => files(join(root, p)))) {
    hash.update(`${relative(root, f)}\n`);
    hash.update(readFileSync(f));
  }
  return hash.digest('hex');
}

const force = process.argv.includes('--force');
const sum = fingerprint();
const built = existsSync(join(root, 'dist', 'index.html')) && existsSync(STAMP);
if (!force && built && readFileSync(STAMP, 'utf8').trim() === sum) {
  console.log('dist/ is up to date with the sources: starting without a build.');
  process.exit(0);
}
console.log('Building the game into dist/ …');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['run', 'build', '--', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('The build failed (see above); the room server was not started.');
  process.exit(run.status ?? 1);
}
writeFileSync(STAMP, `${sum}\n`);
