// Screenshot helper for looking at the game: serves dist/ with vite preview, opens a URL in
// Debian's Chromium and saves PNGs. Usage: npx tsx scripts/shot.ts "<query>" out.png [w] [h] [waitMs]

import { preview } from 'vite';
import { launchChromium } from '../src/cli/chromium';

const [query = '', out = 'screenshots/shot.png', w = '1280', h = '720', wait = '1500'] =
  process.argv.slice(2);
const server = await preview({ configLoader: 'runner', preview: { port: 4399, host: '127.0.0.1' } });
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:4399/${query}`);
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out });
await browser.close();
await server.close();
console.log('saved', out);
