// A workshop room in Chromium: the real room server (its own process, a SQLite file) serves
// the built game; six participants in separate browser contexts join — one by typing a
// nickname, five by their personal links — wait at the trainer's hold, play, lose the server to
// kill -9 in the middle of the season and finish after its restart, each with the hash a
// replay in Node gives of what the server holds. No participant is entered twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedLevel } from '../../src/levels/registry';
import {
  API,
  type CreatedRoom,
  type Joined,
  type ParticipantRow,
  type RoomRun,
  TRAINER_HEADER,
} from '../../src/room/protocol';
import { verifyReplay } from '../../src/sim';
import { call, freePort, killHard, type Running, startServer } from '../room/server';
import { launch, openPageBeside, shot, type TrackedPage } from './browser';
import { hash, ready, screen, startBot } from './ui';

const dir = mkdtempSync(joinPath(tmpdir(), 'room-e2e-'));
const db = joinPath(dir, 'rooms.sqlite');
let browser: Browser;
let server: Running;
let port = 0;

beforeAll(async () => {
  browser = await launch();
  port = await freePort();
  // The e2e setup has just built dist/; the room server serves it.
  server = await startServer(db, port, 'dist');
});

afterAll(async () => {
  await browser?.close();
  await killHard(server);
  rmSync(dir, { recursive: true, force: true });
});

/** Console errors the browser itself prints while the server is down are expected; no others. */
const unexpected = (errors: string[]) =>
  errors.filter(
    (e) => !/ERR_CONNECTION_REFUSED|WebSocket connection to .* failed|Failed to load resource/.test(e),
  );

const trainer = (created: CreatedRoom) => ({ [TRAINER_HEADER]: created.trainerKey });

async function rows(created: CreatedRoom): Promise<ParticipantRow[]> {
  const r = await call<{ rows: ParticipantRow[] }>(
    server.url,
    'GET',
    API.monitor(created.room.code),
    undefined,
    trainer(created),
  );
  return r.body.rows;
}

async function until(test: () => Promise<boolean>, what: string, ms = 240_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const badge = (page: Page) => page.locator('.room-badge');

describe('a workshop room with six participants', () => {
  it('joins, holds, survives kill -9 and finishes with the server replay hashes', async () => {
    // The trainer creates the room on room.html (a held room on the tutorial).
    const coach = await openPageBeside(browser, `${server.url}/room.html`);
    await coach.page.getByLabel('Level').selectOption('tutorial');
    await coach.page.getByRole('button', { name: 'Create the room' }).click();
    await coach.page.waitForFunction(() => location.hash.startsWith('#code='));
    const fragment = new URLSearchParams((await coach.page.evaluate(() => location.hash)).slice(1));
    const code = fragment.get('code') ?? '';
    const created = { room: { code }, trainerKey: fragment.get('key') ?? '' } as CreatedRoom;
    await coach.page.locator('.trainer-status').getByText('Live').waitFor();
    const people: TrackedPage[] = [];

    // One joins by the room link and a nickname with markup in it: it stays text.
    const first = await openPageBeside(browser, `${server.url}/?room=${code}`);
    people.push(first);
    await ready(first.page);
    await first.page.getByLabel('Your nickname').fill('Ada <b>bold</b>');
    await first.page.getByRole('button', { name: 'Join the room' }).click();
    await first.page.waitForFunction(() => document.querySelector('.room-badge:not([hidden])') !== null);
    await expect
      .poll(() => badge(first.page).locator('.room-name').textContent())
      .toContain('Ada <b>bold</b>');
    expect(await badge(first.page).locator('b').count()).toBe(0);
    await shot(first.page, 'room-joined-briefing');

    // A nickname already taken is refused in words, and nobody is added.
    const twin = await openPageBeside(browser, `${server.url}/?room=${code}`);
    await ready(twin.page);
    await twin.page.getByLabel('Your nickname').fill('ada <B>BOLD</B>');
    await twin.page.getByRole('button', { name: 'Join the room' }).click();
    await twin.page.getByText('already has this nickname').waitFor();
    await shot(twin.page, 'room-join-taken');
    await twin.page.context().close();

    // Five more by their personal links (as a trainer's list or a second device would give them).
    for (const name of ['Bram', 'Chen', 'Dewi', 'Emre', 'Fleur']) {
      const j = (await call<Joined>(server.url, 'POST', API.join(code), { nickname: name })).body;
      const p = await openPageBeside(browser, `${server.url}/?room=${code}&me=${j.me.token}`);
      people.push(p);
    }
    for (const p of people) await ready(p.page);
    expect(await rows(created)).toHaveLength(6);
    // The monitor shows all six live, names as text.
    await coach.page.waitForFunction(
      () => document.querySelectorAll('.trainer-table tbody tr').length === 6,
      null,
      { timeout: 60_000 },
    );
    expect(await coach.page.locator('.trainer-table b').count()).toBe(0);
    await shot(coach.page, 'trainer-monitor');
    await coach.page.getByRole('button', { name: 'Show the projector view' }).click();
    await coach.page.locator('.projector-qr svg').waitFor();
    expect(await coach.page.locator('.projector-code').textContent()).toBe(code);
    await shot(coach.page, 'trainer-projector');
    await coach.page.getByRole('button', { name: 'Back to the monitor' }).click();

    // The room holds season 1: the plan cannot start until the trainer releases it.
    await first.page.getByRole('button', { name: 'Start season 1' }).click();
    await first.page.locator('.room-hold').waitFor();
    expect(await first.page.locator('.plan-submit button[type=submit]').isDisabled()).toBe(true);
    await shot(first.page, 'room-plan-held');
    await coach.page.getByRole('button', { name: /^Release season 1/ }).click();
    await first.page.waitForFunction(() => !document.querySelector('.room-hold')?.textContent);
    expect(await first.page.locator('.plan-submit button[type=submit]').isDisabled()).toBe(false);

    // Everyone plays (bots at full speed, as a demo would); the server dies in the middle.
    const bots = ['listener', 'pusher', 'balanced', 'random', 'listener', 'pusher'];
    await Promise.all(people.map((p, i) => startBot(p.page, bots[i] ?? 'listener')));
    await until(async () => (await rows(created)).some((r) => r.seq > 3), 'a few moves on the server');
    await killHard(server);
    for (const p of people)
      await p.page.waitForFunction(
        () => document.querySelector('.room-badge')?.getAttribute('data-link') === 'offline',
        null,
        { timeout: 120_000 },
      );
    await shot(first.page, 'room-offline');
    server = await startServer(db, port, 'dist');

    // Everyone finishes, and the server's copy of each game replays in Node to the page's hash.
    for (const p of people)
      await p.page.waitForFunction(
        () =>
          (
            window as unknown as { listeningBooth: { state(): { phase: string } | null } }
          ).listeningBooth.state()?.phase === 'ended',
        null,
        { timeout: 240_000, polling: 500 },
      );
    const pageHashes = await Promise.all(people.map((p) => hash(p.page)));
    await until(async () => {
      const rs = await rows(created);
      return rs.length === 6 && rs.every((r) => pageHashes.includes(r.hash));
    }, 'every game to reach the server');
    const runs = (await call<RoomRun[]>(server.url, 'GET', API.runs(code), undefined, trainer(created))).body;
    expect(runs).toHaveLength(6);
    for (const run of runs) {
      const v = verifyReplay(shippedLevel('tutorial'), run.replay);
      expect(v.ok).toBe(true);
    }
    expect(new Set(runs.map((r) => r.replay.hash))).toEqual(new Set(pageHashes));
    for (const p of people) {
      expect(await screen(p.page)).not.toBe('title');
      expect(unexpected(p.errors)).toEqual([]);
    }
    await shot(first.page, 'room-finished');
    // The monitor came back by itself after the restart and shows everyone finished.
    await coach.page.waitForFunction(
      () =>
        [...document.querySelectorAll('.trainer-table tbody tr')].filter((r) =>
          /finished/.test(r.textContent ?? ''),
        ).length === 6,
      null,
      { timeout: 120_000 },
    );
    await shot(coach.page, 'trainer-monitor-finished');
    // The debrief board of the room: every run, verified by replay in the browser.
    const href = await coach.page.getByRole('link', { name: 'Open the debrief board' }).getAttribute('href');
    const board = await openPageBeside(browser, `${server.url}/${href}`, { width: 1920, height: 1080 });
    await board.page.waitForFunction(() => document.querySelectorAll('[data-run]').length === 6, null, {
      timeout: 120_000,
    });
    await shot(board.page, 'trainer-board-room');
    // Names on request; the CSV has every participant's season; the room prints on one page.
    await board.page.check('[data-names]');
    expect(await board.page.locator('.run-name').allTextContents()).toContain('Ada <b>bold</b>');
    const [download] = await Promise.all([
      board.page.waitForEvent('download'),
      board.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    const csvRows = csv.slice(1).trim().split('\r\n');
    expect(csvRows).toHaveLength(1 + 6 * shippedLevel('tutorial').seasons);
    expect(csvRows.some((r) => r.startsWith('"Ada <b>bold</b>"') || r.startsWith('Ada <b>bold</b>'))).toBe(
      true,
    );
    await board.page.emulateMedia({ media: 'print' });
    const pdf = await board.page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    expect(unexpected(board.errors)).toEqual([]);
    await board.page.context().close();
    await coach.page.getByRole('button', { name: 'End the session' }).click();
    await coach.page.locator('dialog[open]').getByRole('button', { name: 'End the session' }).click();
    await coach.page.getByText('The session has ended').waitFor();
    expect(unexpected(coach.errors)).toEqual([]);
    await coach.page.context().close();
    for (const p of people) await p.page.context().close();
    // Eight pages, six bot games at full speed and a server killed and restarted: 2 minutes on a
    // quiet machine, over the default 4 on a busy one (it timed out once under a load of 10).
    // Every wait inside is for a condition, each with its own bound.
  }, 600_000);

  it('reads in Dutch and on a phone, and pauses a free room at the next season start', async () => {
    const nl = async (p: Page) => {
      await p.addInitScript(() =>
        localStorage.setItem('the-listening-booth/settings', JSON.stringify({ lang: 'nl' })),
      );
    };
    const phone = { width: 390, height: 844 };
    const coach = await openPageBeside(browser, `${server.url}/room.html`, phone, nl);
    await coach.page.getByLabel('Level').selectOption('the-fair');
    await coach.page.getByLabel(/Houd iedereen aan het begin/).uncheck();
    await shot(coach.page, 'trainer-create-nl-390x844');
    await coach.page.getByRole('button', { name: 'Maak de ruimte' }).click();
    await coach.page.waitForFunction(() => location.hash.startsWith('#code='));
    const fragment = new URLSearchParams((await coach.page.evaluate(() => location.hash)).slice(1));
    const code = fragment.get('code') ?? '';
    for (const name of ['Noor', 'Bram'])
      await call<Joined>(server.url, 'POST', API.join(code), { nickname: name });
    await coach.page.waitForFunction(() => document.querySelectorAll('.trainer-table tbody tr').length === 2);
    const wide = () => coach.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await wide()).toBeLessThanOrEqual(0);
    await shot(coach.page, 'trainer-monitor-nl-390x844');
    await coach.page.locator('[data-pause]').click();
    await coach.page.locator('[data-release]').waitFor();
    expect(await coach.page.locator('[data-release]').textContent()).toContain('seizoen 1');
    await shot(coach.page, 'trainer-monitor-paused-nl-390x844');
    await coach.page.locator('[data-release-all]').click();
    await coach.page.locator('[data-pause]').waitFor();
    await coach.page.setViewportSize({ width: 1920, height: 1080 });
    await coach.page.getByRole('button', { name: 'Toon het beamerbeeld' }).click();
    await coach.page.locator('.projector-qr svg').waitFor();
    await shot(coach.page, 'trainer-projector-nl-1920x1080');
    expect(unexpected(coach.errors)).toEqual([]);
    await coach.page.context().close();
  });
});
