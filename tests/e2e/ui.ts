// Playing the built game like a person: waiting for the preloader, finding controls by role
// and name, reading the game's state through window.listeningBooth, and moving time on when a
// test only needs to get somewhere (dispatch, as a trainer's console would).
import type { Page } from 'playwright-core';
import type { Command, GameSummary, Replay, SimState } from '../../src/sim';

interface Api {
  listeningBooth: {
    state(): SimState | null;
    summary(): GameSummary | null;
    hash(): string | null;
    dispatch(cmd: Command): { ok: boolean; error?: string };
    screen(): string;
    startBot(name: string, max?: boolean): boolean;
    record(): Replay | null;
  };
}

/** Waits until the preloader is gone and the title (or a resumed game) is on screen. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (window as unknown as Api).listeningBooth === 'object', null, {
    timeout: 60_000,
  });
  await page.waitForFunction(() => !document.querySelector('.preloader'), null, { timeout: 90_000 });
}

export function state(page: Page): Promise<SimState | null> {
  return page.evaluate(() => (window as unknown as Api).listeningBooth.state());
}

export function phase(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as Api).listeningBooth.state()?.phase ?? null);
}

export function screen(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as Api).listeningBooth.screen());
}

export function hash(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as Api).listeningBooth.hash());
}

export function summary(page: Page): Promise<GameSummary | null> {
  return page.evaluate(() => (window as unknown as Api).listeningBooth.summary());
}

export function dispatch(page: Page, cmd: Command): Promise<{ ok: boolean; error?: string }> {
  return page.evaluate((c) => (window as unknown as Api).listeningBooth.dispatch(c), cmd);
}

export function startBot(page: Page, name: string): Promise<boolean> {
  return page.evaluate((n) => (window as unknown as Api).listeningBooth.startBot(n, true), name);
}

/** Waits until the sim is in a phase (or the game has ended). */
export async function waitForPhase(page: Page, want: string, timeout = 120_000): Promise<void> {
  await page.waitForFunction((p) => (window as unknown as Api).listeningBooth.state()?.phase === p, want, {
    timeout,
    polling: 200,
  });
}

/** The replay record of the game on the page (for replaying it in Node). */
export async function replayRecord(page: Page): Promise<Replay> {
  const r = await page.evaluate(() => (window as unknown as Api).listeningBooth.record());
  if (!r) throw new Error('no game on the page');
  return r;
}

/** No horizontal scrolling: the page fits its width. */
export function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/** Whether the HUD shows all it holds: nothing off screen, the day's sales chips not clipped. */
export function hudFits(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const hud = document.querySelector('.hud');
    if (!hud) return true;
    const inside = [...hud.children].every((e) => e.getBoundingClientRect().right <= window.innerWidth + 0.5);
    const sales = hud.querySelector<HTMLElement>('.hud-sales');
    const shown = sales && getComputedStyle(sales).display !== 'none';
    return inside && (!shown || sales.scrollWidth <= sales.clientWidth + 1);
  });
}

/** Pauses the fair with the HUD's pause button (English or Dutch), and waits until it holds. */
export async function pauseFair(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Pause|Pauze)$/ }).click();
  await page
    .getByRole('button', { name: /^(Resume|Verder)$/ })
    .first()
    .waitFor();
}

/**
 * Waits (on the game's own clock) for the first visitor at our booth, pauses, and — if the
 * visitor walked on while the pause was on its way — moves the fair on tick by tick until
 * someone waits there again. Leaves the fair paused with our booth's list showing a visitor.
 */
export async function pauseWithSomeoneAtOurBooth(page: Page): Promise<void> {
  const atBooth = page.getByRole('list', { name: /At your booth|Op je stand/ }).getByRole('button');
  await atBooth.first().waitFor({ timeout: 120_000 });
  await pauseFair(page);
  const found = await page.evaluate(() => {
    const api = (window as unknown as Api).listeningBooth;
    const waiting = () =>
      (api.state()?.visitors ?? []).some(
        (v) => v.booth === 0 && (v.status === 'queue' || v.status === 'talking') && !v.talk?.resolved,
      );
    for (let i = 0; i < 200 && !waiting() && api.state()?.phase === 'fair'; i++)
      api.dispatch({ type: 'advance', steps: 1 });
    return waiting();
  });
  if (!found) throw new Error('nobody came to our booth');
  await atBooth.first().waitFor({ timeout: 60_000 });
}

/** Presses "Next week" (or its Dutch name) and waits until the week has moved on. */
export async function nextWeek(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as Api).listeningBooth.state()?.week ?? -1);
  await page.getByRole('button', { name: /^(Next week|Volgende week)$/ }).click();
  await page.waitForFunction(
    (w) => {
      const s = (window as unknown as Api).listeningBooth.state();
      return s?.phase !== 'after' || s.week !== w;
    },
    before,
    { polling: 100 },
  );
}

/**
 * Whether the world shows in the part of the screen between the HUD and the panel, as the page
 * is composited (a full screenshot, not the WebGL buffer): a grid of points there must be
 * opaque and not the page's own background. Chromium's software compositor once dropped the
 * top of the canvas above the upright panel, which a screenshot shows as transparent.
 */
export async function worldShowsAbovePanel(page: Page): Promise<boolean> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const hud = document.querySelector('.hud')?.getBoundingClientRect().bottom ?? 0;
    const panel = document.querySelector('.panel')?.getBoundingClientRect().top ?? window.innerHeight;
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const g = canvas.getContext('2d', { willReadFrequently: true });
    if (!g) return false;
    g.drawImage(bitmap, 0, 0);
    const bg = getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    for (let i = 1; i < 10; i++)
      for (let j = 1; j < 10; j++) {
        const x = Math.floor((bitmap.width * i) / 10);
        const y = Math.floor(hud + ((panel - hud) * j) / 10);
        const [r, gr, b, a] = g.getImageData(x, y, 1, 1).data;
        if (a !== 255 || (r === bg[0] && gr === bg[1] && b === bg[2])) return false;
      }
    return true;
  }, png);
}
