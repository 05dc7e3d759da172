// The designer's loop in Chromium: a level file opened on the title (a broken one shows every
// problem exactly as the command line words it; a good one plays and survives a reload); the
// level's link opens it in a fresh browser, and a damaged link says so; and with the dev
// server, saving a level file restarts the running game on it, a broken save shows the panel,
// and fixing the file brings the game back — on a copy of levels/, never the real files.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatProblems, parseLevelText } from '../../src/levels/load';
import { launch, openPage, shot } from './browser';
import { ready, screen, state } from './ui';

let browser: Browser;
let work: string;
beforeAll(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'lb-designer-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const fair = () => JSON.parse(readFileSync('levels/the-fair.json', 'utf8'));

function writeLevel(name: string, data: unknown): string {
  const file = join(work, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
}

async function briefingOf(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.overlay')?.getAttribute('data-screen') === 'briefing',
  );
  await page.getByText(name, { exact: false }).first().waitFor();
}

describe('a level file of one’s own', () => {
  it('broken: every problem as the CLI prints it; good: it plays and survives a reload', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await ready(page);
    const bad = { ...fair(), seasons: 99, accounts: 'many' };
    const badFile = writeLevel('broken-fair.json', bad);
    await page.setInputFiles('#open-level-file', badFile);
    const report = page.locator('.level-report');
    await report.waitFor();
    const cli = parseLevelText(readFileSync(badFile, 'utf8'));
    expect(cli.ok).toBe(false);
    const want = cli.ok ? [] : formatProblems('broken-fair.json', cli.problems);
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.level-problems li').allInnerTexts()).toEqual(want);
    await shot(page, 'designer-open-broken');
    await report.getByRole('button', { name: 'Close' }).click();
    await report.waitFor({ state: 'detached' });

    const mine = { ...fair(), id: 'my-fair', name: { en: 'My Own Fair', nl: 'Mijn Eigen Beurs' } };
    await page.setInputFiles('#open-level-file', writeLevel('my-fair.json', mine));
    await briefingOf(page, 'My Own Fair');
    await page.getByRole('button', { name: 'Start season 1' }).click();
    const before = await state(page);
    await page.reload();
    await ready(page);
    expect(await screen(page)).toBe('play');
    expect((await state(page))?.seed).toBe(before?.seed);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('dropped on the page: the drop shows where to let go, and the level plays', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=nl`);
    await ready(page);
    const mine = {
      ...fair(),
      id: 'dropped-fair',
      name: { en: 'The Dropped Fair', nl: 'De Losgelaten Beurs' },
    };
    const text = JSON.stringify(mine);
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], 'dropped-fair.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      (window as unknown as { dropShown: string }).dropShown =
        document.querySelector('.overlay')?.getAttribute('data-drop') ?? '';
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, text);
    expect(await page.evaluate(() => (window as unknown as { dropShown: string }).dropShown)).toBe('on');
    await briefingOf(page, 'De Losgelaten Beurs');
    expect(await page.evaluate(() => document.querySelector('.overlay')?.hasAttribute('data-drop'))).toBe(
      false,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('travels in a link: opened in a fresh browser on the same world; a damaged link is refused', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}?lang=en`);
    await ready(page);
    const mine = { ...fair(), id: 'link-fair', name: { en: 'The Linked Fair', nl: 'De Gelinkte Beurs' } };
    await page.setInputFiles('#open-level-file', writeLevel('link-fair.json', mine));
    await briefingOf(page, 'The Linked Fair');
    const seed = (await state(page))?.seed;
    // Back to the title, where the level's card offers its link (to the clipboard, or shown).
    await page.getByRole('button', { name: 'Back to the title' }).click();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const card = page.locator('.level-card.is-custom');
    await card.getByRole('button', { name: 'Copy a link to this level' }).click();
    const out = card.locator('.level-link-out');
    const copied = card.getByText('Link copied');
    await Promise.race([out.waitFor(), copied.waitFor()]);
    const link = (await out.count())
      ? await out.inputValue()
      : await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#level=[A-Za-z0-9_-]+&seed=/);
    await page.context().close();

    const fresh = await openPage(browser, link.replace('#', '?lang=en#'));
    await ready(fresh.page);
    await briefingOf(fresh.page, 'The Linked Fair');
    expect((await state(fresh.page))?.seed).toBe(seed);
    expect(fresh.page.url()).not.toContain('#level=');
    await shot(fresh.page, 'designer-link-opened');
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();

    const cut = await openPage(browser, link.replace('#', '?lang=en#').slice(0, -400));
    await ready(cut.page);
    await cut.page.getByText('The level in this link could not be used').waitFor();
    expect(await screen(cut.page)).toBe('title');
    expect(cut.errors).toEqual([]);
    expect(errors).toEqual([]);
    await cut.page.context().close();
  });
});

describe('hot reload with the dev server', () => {
  it('saving a level restarts the game on it; a broken save shows the panel; fixing it recovers', async () => {
    const levels = join(work, 'levels');
    cpSync('levels', levels, { recursive: true });
    const file = join(levels, 'the-fair.json');
    const { createServer } = await import('vite');
    process.env.LEVELS_DIR = levels;
    const server = await createServer({
      configLoader: 'runner',
      server: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'warn',
    });
    delete process.env.LEVELS_DIR;
    try {
      await server.listen();
      const url = server.resolvedUrls?.local[0] ?? '';
      const { page, errors } = await openPage(browser, `${url}?lang=en&level=the-fair&seed=hot-1`);
      await ready(page);
      await page.getByRole('button', { name: 'Start season 1' }).click();
      expect((await state(page))?.accounts.length).toBe(150);

      const level = fair();
      writeFileSync(file, JSON.stringify({ ...level, accounts: 120 }, null, 2));
      await page.getByText('levels/the-fair.json changed').waitFor({ timeout: 60_000 });
      expect((await state(page))?.accounts.length).toBe(120);
      expect((await state(page))?.seed).toBe('hot-1');

      writeFileSync(
        file,
        JSON.stringify({ ...level, accounts: 120, fair: { ...level.fair, days: 0 } }, null, 2),
      );
      const panel = page.locator('.level-report');
      await panel.waitFor({ timeout: 60_000 });
      expect(await panel.textContent()).toContain('levels/the-fair.json: /fair/days:');
      await shot(page, 'designer-hot-broken');
      expect(await page.locator('vite-error-overlay').count()).toBe(0);

      writeFileSync(file, JSON.stringify({ ...level, accounts: 130 }, null, 2));
      await panel.waitFor({ state: 'detached', timeout: 60_000 });
      await page.waitForFunction(
        () =>
          (
            window as unknown as { listeningBooth: { state(): { accounts: unknown[] } } }
          ).listeningBooth.state().accounts.length === 130,
      );
      // A reload serves the changed file, and the saved game continues on it.
      await page.reload();
      await ready(page);
      expect((await state(page))?.accounts.length).toBe(130);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await server.close();
    }
  });
});
