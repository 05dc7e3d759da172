// Browser helpers for the end-to-end tests: Debian's Chromium through playwright-core (no
// browser downloads exist here), a page that records console errors and page errors (any
// of them fails the test), and screenshots written to screenshots/.
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';

export const SHOTS = 'screenshots';

export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface TrackedPage {
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
}

/** Pages still open: a test that failed before closing its page must not leave the game running. */
const open = new Set<BrowserContext>();

export async function openPage(
  browser: Browser,
  url: string,
  size: { width: number; height: number } = { width: 1280, height: 720 },
  init?: (page: Page) => Promise<void>,
): Promise<TrackedPage> {
  // Tests in a file run one after another, so whatever is still open is a failed test's
  // leftover, drawing WebGL and slowing every test after it.
  for (const old of open) await old.close().catch(() => undefined);
  open.clear();
  return openPageBeside(browser, url, size, init);
}

/** A page in a context of its own, beside those already open (several people at once). */
export async function openPageBeside(
  browser: Browser,
  url: string,
  size: { width: number; height: number } = { width: 1280, height: 720 },
  init?: (page: Page) => Promise<void>,
): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  open.add(context);
  context.on('close', () => open.delete(context));
  // Any Content-Security-Policy violation is an error too, so every browser test checks that
  // the game keeps within its policy.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  const page = await context.newPage();
  // A busy machine loads the game slowly; waiting longer is not racing the clock.
  page.setDefaultNavigationTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (init) await init(page);
  await page.goto(url);
  return { page, errors };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** Waits until the page's game API answers (the game has started). */
export async function waitForGame(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as { listeningBooth?: unknown }).listeningBooth === 'object',
    null,
    {
      timeout: 60_000,
    },
  );
}
