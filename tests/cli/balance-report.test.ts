// `balance --report`: the HTML page's numbers are the --json output's (every number in the
// page names its JSON pointer), and the page opened in headless Chromium at a 1280×720 window
// and a 390×844 phone has no console errors, no horizontal overflow, and charts with axis
// labels and legends. Screenshots go to /tmp/balance-report-*.png.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/cli/chromium';
import { BOT_NAMES } from '../../src/sim/bot-names';

const dir = mkdtempSync(join(tmpdir(), 'tlb-report-'));
const reportFile = join(dir, 'report.html');
const ARGS = [
  '--level',
  'the-fair',
  '--seeds',
  '6',
  '--against',
  'tutorial',
  '--jitter',
  '0.2',
  '--variants',
  '2',
];

let json: Record<string, unknown>;
let html: string;
let code: number | null;

beforeAll(() => {
  const res = spawnSync(
    'npx',
    ['tsx', 'src/cli/balance.ts', ...ARGS, '--workers', '1', '--json', '--report', reportFile],
    { encoding: 'utf8', timeout: 180_000 },
  );
  code = res.status;
  if (res.stderr) process.stderr.write(res.stderr);
  json = JSON.parse(res.stdout);
  html = readFileSync(reportFile, 'utf8');
}, 180_000);

/** The value at a JSON pointer. */
function at(doc: unknown, pointer: string): unknown {
  let v = doc;
  for (const key of pointer.split('/').slice(1)) v = (v as Record<string, unknown>)?.[key];
  return v;
}

/** Every (pointer, numbers) pair the page carries in data-json / data-value(s). */
function pageNumbers(page: string): { pointer: string; values: number[]; list: boolean }[] {
  const out: { pointer: string; values: number[]; list: boolean }[] = [];
  for (const m of page.matchAll(/data-json="([^"]+)" data-value(s?)="([^"]*)"/g))
    out.push({
      pointer: m[1] as string,
      values: (m[3] as string).split(',').map(Number),
      list: m[2] === 's',
    });
  return out;
}

describe('balance --report', () => {
  it('exits as --json says and writes one self-contained page', () => {
    const claims = json.claims as { holds: boolean }[];
    expect(code).toBe(claims.every((c) => c.holds) ? 0 : 1);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(\s*['"]?https?:/i);
    // The only address is SVG's namespace name, which is never fetched.
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
  });

  it('shows the numbers of the --json output, each where its pointer says', () => {
    const found = pageNumbers(html);
    expect(found.length).toBeGreaterThan(100);
    for (const { pointer, values, list } of found) {
      const expected = at(json, pointer);
      if (list) expect(values, pointer).toEqual(expected);
      else expect(values[0], pointer).toBe(expected);
    }
    const pointers = new Set(found.map((f) => f.pointer));
    for (const bot of Object.keys(json.bots as object)) {
      for (const band of ['cumulativeRevenue', 'cumulativeProfit'])
        for (const q of ['p10', 'median', 'p90']) expect(pointers).toContain(`/bots/${bot}/${band}/${q}`);
      for (const key of ['firedBySeason', 'layoffsByWeek', 'fairShare', 'meanRevenue', 'firedShare'])
        expect(pointers).toContain(`/bots/${bot}/${key}`);
      expect(pointers).toContain(`/bots/${bot}/orderOrigins/follow-up/share`);
      expect(pointers).toContain(`/against/bots/${bot}/cumulativeRevenue/median`);
    }
    (json.claims as unknown[]).forEach((_, i) => {
      expect(pointers).toContain(`/claims/${i}/share`);
      expect(pointers).toContain(`/jitter/claims/${i}/holdRate`);
    });
    (at(json, '/against/claims') as unknown[]).forEach((_, i) => {
      expect(pointers).toContain(`/against/claims/${i}/share`);
    });
  });

  it('names every claim with its text and verdict', () => {
    for (const c of json.claims as { id: string; text: { en: string }; holds: boolean }[]) {
      const row = html.match(new RegExp(`<tr data-claim="${c.id}">(.*?)</tr>`))?.[1] ?? '';
      expect(row).toContain(c.text.en.replace(/&/g, '&amp;'));
      expect(row).toContain(c.holds ? 'holds' : 'fails');
    }
  });
});

describe('the report in Chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const) {
    it(`reads at ${width}×${height}: no errors, no overflow, charts with axes and legends`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${reportFile}`);
      const look = await page.evaluate(() => {
        const doc = document.documentElement;
        const charts = [...document.querySelectorAll('svg.chart')];
        return {
          overflow: doc.scrollWidth - doc.clientWidth,
          wraps: [...document.querySelectorAll('.table-wrap')].filter(
            (e) => e.scrollWidth > e.clientWidth + 1,
          ).length,
          charts: charts.map((c) => ({
            id: c.id,
            width: c.getBoundingClientRect().width,
            axisLabels: [...c.querySelectorAll('.axis-label')].map((t) => t.textContent ?? ''),
            legend: c.querySelectorAll('.legend .legend-text').length,
            series: c.querySelectorAll('.series').length,
          })),
        };
      });
      await page.screenshot({ path: `/tmp/balance-report-${width}x${height}.png`, fullPage: true });
      await page.close();
      expect(errors).toEqual([]);
      expect(requests).toEqual([`file://${reportFile}`]);
      expect(look.overflow).toBeLessThanOrEqual(0);
      expect(look.wraps).toBe(0);
      // Per level: a band panel per bot, 2 median charts, fired, layoffs, fair share, origins.
      expect(look.charts.length).toBe(2 * (BOT_NAMES.length + 6));
      for (const c of look.charts) {
        expect(c.width, c.id).toBeLessThanOrEqual(width);
        expect(c.axisLabels.length, c.id).toBeGreaterThanOrEqual(1);
        for (const label of c.axisLabels) expect(label.trim().length, c.id).toBeGreaterThan(3);
        if (c.series > 1) expect(c.legend, c.id).toBeGreaterThanOrEqual(2);
      }
      expect(look.charts.some((c) => c.axisLabels.some((l) => l.includes('euros')))).toBe(true);
    });
  }
});
