// A fake camera for the scanner's browser test: a Y4M video (what Chromium's
// --use-file-for-fake-video-capture plays in a loop) of a QR code on white, drawn from the
// same modules the debrief draws, and a Chromium launched with that file as its camera.
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/cli/chromium';
import { qrModules } from '../../src/codes/qr';

const SCALE = 4;
const MARGIN = 8;

/** Writes a two-frame greyscale Y4M of the text's QR code; returns its side in pixels. */
export function writeQrVideo(text: string, path: string): number {
  const modules = qrModules(text);
  const side = Math.ceil(((modules.length + MARGIN * 2) * SCALE) / 16) * 16;
  const offset = Math.floor((side - modules.length * SCALE) / 2);
  const y = Buffer.alloc(side * side, 235);
  for (const [r, row] of modules.entries())
    for (const [c, dark] of row.entries()) {
      if (!dark) continue;
      for (let dy = 0; dy < SCALE; dy++) {
        const at = (offset + r * SCALE + dy) * side + offset + c * SCALE;
        y.fill(16, at, at + SCALE);
      }
    }
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${side} H${side} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
  return side;
}

/** A Chromium whose only camera shows the video at `path`, allowed without asking. */
export function launchWithCamera(path: string): Promise<Browser> {
  return launchChromium([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${path}`,
  ]);
}
