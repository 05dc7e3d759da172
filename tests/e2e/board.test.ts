// Result codes end to end: a bot's game ends on the debrief with its code; the board picks it
// out of a messy blob with other codes, refuses a tampered one with its reason, hides and
// shows names, exports CSV (Dutch bytes), prints the room on one page; the replay viewer
// opens the code and scrubs. Screenshots of board and viewer in en and nl at three sizes.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeResultCode } from '../../src/codes/result-code';
import { shippedLevel } from '../../src/levels/registry';
import { type BotName, runBot, toReplay } from '../../src/sim';
import { launch, openPage, shot, waitForGame } from './browser';
import { launchWithCamera, writeQrVideo } from './fake-camera';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SEED = 'town-hall';
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
];
let code = '';
let named = '';
let blob = '';

async function pasteAll(page: Page, text: string): Promise<void> {
  await page.fill('#paste', text);
  await page.click('[data-add]');
  await page.waitForFunction(
    () => (document.querySelector('[data-status]')?.textContent ?? '') !== '',
    null,
    { timeout: 60_000 },
  );
}

describe('result codes and the board', () => {
  it('shows the code on the debrief after a game', async () => {
    const { page, errors } = await openPage(
      browser,
      `${inject('baseUrl')}?level=tutorial&seed=${SEED}&bot=listener&speed=max`,
    );
    await waitForGame(page);
    // The bot ends the game on the last season's review; the player steps on to the debrief.
    await page.waitForFunction(
      () =>
        (
          window as unknown as { listeningBooth: { state(): { phase: string } | null } }
        ).listeningBooth.state()?.phase === 'ended',
      null,
      { timeout: 180_000, polling: 500 },
    );
    await page.click('.review-block.next .btn-primary');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-result-code]')?.getAttribute('data-result-code')?.startsWith('LB1-'),
      null,
      { timeout: 180_000, polling: 500 },
    );
    code = (await page.getAttribute('[data-result-code]', 'data-result-code')) ?? '';
    expect(code).toMatch(/^LB1-[A-Za-z0-9_-]+$/);
    expect(await page.locator('.result-qr svg path').count()).toBe(1);
    // A name typed for the board goes before the code on its line, in the text and the QR.
    await page.fill('[data-code-name]', 'Jan de Vries');
    named = (await page.getAttribute('[data-result-code]', 'data-result-code')) ?? '';
    expect(named).toBe(`Jan de Vries: ${code}`);
    expect(await page.locator('.result-qr svg path').count()).toBe(1);
    await shot(page, 'debrief-result-code-en');
    expect(errors).toEqual([]);
  }, 240_000);

  it('picks codes out of a blob, refuses the tampered one, names on request, CSV and print', async () => {
    const others: string[] = [];
    for (const b of ['pusher', 'balanced', 'random', 'listener-no-followup'] as BotName[])
      others.push(await encodeResultCode(toReplay(runBot(shippedLevel('tutorial'), SEED, b))));
    const at = 25;
    const tampered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    blob = `Hoi trainer,\n> hier is de mijne:\n> ${code.match(/.{1,50}/g)?.join('\n> ')}\n\n${others.map((c) => `"${c}"`).join(' \n')}\nen deze ${tampered} klopt niet. Groet!\n${named}\n[10:32] Sanne: ${others[0]}`;
    const { page, errors } = await openPage(
      browser,
      `${inject('baseUrl')}board.html`,
      undefined,
      async (p) => {
        await p.addInitScript(() =>
          localStorage.setItem('the-listening-booth/settings', JSON.stringify({ lang: 'nl' })),
        );
      },
    );
    await pasteAll(page, blob);
    expect(await page.locator('[data-run]').count()).toBe(5);
    const refused = await page.locator('[data-refused] li').allTextContents();
    expect(refused).toHaveLength(1);
    expect(refused[0]).toContain('controlesom');
    expect(await page.locator('.run-name').first().textContent()).toBe('Deelnemer 1');
    await page.check('[data-names]');
    // Names come from the lines the codes stood on; one without a name can be typed in.
    const names = await page
      .locator('[data-rename]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names.slice(0, 2)).toEqual(['Jan de Vries', 'Sanne']);
    expect(names.slice(2)).toEqual(['', '', '']);
    await page.locator('[data-rename]').nth(2).fill('Piet');
    await page.locator('[data-rename]').nth(2).press('Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=CSV exporteren')]);
    const bytes = await (await download.createReadStream())
      .toArray()
      .then((parts: Buffer[]) => Buffer.concat(parts));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'naam;seizoen;beursomzet;omzet na de beurs;winst;geduld CEO;ontslagen;luisteraandeel;hash',
    );
    expect(text.split('\r\n')[1]).toMatch(/^Jan de Vries;1;\d+,\d\d;/);
    expect(text).toMatch(/\r\nSanne;1;/);
    expect(text).toMatch(/\r\nPiet;1;/);
    expect(text).toMatch(/\r\nDeelnemer 4;1;/);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
    expect(errors).toEqual([]);
  }, 180_000);

  it('prints one run on a page of its own, then shows the whole board again', async () => {
    const { page, errors } = await openPage(
      browser,
      `${inject('baseUrl')}board.html`,
      undefined,
      async (p) => {
        await p.addInitScript(() => {
          window.print = () => undefined;
        });
      },
    );
    await pasteAll(page, blob);
    await page.locator('[data-print-run]').nth(1).click();
    await page.waitForSelector('.run-sheet li');
    expect(await page.locator('[data-run]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.waitForSelector('[data-run]');
    expect(await page.locator('[data-run]').count()).toBe(5);
    expect(errors).toEqual([]);
  }, 120_000);

  it('scans a code held up to the camera and verifies it', async () => {
    const video = join(tmpdir(), `lb-qr-${process.pid}.y4m`);
    writeQrVideo(code, video);
    const camera = await launchWithCamera(video);
    try {
      const { page, errors } = await openPage(camera, `${inject('baseUrl')}board.html`);
      await page.click('[data-scan]');
      await page.waitForSelector('[data-run]', { timeout: 90_000 });
      expect(await page.locator('[data-run]').count()).toBe(1);
      expect(await page.textContent('[data-scan-status]')).toMatch(/1 read/);
      await shot(page, 'board-scan-en');
      await page.click('[data-scan]');
      expect(await page.locator('.scan-video').isHidden()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await camera.close();
    }
  }, 150_000);

  it('opens the code in the replay viewer and scrubs', async () => {
    const { page, errors } = await openPage(browser, `${inject('baseUrl')}watch.html#code=${code}&at=1.0`);
    await page.waitForSelector('[data-at]', { timeout: 60_000 });
    expect(await page.getAttribute('[data-at]', 'data-at')).toBe('1.0');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-at]', 'data-at')).toBe('1.1');
    expect(await page.locator('.overlay button, .hud button').count()).toBe(0);
    const bad = await openPage(browser, `${inject('baseUrl')}watch.html#code=${code.slice(0, -5)}`);
    await bad.page.waitForSelector('[role=alert]');
    expect(await bad.page.textContent('[role=alert]')).toMatch(/cut off|afgekapt/);
    expect(errors).toEqual([]);
  }, 120_000);

  it('looks right in en and nl at three sizes', async () => {
    for (const lang of ['en', 'nl'] as const) {
      for (const size of SIZES) {
        const init = async (p: Page) => {
          await p.addInitScript(
            (l) => localStorage.setItem('the-listening-booth/settings', JSON.stringify({ lang: l })),
            lang,
          );
        };
        const b = await openPage(browser, `${inject('baseUrl')}board.html`, size, init);
        await pasteAll(b.page, blob);
        await shot(b.page, `board-${lang}-${size.width}x${size.height}`);
        const w = await openPage(browser, `${inject('baseUrl')}watch.html#code=${code}&at=1.2`, size, init);
        await w.page.waitForSelector('[data-at]', { timeout: 60_000 });
        await w.page.waitForTimeout(1500);
        await shot(w.page, `watch-${lang}-${size.width}x${size.height}`);
        // The panel fills the place the world leaves for it (beside, or below when upright), and its text fits.
        const box = await w.page.evaluate(() => {
          const p = document.querySelector('.watch-panel') as HTMLElement;
          const r = p.getBoundingClientRect();
          return {
            side: p.dataset.side,
            r: [r.left, r.top, r.right, r.bottom],
            fits: p.scrollWidth <= p.clientWidth,
          };
        });
        expect(box.side).toBe(size.height > size.width ? 'bottom' : 'right');
        expect(box.r[2]).toBe(size.width);
        expect(box.r[3]).toBe(size.height);
        expect(box.fits).toBe(true);
      }
    }
  }, 300_000);
});
