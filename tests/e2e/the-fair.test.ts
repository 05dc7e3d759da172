// A full season of the-fair through the interface — plan, take over a conversation, follow up
// a lead, read the review, choose an improvement — then the listener bot finishes the game.
// The browser's whole command log, replayed by the simulation in Node, ends with the same hash.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import { gameHash, replay, SIM_VERSION } from '../../src/sim';
import { launch, openPage, shot } from './browser';
import {
  dispatch,
  hash,
  pauseWithSomeoneAtOurBooth,
  phase,
  ready,
  replayRecord,
  startBot,
  state,
  waitForPhase,
} from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a season of the-fair, played through the interface', () => {
  it('plans, talks, follows up, reviews, and the bot finishes with a replayable hash', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await ready(page);
    await page.getByRole('button', { name: 'Play The Fair' }).click();
    await page.getByRole('button', { name: 'Start season 1' }).click();

    // A medium booth with both roles, no innovation on show, the minimum promise.
    await page.getByRole('radio', { name: /^Medium/ }).check();
    await page.getByRole('radio', { name: /^Product display/ }).check();
    await page.getByRole('checkbox', { name: /Show .* at the booth/ }).uncheck();
    // The story moment: invite the CEO to the fair.
    await page.getByRole('checkbox', { name: 'Invite the CEO to the fair' }).check();
    await page.getByRole('button', { name: /Make the promise/ }).click();
    await waitForPhase(page, 'fair');
    const planned = await state(page);
    expect(planned?.plan?.booth).toBe('medium');
    expect(planned?.plan?.showInnovations).toBe(false);
    expect(planned?.plan?.inviteCeo).toBe(true);
    expect(planned?.history[0]?.visit).not.toBeNull();

    // Take over a conversation: pitch to one visitor.
    const atBooth = page.getByRole('list', { name: /At your booth/ }).getByRole('button');
    // Paused with someone waiting, so the visitor cannot walk off between seeing and clicking.
    await pauseWithSomeoneAtOurBooth(page);
    await atBooth.first().click();
    const card = page.getByRole('dialog');
    const before = await state(page);
    await card.getByRole('button', { name: 'Pitch the new product' }).click();
    const after = await state(page);
    expect(after?.history[0]?.pitches).toBe((before?.history[0]?.pitches ?? 0) + 1);
    // They answer in their own words, and the card shows their face.
    await expect(card.locator('.card-reply').textContent()).resolves.toMatch(/^“.+”$/);
    await expect(
      card.getByRole('img', { name: (await card.locator('h2').textContent()) ?? '' }).count(),
    ).resolves.toBe(1);
    await shot(page, 'the-fair-01-pitch-outcome');
    await card.getByRole('button', { name: 'Back to the hall' }).first().click();

    // The rest of the fair, quickly (a trainer's console would do the same).
    await dispatch(page, { type: 'advance', steps: 500 });
    await waitForPhase(page, 'after');
    await shot(page, 'the-fair-02-after');
    // The CEO came and judged what he saw, or sent word that he could not come.
    const visit = (await state(page))?.history[0]?.visit;
    expect(visit?.judged).toBe(visit?.comes);

    // What moved the CEO and the team: the causes in the popover are the season's own moves.
    await page.getByRole('button', { name: 'What moved the CEO and your team this season' }).click();
    await page.waitForSelector('#moves-pop h3');
    const listed = await page
      .locator('#moves-pop [data-cause]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.cause));
    const moves = (await state(page))?.history[0]?.moves;
    const moved = [...Object.entries(moves?.patience ?? {}), ...Object.entries(moves?.mood ?? {})].filter(
      ([, v]) => Math.round(v) !== 0,
    );
    expect(listed.sort()).toEqual(moved.map(([k]) => k).sort());
    expect(listed.length).toBeGreaterThan(0);
    await shot(page, 'the-fair-02a-moves');
    await page.getByRole('button', { name: 'Close', exact: true }).click();

    // Follow up a lead, then play the weeks.
    const send = page.getByRole('button', { name: 'Send a proposal' });
    await send.first().waitFor({ timeout: 20_000 });
    await send.first().click();
    const followed = await state(page);
    expect(followed?.history[0]?.followUps).toBe(1);
    await page.getByRole('button', { name: 'Next week' }).click();
    // A rule plays two weeks: two proposals a week, best leads first; then Stop, and by hand again.
    await page.keyboard.press('4');
    await page.selectOption('#rule-leads', 'all');
    await page.selectOption('#rule-per-week', '2');
    await page.click('[data-rule-play]');
    await page.waitForSelector('[data-rule-stop]');
    expect(await page.getByRole('button', { name: 'Next week' }).isDisabled()).toBe(true);
    await page.waitForFunction(
      () =>
        ((window as unknown as { listeningBooth: { state(): { week: number } } }).listeningBooth.state()
          ?.week ?? 0) >= 3,
      null,
      { timeout: 60_000, polling: 100 },
    );
    await page.click('[data-rule-stop]');
    await page.waitForSelector('[data-rule-play]');
    const ruled = await state(page);
    expect(ruled?.history[0]?.followUps).toBeGreaterThan(1);
    // Every fourth week the CEO comes down to the street: the bubble names him, says which way
    // his patience went and why in numbers; the player can close it.
    const from = (await state(page))?.week ?? 0;
    const judged = Math.ceil((from + 1) / 4) * 4;
    expect(judged).toBeLessThan(12);
    for (let week = from; week < judged; week++) {
      await page.getByRole('button', { name: 'Next week' }).click();
      await page.waitForFunction(
        (w) =>
          ((window as unknown as { listeningBooth: { state(): { week: number } } }).listeningBooth.state()
            ?.week ?? 0) > w,
        week,
      );
    }
    const says = page.locator('.ceo-street');
    await says.waitFor({ state: 'visible' });
    await expect(says.textContent()).resolves.toMatch(
      /Mr Harmsen.*patience \d+.*“.+”.*\(You are €[\d,]+ (ahead of|behind) the path/,
    );
    await shot(page, 'the-fair-02c-ceo-says');
    await says.getByRole('button', { name: 'Close the CEO’s remark' }).click();
    await says.waitFor({ state: 'hidden' });
    await shot(page, 'the-fair-02b-rule');
    await page.getByRole('button', { name: 'Skip to the review' }).click();
    // With open leads left (how many the rule reached before Stop varies), the game asks first.
    await page.waitForFunction(
      () =>
        document.querySelector('[role="alertdialog"]') !== null ||
        (window as unknown as { listeningBooth: { state(): { phase: string } } }).listeningBooth.state()
          ?.phase === 'review',
    );
    const ask = page.getByRole('alertdialog');
    if (await ask.count()) await ask.getByRole('button', { name: 'Skip to the review' }).click();
    await waitForPhase(page, 'review');

    // Read the review: the charts and where the orders came from.
    await expect(page.getByRole('heading', { name: 'Season 1 in review' }).isVisible()).resolves.toBe(true);
    await expect(page.getByText('The fair and the weeks after').first().isVisible()).resolves.toBe(true);
    // The season added up week by week, one line per company, each layoff of the season pinned
    // under its week and listed in words.
    const chart = await page.evaluate(() => {
      const fig = [...document.querySelectorAll('figure.chart')].find((f) =>
        f.querySelector('.chart-title')?.textContent?.startsWith('The fair and the weeks after'),
      );
      return fig
        ? {
            lines: fig.querySelectorAll('path.line').length,
            pins: fig.querySelectorAll('path.event-pin').length,
            listed: document.querySelectorAll('.season-layoffs li').length,
          }
        : null;
    });
    const seasonLayoffs = (await state(page))?.news.filter(
      (n) => n.kind === 'layoff' && n.season === 0,
    ).length;
    expect(chart?.lines).toBe(1 + shippedLevel('the-fair').competitors.length);
    expect(chart?.pins).toBe(seasonLayoffs);
    expect(chart?.listed).toBe(seasonLayoffs);
    await shot(page, 'the-fair-03-review');
    await page.getByRole('button', { name: /Improve what customers told you/ }).click();
    await waitForPhase(page, 'plan');
    await expect(page.getByRole('heading', { name: 'Season 2: plan the fair' }).isVisible()).resolves.toBe(
      true,
    );
    expect((await state(page))?.improvements[0]?.choice).toBe('customer');

    // The listener bot takes over and plays to the end.
    expect(await startBot(page, 'listener')).toBe(true);
    await waitForPhase(page, 'ended', 180_000);
    expect(await phase(page)).toBe('ended');

    // The whole log replays in Node to the browser's hash.
    const record = await replayRecord(page);
    expect(record.simVersion).toBe(SIM_VERSION);
    const res = replay(shippedLevel('the-fair'), record);
    if (!res.ok) throw new Error(`replay failed: ${res.error} at ${res.at}`);
    expect(res.game.state.phase).toBe('ended');
    const browserHash = await hash(page);
    expect(browserHash).toMatch(/^[0-9a-f]{14}$/);
    expect(gameHash(res.game)).toBe(browserHash);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
