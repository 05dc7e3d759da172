// Bot mode in the browser: ?level=…&seed=…&bot=…&speed=max plays the whole game on screen,
// and the browser's final hash and summary equal the CLI's (the same sim, the same seed).

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { type GameSummary, runBot, summarize } from '../../src/sim';
import { launch, openPage, shot, waitForGame } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const cases: [string, string, 'listener' | 'pusher' | 'random' | 'balanced'][] = [
  ['the-fair', '42', 'listener'],
  ['the-fair', '7', 'pusher'],
  ['tutorial', 'town-hall', 'random'],
  ['boom-years', '3', 'balanced'],
];

describe('bot mode', () => {
  for (const [level, seed, bot] of cases) {
    it(`${level} seed ${seed} by the ${bot} ends with the CLI's hash`, async () => {
      const { page, errors } = await openPage(
        browser,
        `${inject('baseUrl')}?level=${level}&seed=${seed}&bot=${bot}&speed=max`,
      );
      await waitForGame(page);
      await page.waitForFunction(
        () => {
          const api = (window as unknown as { listeningBooth: { state(): { phase: string } | null } })
            .listeningBooth;
          return api.state()?.phase === 'ended';
        },
        null,
        { timeout: 180_000, polling: 500 },
      );
      const summary = (await page.evaluate(() =>
        (window as unknown as { listeningBooth: { summary(): unknown } }).listeningBooth.summary(),
      )) as GameSummary;
      const cli = summarize(runBot(shippedLevel(level), seed, bot), bot);
      expect(summary.hash).toBe(cli.hash);
      expect(summary).toEqual(cli);
      if (level === 'the-fair' && bot === 'listener') await shot(page, 'bot-the-fair-listener-end');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('a player hands the game to a bot from the menu, and the bot ends where the CLI does', async () => {
    const { page, errors } = await openPage(
      browser,
      `${inject('baseUrl')}?level=tutorial&seed=town-hall&lang=en`,
    );
    await waitForGame(page);
    await page.getByRole('button', { name: 'Start season 1' }).click();
    // The plan has no HUD; its corner menu and Esc open the same menu as the fair's.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Resume' }).first().click();
    await page.keyboard.press('4');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Let the listener bot finish this game' }).click();
    await page.waitForFunction(
      () =>
        (
          window as unknown as { listeningBooth: { state(): { phase: string } | null } }
        ).listeningBooth.state()?.phase === 'ended',
      null,
      { timeout: 300_000, polling: 500 },
    );
    const summary = (await page.evaluate(() =>
      (window as unknown as { listeningBooth: { summary(): unknown } }).listeningBooth.summary(),
    )) as GameSummary;
    expect(summary.hash).toBe(summarize(runBot(shippedLevel('tutorial'), 'town-hall', 'listener')).hash);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 360_000);
});
