// The size of the production JavaScript a build ships, gzip -9, against Phaser's own prebuilt
// phaser.min.js gzipped: all of it (dist/assets: the game, the trainer's room, the board, the
// replay viewer, and the chunks loaded on demand), and what the game's page loads to start (its
// entry script and the modules it preloads). The budget holds the start-up download. Used by
// `npm run bench:frame` to print the figures and by the e2e suite to hold the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget: the game page's start-up JavaScript, gzipped, at most this share of phaser.min.js gzipped. */
export const STARTUP_BUDGET = 0.9;

export interface BundleSize {
  ourJsGzipBytes: number;
  ourJsRawBytes: number;
  /** The game page's entry script and the modules it preloads, gzipped. */
  startupGzipBytes: number;
  phaserMinGzipBytes: number;
  ratioToPhaser: number;
  startupRatioToPhaser: number;
}

/** The scripts a built page loads at once: its module entry and its modulepreload links. */
export function startupScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(
    /<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
  ))
    out.push((m[1] ?? m[2] ?? '').replace(/^\.\//, ''));
  return out.filter(Boolean);
}

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;

export function bundleSize(dist = 'dist', phaserMin = 'node_modules/phaser/dist/phaser.min.js'): BundleSize {
  const assets = join(dist, 'assets');
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const ours = js.reduce((sum, f) => sum + gz(join(assets, f)), 0);
  const raw = js.reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const startup = startupScripts(html).reduce((sum, f) => sum + gz(join(dist, f)), 0);
  const phaser = gz(phaserMin);
  return {
    ourJsGzipBytes: ours,
    ourJsRawBytes: raw,
    startupGzipBytes: startup,
    phaserMinGzipBytes: phaser,
    ratioToPhaser: ratio(ours, phaser),
    startupRatioToPhaser: ratio(startup, phaser),
  };
}
