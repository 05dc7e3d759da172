// The review and the debrief load their code on demand (src/ui/lazy-part.ts). When that code
// cannot be fetched — a dropped connection — the screen says so in words, and a reload once the
// connection is back continues the same game on the review: nothing is lost.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import { dispatch, hash, pauseFair, ready, state, waitForPhase } from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('screens loaded on demand', () => {
  it('a review whose code cannot be fetched says so, and a reload continues on the review', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en&level=the-fair&seed=7`);
    // The connection drops for the review's own chunk, from the start (so the prefetch fails too).
    await page.route(/\/assets\/review-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await ready(page);
    await page.getByRole('button', { name: 'Start season 1' }).click();
    await page.getByRole('button', { name: /Make the promise/ }).click();
    await waitForPhase(page, 'fair');
    await pauseFair(page);
    await page.evaluate(() => {
      const api = (
        window as unknown as {
          listeningBooth: { state(): { phase: string } | null; dispatch(c: unknown): unknown };
        }
      ).listeningBooth;
      for (let i = 0; i < 5000 && api.state()?.phase === 'fair'; i++)
        api.dispatch({ type: 'advance', steps: 1 });
    });
    await waitForPhase(page, 'after');
    const weeks = (await state(page))?.week ?? 0;
    expect((await dispatch(page, { type: 'advance', steps: 12 - weeks })).ok).toBe(true);
    await waitForPhase(page, 'review');
    const alert = page.getByRole('alert').filter({ hasText: 'This part of the game could not be loaded' });
    await alert.waitFor({ timeout: 60_000 });
    await shot(page, 'review-could-not-load');
    const saved = await hash(page);
    // Only the refused fetches themselves may show in the console.
    expect(errors.filter((e) => !/Failed to load resource|net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual(
      [],
    );

    await page.unroute(/\/assets\/review-[^/]*\.js$/);
    // Back to the game's own address (the level link would ask before replacing the saved game).
    await page.goto(`${inject('baseUrl')}?lang=en`);
    await ready(page);
    await page.locator('.review-screen .screen-title').waitFor({ timeout: 60_000 });
    expect((await state(page))?.phase).toBe('review');
    expect(await hash(page)).toBe(saved);
    await page.context().close();
  });
});
