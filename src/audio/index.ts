// Sound for the world: plays the cue of each drained simulation event and a click for the
// overlay's buttons. The AudioContext is created on the first user gesture (browsers demand
// it) and only then; the store's sound setting mutes, its volume scales. Never throws: where
// WebAudio is missing or refuses, the game is simply silent.
import type { SimEvent } from '../sim';
import type { SessionStore } from '../store/session';
import { type Cue, CueLimiter, cuesFor } from './cues';
import { chime, click, low, makeNoise, murmur, thud, whoosh } from './synth';

export interface Sound {
  /** Plays the cues of a batch of events (called by the world with each drained batch). */
  onEvents(events: readonly SimEvent[]): void;
  play(cue: Cue): void;
  destroy(): void;
}

type AudioCtor = new () => AudioContext;

function audioCtor(): AudioCtor | null {
  const g = globalThis as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor };
  return g.AudioContext ?? g.webkitAudioContext ?? null;
}

const CLICKABLE =
  'button, [role="button"], a[href], summary, input[type="checkbox"], input[type="radio"], select';

export function createSound(store: SessionStore, doc: Document | null = globalThis.document ?? null): Sound {
  let ctx: AudioContext | null = null;
  let master: GainNode | null = null;
  let noiseBuf: AudioBuffer | null = null;
  let broken = false;
  const limiter = new CueLimiter();
  const batch: Cue[] = [];

  const enabled = () => {
    const s = store.getState().settings;
    return s.sound && s.volume > 0;
  };

  const applyVolume = () => {
    if (!ctx || !master) return;
    const s = store.getState().settings;
    try {
      master.gain.setTargetAtTime(s.sound ? s.volume * 0.8 : 0, ctx.currentTime, 0.03);
    } catch {
      /* a closed context: stay silent */
    }
  };

  const unlock = () => {
    if (broken) return;
    try {
      if (!ctx) {
        const Ctor = audioCtor();
        if (!Ctor) {
          broken = true;
          return;
        }
        ctx = new Ctor();
        master = ctx.createGain();
        master.gain.value = 0;
        const comp = ctx.createDynamicsCompressor();
        master.connect(comp).connect(ctx.destination);
        noiseBuf = makeNoise(ctx);
        applyVolume();
      }
      if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
    } catch {
      broken = true;
      ctx = null;
    }
  };

  const onClick = (e: Event) => {
    const t = e.target as Element | null;
    if (t && typeof t.closest === 'function' && t.closest(CLICKABLE)) play('click');
  };

  const gestures = ['pointerdown', 'keydown', 'touchend'] as const;
  if (doc) {
    for (const g of gestures) doc.addEventListener(g, unlock, { capture: true, passive: true });
    doc.addEventListener('click', onClick, { capture: true, passive: true });
  }
  const unsub = store.subscribe((s, prev) => {
    if (s.settings !== prev.settings) applyVolume();
  });

  function play(cue: Cue): void {
    if (!ctx || !master || !noiseBuf || broken || !enabled() || ctx.state !== 'running') return;
    const now = ctx.currentTime;
    if (!limiter.allow(cue, now * 1000)) return;
    try {
      const t = now + 0.01;
      switch (cue) {
        case 'chime':
          chime(ctx, master, t);
          break;
        case 'murmur':
          murmur(ctx, master, t, noiseBuf);
          break;
        case 'thud':
          thud(ctx, master, t, noiseBuf);
          break;
        case 'whoosh':
          whoosh(ctx, master, t, noiseBuf);
          break;
        case 'layoff':
          low(ctx, master, t);
          break;
        case 'click':
          click(ctx, master, t);
          break;
      }
    } catch {
      /* a sound that fails is a sound not heard */
    }
  }

  return {
    onEvents(events) {
      if (!ctx || events.length === 0 || !enabled()) return;
      for (const cue of cuesFor(events, batch)) play(cue);
    },
    play,
    destroy() {
      unsub();
      if (doc) {
        for (const g of gestures) doc.removeEventListener(g, unlock, { capture: true });
        doc.removeEventListener('click', onClick, { capture: true });
      }
      try {
        void ctx?.close().catch(() => undefined);
      } catch {
        /* already closed */
      }
      ctx = null;
    },
  };
}
