// Debian's Chromium for the browser tests and benchmarks, through playwright-core (no browser
// downloads exist here): the executable path and the flags for a headless run with WebGL
// through SwiftShader and no network chatter. One place for the tests, scripts and tools.
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches it; `extra` flags are added to the usual ones (the scanner's fake camera). */
export function launchChromium(extra: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extra] });
}
