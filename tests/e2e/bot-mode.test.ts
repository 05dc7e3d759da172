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
});
