// The download budget, on the build the e2e suite serves (global-setup builds dist/ first): the
// game page's start-up JavaScript (its entry and the modules it preloads), gzip -9, stays within
// 0.9× of Phaser's own phaser.min.js gzipped. Sizes, not timings: the same build gives the same
// bytes on any machine. All of the JavaScript (four pages, chunks on demand) is printed beside.
import { describe, expect, it } from 'vitest';
import { bundleSize, STARTUP_BUDGET, startupScripts } from '../../src/cli/bundle-size';

describe('bundle budget', () => {
  it('finds the start-up scripts of a built page', () => {
    const html =
      '<script type="module" crossorigin src="./assets/main-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/phaser-2.js"><link rel="stylesheet" href="./assets/a.css">';
    expect(startupScripts(html)).toEqual(['assets/main-1.js', 'assets/phaser-2.js']);
  });

  it('loads at most 0.9× phaser.min.js of JavaScript to start, gzipped', () => {
    const size = bundleSize();
    process.stdout.write(`bundle: ${JSON.stringify(size)}\n`);
    expect(size.startupGzipBytes).toBeGreaterThan(100_000);
    expect(size.startupGzipBytes).toBeLessThan(size.ourJsGzipBytes);
    expect(size.startupRatioToPhaser).toBeLessThanOrEqual(STARTUP_BUDGET);
  });
});
