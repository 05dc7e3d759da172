// `npm run room`'s build step (scripts/build-if-stale.mjs) on a throwaway project folder: it
// builds when there is no build, skips when the sources are unchanged, builds again after an
// edit, and stops with a clear line when the build fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/build-if-stale.mjs');

function project(build: string, js = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'lb-build-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'main.ts'), 'export const a = 1;\n');
  writeFileSync(join(dir, 'index.html'), '<!doctype html>\n');
  writeFileSync(join(dir, 'build.js'), js);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', private: true, scripts: { build } }));
  return dir;
}

function room(dir: string) {
  const r = spawnSync('node', [SCRIPT], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LB_BUILD_ROOT: dir },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A build that counts its runs in the file `n` and writes dist/index.html. */
const COUNTING_BUILD = `const f = require('fs');
f.mkdirSync('dist', { recursive: true });
const n = f.existsSync('n') ? Number(f.readFileSync('n', 'utf8')) + 1 : 1;
f.writeFileSync('n', String(n));
f.writeFileSync('dist/index.html', 'built');`;

describe('npm run room: build only when the sources changed', () => {
  it('builds, skips, rebuilds after an edit', () => {
    const dir = project('node build.js', COUNTING_BUILD);
    const builds = () => Number(readFileSync(join(dir, 'n'), 'utf8'));
    expect(room(dir)).toMatchObject({ code: 0 });
    expect(builds()).toBe(1);
    expect(existsSync(join(dir, 'dist', '.sources'))).toBe(true);
    const again = room(dir);
    expect(again.code).toBe(0);
    expect(again.out).toContain('up to date');
    expect(builds()).toBe(1);
    writeFileSync(join(dir, 'src', 'main.ts'), 'export const a = 2;\n');
    expect(room(dir).code).toBe(0);
    expect(builds()).toBe(2);
    expect(room(dir).code).toBe(0);
    expect(builds()).toBe(2);
  }, 120_000);

  it('stops with a clear line when the build fails', () => {
    const dir = project('node build.js', 'process.exit(3);');
    const r = room(dir);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('The build failed');
    expect(existsSync(join(dir, 'dist', '.sources'))).toBe(false);
  }, 60_000);
});
