// The simulation's boundary is enforced by lint: Biome's override for src/sim bans the clock,
// the DOM and timers as globals and imports of Phaser, the store and other layers; the purity
// script bans Math.random, ** and Math.pow, and any import from outside src/sim. Both must catch a probe.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const probe = [
  "import * as Phaser from 'phaser';",
  "import { createSession } from '../store/session';",
  'export const now = Date.now() + performance.now();',
  'export const here = typeof window === "undefined" ? document : null;',
  'export const dice = Math.random();',
  'export const used = [Phaser, createSession];',
  'export const grown = 1.01 ** 39 + Math.pow(0.9, 3);',
  '',
].join('\n');

describe('sim lint boundary', () => {
  // Biome applies the override by path, so the probe must sit in src/sim for a moment (Biome
  // prints no diagnostics for stdin). It is removed whatever happens.
  function lintAt(path: string): string {
    writeFileSync(path, probe);
    try {
      const res = spawnSync('npx', ['biome', 'lint', path], { encoding: 'utf8' });
      return `${res.status}\n${res.stdout}${res.stderr}`;
    } finally {
      rmSync(path, { force: true });
    }
  }

  it('Biome rejects clock, DOM and foreign imports in src/sim', () => {
    const out = lintAt(`src/sim/zz-lint-probe-${process.pid}.ts`);
    expect(out.startsWith('0\n')).toBe(false);
    expect(out).toMatch(/The simulation may not import Phaser/);
    expect(out).toMatch(/src\/sim imports only from src\/sim/);
    expect(out).toMatch(/global variable Date/);
    expect(out).toMatch(/global variable performance/);
    expect(out).toMatch(/global variable document/);
  });

  it('the same code outside src/sim is allowed by those rules', () => {
    const out = lintAt(`src/store/zz-lint-probe-${process.pid}.ts`);
    expect(out).not.toMatch(/The simulation may not/);
    expect(out).not.toMatch(/global variable Date/);
  });

  it('the purity script rejects Math.random and imports from outside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-probe-'));
    writeFileSync(join(dir, 'probe.ts'), probe);
    const res = spawnSync('npx', ['tsx', 'scripts/check-sim-purity.ts', dir], { encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/probe\.ts:5: Math\.random/);
    expect(res.stderr).toMatch(/import of "\.\.\/store\/session"/);
    expect(res.stderr).toMatch(/import of "phaser"/);
    expect(res.stderr).toMatch(/probe\.ts:7: \*\* or Math\.pow/);
    expect(res.stderr.match(/\*\* or Math\.pow/g)?.length).toBe(2);
  });

  it('src/sim itself passes', () => {
    const res = spawnSync('npx', ['tsx', 'scripts/check-sim-purity.ts'], { encoding: 'utf8' });
    expect(res.status).toBe(0);
  });
});
