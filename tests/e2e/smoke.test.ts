// Smoke: the built page starts, draws with WebGL (not a fallback canvas), shows the title
// with the game's name, and logs no errors.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, waitForGame } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('smoke', () => {
  it('starts with a WebGL canvas and the title', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForGame(page);
    await page.waitForSelector('canvas', { timeout: 30_000 });
    const webgl = await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      if (!canvas) return 'no canvas';
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      return gl ? 'webgl' : 'not webgl';
    });
    expect(webgl).toBe('webgl');
    await expect(page.getByText('The Listening Booth').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs under a strict Content-Security-Policy that really refuses inline script', async () => {
    const { page, errors } = await openPage(browser, inject('baseUrl'));
    await waitForGame(page);
    const policy = await page.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(errors).toEqual([]);
    // The policy is live: an inline script is refused, and the refusal is reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => errors.some((e) => e.includes('CSP violation: script-src'))).toBe(true);
    await page.context().close();
  });
});
