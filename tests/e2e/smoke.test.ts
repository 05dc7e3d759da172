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
});
