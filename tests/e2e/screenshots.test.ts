// Screenshots of every phase in both languages, on a laptop (1280×720) and a phone in
// landscape (844×390), into screenshots/ (see the README); plus a projector (1920×1080) and a
// phone held upright (390×844). At every step the page must fit its width and log no errors.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import {
  dispatch,
  fitsWidth,
  hudFits,
  pauseFair,
  phase,
  ready,
  waitForPhase,
  worldShowsAbovePanel,
} from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const START: Record<string, string> = { en: 'Start season 1', nl: 'Begin seizoen 1' };
const PROMISE: Record<string, RegExp> = { en: /Make the promise/, nl: /Doe de belofte/ };
const PLAY: Record<string, string> = { en: 'Play The Fair', nl: 'Spelen: De Beurs' };
const DEBRIEF: Record<string, string> = { en: 'To the debrief', nl: 'Naar de nabespreking' };

async function step(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await shot(page, name);
  expect(await fitsWidth(page), `${name} fits the width`).toBe(true);
  expect(await hudFits(page), `${name}: the HUD shows all it holds`).toBe(true);
}

/** Plays the rest of the game quickly: minimal plans, customer improvements, whole phases. */
async function finish(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const p = await phase(page);
    if (p === 'ended') return;
    if (p === 'review') await dispatch(page, { type: 'improve', choice: 'customer' });
    else if (p === 'plan')
      await page.getByRole('button', { name: /Make the promise|Doe de belofte/ }).click();
    else await dispatch(page, { type: 'advance', steps: 1000 });
    await page.waitForTimeout(100);
  }
}

describe('screenshots of every phase', () => {
  for (const [w, h] of [
    [1280, 720],
    [844, 390],
  ] as const) {
    for (const lang of ['en', 'nl'] as const) {
      it(`${lang} at ${w}×${h}`, async () => {
        const tag = `phase-${lang}-${w}x${h}`;
        const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=${lang}`, {
          width: w,
          height: h,
        });
        await ready(page);
        await step(page, `${tag}-1-title`);
        await page.getByRole('button', { name: PLAY[lang] }).click();
        await step(page, `${tag}-2-briefing`);
        await page.getByRole('button', { name: START[lang] }).click();
        await step(page, `${tag}-3-plan`);
        await page.getByRole('button', { name: PROMISE[lang] }).click();
        await waitForPhase(page, 'fair');
        await dispatch(page, { type: 'advance', steps: 14 });
        await pauseFair(page);
        await step(page, `${tag}-4-fair`);
        const atBooth = page.locator('.visitor-list button').first();
        if ((await atBooth.count()) > 0) {
          await atBooth.click();
          await step(page, `${tag}-5-card`);
          await page.keyboard.press('Escape');
        }
        await dispatch(page, { type: 'advance', steps: 1000 });
        await waitForPhase(page, 'after');
        await dispatch(page, { type: 'advance', steps: 3 });
        await step(page, `${tag}-6-after`);
        await dispatch(page, { type: 'advance', steps: 1000 });
        await waitForPhase(page, 'review');
        await step(page, `${tag}-7-review`);
        await finish(page);
        await page.getByRole('button', { name: DEBRIEF[lang] }).click();
        await page.waitForTimeout(800);
        await step(page, `${tag}-8-debrief`);
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('on a projector (1920×1080) and a phone held upright (390×844)', async () => {
    const big = await openPage(browser, `${inject('baseUrl')}?level=the-fair&seed=42&bot=listener&lang=en`, {
      width: 1920,
      height: 1080,
    });
    await ready(big.page);
    await big.page.waitForFunction(
      () =>
        ((
          window as unknown as { listeningBooth: { state(): { tick: number } | null } }
        ).listeningBooth.state()?.tick ?? 0) >= 6,
      null,
      { timeout: 60_000 },
    );
    await step(big.page, 'projector-1920x1080-fair');
    expect(big.errors).toEqual([]);
    await big.page.context().close();

    // Upright, the menus work as they are; the play screens ask to turn the phone (or play on).
    const upright = await openPage(browser, `${inject('baseUrl')}?lang=nl`, { width: 390, height: 844 });
    await ready(upright.page);
    await step(upright.page, 'phone-upright-390x844-title');
    await upright.page.getByRole('button', { name: PLAY.nl }).click();
    await upright.page.getByRole('button', { name: START.nl }).click();
    await expect(
      upright.page
        .getByText(/Draai je telefoon/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await step(upright.page, 'phone-upright-390x844-turn');
    // The note is a modal dialog: focus starts on its button and stays there, the plan behind
    // is out of reach; Escape plays upright too, and focus goes back to the plan's title.
    const focused = () =>
      upright.page.evaluate(() => {
        const el = document.activeElement;
        return { text: el?.textContent?.trim() ?? '', inPlan: !!el?.closest('.sheet') };
      });
    expect(await upright.page.locator('dialog.portrait-note').evaluate((d) => d.matches(':modal'))).toBe(
      true,
    );
    expect((await focused()).text).toBe('Toch staand spelen');
    // Tab leaves the button for the browser's own controls (as from any modal dialog), never
    // for the plan behind the note.
    await upright.page.keyboard.press('Tab');
    expect((await focused()).inPlan).toBe(false);
    await upright.page.keyboard.press('Tab');
    expect((await focused()).inPlan).toBe(false);
    // Played upright anyway: the plan, the fair and the weeks after fit, and so does the HUD.
    await upright.page.getByRole('button', { name: 'Toch staand spelen' }).focus();
    await upright.page.keyboard.press('Escape');
    await upright.page.locator('dialog.portrait-note').waitFor({ state: 'hidden' });
    expect((await focused()).inPlan).toBe(true);
    await step(upright.page, 'phone-upright-390x844-plan');
    await upright.page.getByRole('button', { name: /Doe de belofte/ }).click();
    await waitForPhase(upright.page, 'fair');
    await pauseFair(upright.page);
    await step(upright.page, 'phone-upright-390x844-fair');
    await dispatch(upright.page, { type: 'advance', steps: 1000 });
    await waitForPhase(upright.page, 'after');
    await step(upright.page, 'phone-upright-390x844-after');
    // The street of the weeks after shows above the panel, not only a strip of its ground
    // (issue #12: the software compositor dropped the rest of the canvas).
    await upright.page.waitForFunction(
      () => (window as { listeningBoothWorld?: { view(): string } }).listeningBoothWorld?.view() === 'street',
    );
    expect(await worldShowsAbovePanel(upright.page), 'the upright street shows above the panel').toBe(true);
    expect(upright.errors).toEqual([]);
    await upright.page.context().close();
  });
});
