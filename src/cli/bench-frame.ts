// `npm run bench:frame`: the game's own JavaScript time per frame in headless Chromium, at the
// busiest moment of the fair, and the size of the production JavaScript. It builds the game,
// serves it, lets the balanced bot play the-fair at normal pace (real WebGL through SwiftShader), and
// reads the world's frame meter while the hall is fullest (day 1, late morning to afternoon):
// whole frames (Phaser's step: the sim clock with the overlay updates it triggers, the scene
// updates, and the render call) and the clock and scene sections on their own. Prints JSON;
// asserts nothing.
import { build, preview } from 'vite';
import type { PerfStats } from '../scenes/perf';
import { parseArgs } from './args';
import { bundleSize } from './bundle-size';
import { launchChromium } from './chromium';

const USAGE = 'usage: npm run bench:frame -- [--seed <seed>] [--skip-build]';
const HELP = `${USAGE}

Builds the game (unless --skip-build), plays the-fair by the balanced bot in headless
Chromium and prints {frame: {median, p95, max, frames}, sections: {...}, bundle: {...}} as JSON.`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { seed: 'string', 'skip-build': 'flag' }, USAGE, HELP);
  const seed = String(args.opts.seed ?? '42');
  if (!args.opts['skip-build']) await build({ logLevel: 'warn', configLoader: 'runner' });
  const bundle = bundleSize();

  const server = await preview({
    configLoader: 'runner',
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 4173;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`http://127.0.0.1:${port}/?level=the-fair&seed=${seed}&bot=balanced&speed=1`);
    type Api = { listeningBooth: { state(): { phase: string; tick: number; hall: number[] } | null } };
    type World = { listeningBoothWorld?: { resetPerf(): void; perf(): unknown } };
    const tickNow = () =>
      page.evaluate(() => {
        const s = (window as unknown as Api).listeningBooth?.state();
        return s && s.phase === 'fair' ? { tick: s.tick, hall: s.hall.length } : null;
      });
    // Wait for the hall to fill (tick 12 ≈ 12:00 on day 1), then measure until tick 30 (16:30).
    await page.waitForFunction(
      () => {
        const s = (window as unknown as Api).listeningBooth?.state();
        return Boolean(s && s.phase === 'fair' && s.tick >= 12);
      },
      null,
      { timeout: 240_000, polling: 200 },
    );
    await page.evaluate(() => (window as unknown as World).listeningBoothWorld?.resetPerf());
    let maxHall = 0;
    for (;;) {
      const now = await tickNow();
      if (!now || now.tick >= 30) break;
      maxHall = Math.max(maxHall, now.hall);
      await page.waitForTimeout(250);
    }
    const perf = (await page.evaluate(() =>
      (window as unknown as World).listeningBoothWorld?.perf(),
    )) as PerfStats;
    const round = (x: number) => Math.round(x * 100) / 100;
    const out = {
      level: 'the-fair',
      seed,
      visitorsInHallMax: maxHall,
      frame: { median: round(perf.p50), p95: round(perf.p95), max: round(perf.max), frames: perf.frames },
      sections: {
        sceneUpdateMean: round(perf.update),
        sceneUpdateP95: round(perf.updateP95),
        clockAndOverlayP95: round(perf.clockP95),
      },
      bundle,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
