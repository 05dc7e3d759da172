// Bad input loses nothing and explains itself: reloading mid-fair resumes the same game; a
// corrupted, tampered or outdated save gets a clear message and a fresh start; odd URL
// parameters are named and the title appears. Never a blank page, never a console error.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import { dispatch, hash, pauseFair, ready, screen, state, waitForPhase } from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SAVE = 'the-listening-booth/save';

describe('saves', () => {
  it('reloading in the middle of the fair resumes the same game', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await ready(page);
    await page.getByRole('button', { name: 'Play The Fair' }).click();
    await page.getByRole('button', { name: 'Start season 1' }).click();
    await page.getByRole('button', { name: /Make the promise/ }).click();
    await waitForPhase(page, 'fair');
    // Pause first, so the clock cannot move between the last save and the reload.
    await pauseFair(page);
    await dispatch(page, { type: 'advance', steps: 20 }); // every decision saves
    const before = await state(page);
    const savedHash = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').hash, SAVE);
    expect(before?.tick).toBeGreaterThanOrEqual(20);
    await page.reload();
    await ready(page);
    // The welcome back shows once the game is shown, and fades only a while later.
    await page.getByText('Welcome back. Your game continues where you left it.').waitFor({ timeout: 10_000 });
    expect(await screen(page)).toBe('play');
    const after = await state(page);
    expect(after?.phase).toBe('fair');
    expect(await hash(page)).toBe(savedHash);
    expect(after?.tick).toBe(before?.tick);
    await shot(page, 'resume-mid-fair');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reloading while the fair runs loses none of it (saved as the page goes)', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await ready(page);
    await page.getByRole('button', { name: 'Play The Fair' }).click();
    await page.getByRole('button', { name: 'Start season 1' }).click();
    await page.getByRole('button', { name: /Make the promise/ }).click();
    await waitForPhase(page, 'fair');
    await page.keyboard.press('4');
    // The fair runs on its own clock; no decision is made, so only the page's own saves count.
    await page.waitForFunction(
      () =>
        ((window as unknown as { listeningBooth: { state(): { tick: number } } }).listeningBooth.state()
          ?.tick ?? 0) >= 6,
      null,
      { timeout: 120_000, polling: 100 },
    );
    const before = (await state(page))?.tick ?? 0;
    await page.reload();
    await ready(page);
    await page.getByText('Welcome back. Your game continues where you left it.').waitFor({ timeout: 10_000 });
    const after = await state(page);
    expect(after?.phase).toBe('fair');
    expect(after?.tick).toBeGreaterThanOrEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  const broken: [string, (save: Record<string, unknown>) => unknown, RegExp][] = [
    ['garbage', () => '{"this is": not json', /could not be read/],
    ['tampered', (save) => ({ ...save, seed: 'someone-else' }), /could not be read/],
    ['outdated', (save) => ({ ...save, simVersion: 0 }), /older version of the game/],
    ['unknown level', (save) => ({ ...save, level: 'atlantis' }), /no longer here/],
  ];
  for (const [name, damage, message] of broken) {
    it(`a ${name} save gets a clear message and a fresh start`, async () => {
      // Make a real save first, then damage it before the next load.
      const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
      await ready(page);
      await page.getByRole('button', { name: 'Play Your First Fair' }).click();
      await page.getByRole('button', { name: 'Start season 1' }).click();
      const save = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), SAVE);
      const damaged = damage(save);
      // The page saves as it goes away, so the damage is done as the next page starts, once.
      await page.addInitScript(
        ([k, v]) => {
          if (sessionStorage.getItem('damaged')) return;
          sessionStorage.setItem('damaged', '1');
          localStorage.setItem(k as string, typeof v === 'string' ? v : JSON.stringify(v));
        },
        [SAVE, damaged],
      );
      await page.reload();
      await ready(page);
      expect(await screen(page)).toBe('title');
      await expect(page.getByText(message).first().isVisible()).resolves.toBe(true);
      await expect(page.getByRole('heading', { name: 'Choose a level' }).isVisible()).resolves.toBe(true);
      await shot(page, `save-${name.replace(' ', '-')}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('links', () => {
  it('names odd URL parameters and shows the title', async () => {
    const { page, errors } = await openPage(
      browser,
      `${inject('baseUrl')}?level=moon&seed=a%20b&bot=salesman&speed=11&lang=en&colour=red`,
    );
    await ready(page);
    expect(await screen(page)).toBe('title');
    for (const text of ['"moon"', '"salesman"', '"colour"', '"11"']) {
      await expect(page.getByText(text).first().isVisible()).resolves.toBe(true);
    }
    await shot(page, 'link-problems');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a level on its briefing from a link with a seed', async () => {
    const { page, errors } = await openPage(
      browser,
      `${inject('baseUrl')}?level=new-market&seed=workshop-7&lang=nl`,
    );
    await ready(page);
    expect(await screen(page)).toBe('briefing');
    expect((await state(page))?.seed).toBe('workshop-7');
    await expect(page.getByRole('button', { name: 'Begin seizoen 1' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks before a link replaces a game in progress; keeping it keeps it', async () => {
    const base = inject('baseUrl');
    const { page, errors } = await openPage(browser, `${base}?lang=en`);
    await ready(page);
    await page.getByRole('button', { name: 'Play The Fair' }).click();
    await page.getByRole('button', { name: 'Start season 1' }).click();
    await page.getByRole('button', { name: /Make the promise/ }).click();
    await waitForPhase(page, 'fair');
    await pauseFair(page);
    const before = await hash(page);
    await page.goto(`${base}?level=tutorial&seed=42&lang=en`);
    await ready(page);
    expect(await screen(page)).toBe('title');
    const offer = page.getByRole('alertdialog');
    await expect(offer.getByText(/This link opens Your First Fair \(world 42\)/).isVisible()).resolves.toBe(
      true,
    );
    await expect(offer.getByText(/The Fair, season 1 of 4/).isVisible()).resolves.toBe(true);
    await shot(page, 'link-offer');
    await offer.getByRole('button', { name: 'Keep my game' }).click();
    expect(await hash(page)).toBe(before);
    await page.getByRole('button', { name: /^Continue/ }).click();
    expect(await screen(page)).toBe('play');
    expect(await hash(page)).toBe(before);
    // The same link again, and this time the player agrees.
    await page.goto(`${base}?level=tutorial&seed=42&lang=en`);
    await ready(page);
    await page.getByRole('button', { name: 'Open Your First Fair and end my game' }).click();
    expect(await screen(page)).toBe('briefing');
    expect((await state(page))?.seed).toBe('42');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a link with a bad parameter names it and still continues the saved game', async () => {
    const base = inject('baseUrl');
    const { page, errors } = await openPage(browser, `${base}?lang=en`);
    await ready(page);
    await page.getByRole('button', { name: 'Play Your First Fair' }).click();
    await page.getByRole('button', { name: 'Start season 1' }).click();
    await page.goto(`${base}?level=moon&lang=en`);
    await ready(page);
    await expect(page.getByText('"moon"').first().isVisible()).resolves.toBe(true);
    expect(await screen(page)).toBe('play');
    expect((await state(page))?.phase).toBe('plan');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('storage and language', () => {
  it('warns when the browser refuses to save, and the game goes on', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`, undefined, (p) =>
      p
        .addInitScript((key: string) => {
          const set = Storage.prototype.setItem;
          Storage.prototype.setItem = function (k: string, v: string) {
            if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return set.call(this, k, v);
          };
        }, SAVE)
        .then(() => undefined),
    );
    await ready(page);
    await page.getByRole('button', { name: 'Play Your First Fair' }).click();
    await expect(page.getByText(/could not be saved in this browser/).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start season 1' }).click();
    expect(await screen(page)).toBe('play');
    await shot(page, 'save-failed');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the title has an EN | NL switch, and a Dutch browser starts in Dutch', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(inject('baseUrl'));
    await ready(page);
    await expect(page.getByRole('heading', { name: 'Kies een level' }).isVisible()).resolves.toBe(true);
    const group = page.getByRole('group', { name: 'Taal' });
    await expect(
      group.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await shot(page, 'title-nl-switch');
    await group.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Choose a level' }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: 'English' })
        .getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await page.reload();
    await ready(page);
    await expect(page.getByRole('heading', { name: 'Choose a level' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
