// Switching to Dutch: from the settings on the title, everything turns Dutch at once, stays
// Dutch after a reload, and switching in the middle of the fair changes the HUD and panel too.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import { ready, waitForPhase } from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('language', () => {
  it('switches to Dutch from the settings, remembers it, and switches back mid-fair', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await ready(page);
    await expect(page.getByRole('heading', { name: 'Choose a level' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: 'Kies een level' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');

    // Remembered: a reload without ?lang stays Dutch.
    await page.goto(inject('baseUrl'));
    await ready(page);
    await expect(page.getByRole('heading', { name: 'Kies een level' }).isVisible()).resolves.toBe(true);

    // Into the fair in Dutch, then back to English from the pause menu.
    await page.getByRole('button', { name: 'Spelen: De Beurs' }).click();
    await page.getByRole('button', { name: 'Begin seizoen 1' }).click();
    await page.getByRole('button', { name: /Doe de belofte/ }).click();
    await waitForPhase(page, 'fair');
    await expect(page.getByText('Op je stand').first().isVisible()).resolves.toBe(true);
    await shot(page, 'language-fair-nl');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByText('At your booth').first().isVisible()).resolves.toBe(true);
    await shot(page, 'language-fair-en');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
