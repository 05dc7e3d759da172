// The board's camera scanner: a trainer walks the room and holds the board's camera up to each
// participant's QR code, one after another; every new code read is handed to the board, which
// verifies it by replay like a pasted one. The QR decoder loads only when scanning starts.
import { h } from '../../ui/dom';
import type { T } from './lang';

type Problem = 'insecure' | 'denied' | 'noCamera' | 'failed';

export interface Scanner {
  /** The button that starts and stops the camera (it sits with the board's other buttons). */
  button: HTMLElement;
  /** What the camera sees and how many codes it read (below the buttons). */
  panel: HTMLElement;
  /** Relabels the scanner in the board's current language. */
  relabel(t: T): void;
}

/** Largest width the decoder looks at: enough for a phone's QR code held up, cheap per frame. */
const MAX_WIDTH = 960;

export function createScanner(onCode: (text: string) => Promise<void>, firstT: T): Scanner {
  let t = firstT;
  const video = h('video', { class: 'scan-video', playsinline: true, hidden: true });
  video.muted = true;
  const toggle = h('button', { class: 'btn', type: 'button', 'data-scan': '' });
  const note = h('span', { class: 'hint', role: 'status', 'data-scan-status': '' });
  const panel = h('div', { class: 'scan no-print' }, note, video);
  const seen = new Set<string>();
  let stream: MediaStream | null = null;
  let problem: Problem | null = null;
  let scanned = 0;

  const paint = () => {
    toggle.textContent = t(stream ? 'board.scan.stop' : 'board.scan.start');
    note.textContent = problem
      ? t(`board.scan.${problem}`)
      : stream
        ? t('board.scan.looking', { n: scanned })
        : '';
    video.hidden = !stream;
  };
  const stop = () => {
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
    paint();
  };
  const start = async () => {
    problem = null;
    if (!navigator.mediaDevices?.getUserMedia) {
      problem = 'insecure';
      return paint();
    }
    const decode = import('jsqr').then((m) => m.default);
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : '';
      problem = name === 'NotAllowedError' ? 'denied' : name === 'NotFoundError' ? 'noCamera' : 'failed';
      return paint();
    }
    video.srcObject = stream;
    paint();
    await video.play().catch(() => undefined);
    const read = await decode.catch(() => null);
    if (!read) {
      problem = 'failed';
      return stop();
    }
    watch(
      video,
      read,
      () => stream !== null,
      async (text) => {
        if (seen.has(text)) return;
        seen.add(text);
        scanned++;
        paint();
        await onCode(text);
      },
    );
  };
  toggle.addEventListener('click', () => (stream ? stop() : void start()));
  window.addEventListener('pagehide', stop);
  paint();
  return {
    button: toggle,
    panel,
    relabel(next) {
      t = next;
      paint();
    },
  };
}

type Decoder = typeof import('jsqr').default;

/** Reads a frame at a time while `on()`; each text found that looks like a code goes to `found`. */
function watch(
  video: HTMLVideoElement,
  read: Decoder,
  on: () => boolean,
  found: (text: string) => Promise<void>,
) {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  let busy = false;
  const frame = () => {
    if (!on() || !ctx) return;
    if (!busy && video.readyState >= 2 && video.videoWidth > 0) {
      const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
      const img = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const hit = read(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' });
      if (hit?.data.includes('LB1-')) {
        busy = true;
        void found(hit.data).finally(() => {
          busy = false;
        });
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
