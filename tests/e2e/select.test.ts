// Stepping into a conversation three ways: clicking a visitor in the hall with the mouse,
// tapping them on a touch screen, and choosing them from the list with the keyboard. Each
// opens the conversation card for a visitor at our booth.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, shot } from './browser';
import { pauseFair, ready, waitForPhase } from './ui';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Win = {
  listeningBooth: {
    state(): {
      phase: string;
      visitors: { id: number; booth: number; status: string; talk: { resolved: boolean } | null }[];
    };
    dispatch(cmd: { type: 'advance'; steps: number }): { ok: boolean };
  };
  listeningBoothWorld: { visitorPoint(id: number): { x: number; y: number; settled: boolean } | null };
};

/**
 * Opens the-fair, plans, pauses at once, then moves the fair on tick by tick (no clock, so a
 * busy machine cannot race it) until someone waits at our booth, and waits until the world
 * has walked them to their spot. Returns their screen points.
 */
async function fairWithVisitors(page: Page): Promise<{ id: number; x: number; y: number }[]> {
  await ready(page);
  await page.getByRole('button', { name: 'Play The Fair' }).click();
  await page.getByRole('button', { name: 'Start season 1' }).click();
  await page.getByRole('button', { name: /Make the promise/ }).click();
  await waitForPhase(page, 'fair');
  await pauseFair(page);
  const ids = await page.evaluate(() => {
    const api = (window as unknown as Win).listeningBooth;
    const waiting = () =>
      api
        .state()
        .visitors.filter(
          (v) => v.booth === 0 && (v.status === 'queue' || v.status === 'talking') && !v.talk?.resolved,
        )
        .map((v) => v.id);
    for (let i = 0; i < 200 && waiting().length === 0 && api.state().phase === 'fair'; i++)
      api.dispatch({ type: 'advance', steps: 1 });
    return waiting();
  });
  expect(ids.length).toBeGreaterThan(0);
  await page
    .getByRole('list', { name: /At your booth/ })
    .getByRole('button')
    .first()
    .waitFor({ timeout: 60_000 });
  // Waits for and reads the settled points in one go: read apart, a visitor settled when the
  // wait ended may be walking again when the points are read (the hall re-syncs on its own).
  const handle = await page.waitForFunction(
    (want) => {
      const w = (window as unknown as Win).listeningBoothWorld;
      const points = want
        .map((id) => ({ id, p: w.visitorPoint(id) }))
        .filter(
          (x): x is { id: number; p: { x: number; y: number; settled: boolean } } => x.p?.settled === true,
        )
        .map((x) => ({ id: x.id, x: x.p.x, y: x.p.y }));
      return points.length > 0 ? points : null;
    },
    ids,
    { timeout: 120_000 },
  );
  return (await handle.jsonValue()) as { id: number; x: number; y: number }[];
}

async function cardOpens(page: Page): Promise<void> {
  const card = page.getByRole('dialog');
  // The hall takes the click on its next frame, which a busy machine's software WebGL may draw
  // seconds later: wait for the card as long as the game may take, not for a clock's five seconds.
  await card.waitFor({ timeout: 60_000 });
  const names = await page
    .getByRole('list', { name: /At your booth/ })
    .getByRole('button')
    .allInnerTexts();
  const title = (await card.getByRole('heading').first().textContent()) ?? '?';
  expect(names.some((n) => n.includes(title))).toBe(true);
}

describe('choosing a visitor', () => {
  it('by clicking them in the hall', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    const points = await fairWithVisitors(page);
    expect(points.length).toBeGreaterThan(0);
    const p = points[0] as { x: number; y: number };
    await page.mouse.click(p.x, p.y);
    await cardOpens(page);
    await shot(page, 'select-by-mouse');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('by tapping them on a touch screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 844, height: 390 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${inject('baseUrl')}?lang=en`);
    const points = await fairWithVisitors(page);
    expect(points.length).toBeGreaterThan(0);
    const p = points[0] as { x: number; y: number };
    // A fingertip lands beside a figure drawn this small: the touch target is at least 44 px
    // wide and tall whatever the zoom, so a tap 18 px to the side and 14 px low still takes them.
    await page.touchscreen.tap(p.x + 18, p.y + 14);
    await cardOpens(page);
    await shot(page, 'select-by-touch');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('from the list with the keyboard', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await fairWithVisitors(page);
    await page
      .getByRole('list', { name: /At your booth/ })
      .getByRole('button')
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await cardOpens(page);
    // A native modal: the page behind is inert, so a click there reaches nothing and Tab never
    // leaves the card for the list behind it.
    const behind = await page.evaluate(() => {
      const card = document.querySelector('dialog.card-layer');
      const list = document.querySelector('.visitor');
      const r = list?.getBoundingClientRect();
      const hit = r ? document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) : null;
      return { modal: card?.matches(':modal') ?? false, listHit: !!hit && !!list && list.contains(hit) };
    });
    expect(behind).toEqual({ modal: true, listHit: false });
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const inCard = await page.evaluate(() => !document.activeElement?.closest('.visitor'));
      expect(inCard).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    // Focus goes back to the visitor's button in the list.
    await expect(page.evaluate(() => !!document.activeElement?.closest('.visitor'))).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
