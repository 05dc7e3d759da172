// The game's sound effects, synthesised with WebAudio: oscillators, filtered noise and
// envelopes, no sound files. Each function schedules one short sound on a context and a
// destination node; all of them are quiet by design (a workshop room, a projector).

type Ctx = AudioContext;

/** One second of white noise, made once per context. */
export function makeNoise(ctx: Ctx): AudioBuffer {
  const len = Math.floor(ctx.sampleRate);
  const buf = ctx.createBuffer(1, len, ctx.sampleRate);
  const data = buf.getChannelData(0);
  let s = 0x2545f491;
  for (let i = 0; i < len; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    data[i] = ((s >>> 0) / 4294967296) * 2 - 1;
  }
  return buf;
}

function env(ctx: Ctx, dest: AudioNode, t: number, peak: number, attack: number, decay: number): GainNode {
  const g = ctx.createGain();
  g.gain.setValueAtTime(0.0001, t);
  g.gain.exponentialRampToValueAtTime(Math.max(0.0002, peak), t + attack);
  g.gain.exponentialRampToValueAtTime(0.0001, t + attack + decay);
  g.connect(dest);
  return g;
}

function tone(
  ctx: Ctx,
  dest: AudioNode,
  type: OscillatorType,
  freq: number,
  t: number,
  peak: number,
  attack: number,
  decay: number,
): OscillatorNode {
  const o = ctx.createOscillator();
  o.type = type;
  o.frequency.setValueAtTime(freq, t);
  o.connect(env(ctx, dest, t, peak, attack, decay));
  o.start(t);
  o.stop(t + attack + decay + 0.05);
  return o;
}

function noise(ctx: Ctx, buf: AudioBuffer, t: number, dur: number, offset = 0): AudioBufferSourceNode {
  const n = ctx.createBufferSource();
  n.buffer = buf;
  n.start(t, offset % Math.max(0.01, buf.duration - dur - 0.01), dur + 0.05);
  return n;
}

/** A soft two-note chime (a bell a fifth apart): an order is signed. */
export function chime(ctx: Ctx, out: AudioNode, t: number): void {
  const notes = [1046.5, 1568];
  notes.forEach((f, i) => {
    const at = t + i * 0.11;
    tone(ctx, out, 'sine', f, at, 0.22, 0.008, 1.1);
    tone(ctx, out, 'sine', f * 2.01, at, 0.05, 0.005, 0.5);
    tone(ctx, out, 'triangle', f / 2, at, 0.05, 0.01, 0.7);
  });
}

/** A low murmur of voices and a few pencil scratches: a conversation. */
export function murmur(ctx: Ctx, out: AudioNode, t: number, buf: AudioBuffer): void {
  const src = noise(ctx, buf, t, 0.9, 0.13);
  const bp = ctx.createBiquadFilter();
  bp.type = 'bandpass';
  bp.frequency.setValueAtTime(420, t);
  bp.frequency.linearRampToValueAtTime(620, t + 0.4);
  bp.frequency.linearRampToValueAtTime(380, t + 0.85);
  bp.Q.value = 3;
  const am = ctx.createGain();
  am.gain.value = 0.5;
  const lfo = ctx.createOscillator();
  lfo.frequency.value = 5.5;
  const depth = ctx.createGain();
  depth.gain.value = 0.45;
  lfo.connect(depth).connect(am.gain);
  lfo.start(t);
  lfo.stop(t + 1);
  src
    .connect(bp)
    .connect(am)
    .connect(env(ctx, out, t, 0.32, 0.12, 0.75));
  for (let i = 0; i < 3; i++) {
    const at = t + 0.25 + i * 0.13 + (i === 2 ? 0.05 : 0);
    const s = noise(ctx, buf, at, 0.06, 0.4 + i * 0.1);
    const hp = ctx.createBiquadFilter();
    hp.type = 'highpass';
    hp.frequency.value = 3800;
    s.connect(hp).connect(env(ctx, out, at, 0.12, 0.004, 0.05));
  }
}

/** A dull thud: a visitor walks off irritated. */
export function thud(ctx: Ctx, out: AudioNode, t: number, buf: AudioBuffer): void {
  const o = ctx.createOscillator();
  o.type = 'sine';
  o.frequency.setValueAtTime(120, t);
  o.frequency.exponentialRampToValueAtTime(48, t + 0.22);
  o.connect(env(ctx, out, t, 0.5, 0.005, 0.28));
  o.start(t);
  o.stop(t + 0.35);
  const n = noise(ctx, buf, t, 0.08, 0.7);
  const lp = ctx.createBiquadFilter();
  lp.type = 'lowpass';
  lp.frequency.value = 380;
  n.connect(lp).connect(env(ctx, out, t, 0.25, 0.003, 0.07));
}

/** A paper whoosh: a proposal leaves the office. */
export function whoosh(ctx: Ctx, out: AudioNode, t: number, buf: AudioBuffer): void {
  const n = noise(ctx, buf, t, 0.55, 0.25);
  const bp = ctx.createBiquadFilter();
  bp.type = 'bandpass';
  bp.Q.value = 1.2;
  bp.frequency.setValueAtTime(500, t);
  bp.frequency.exponentialRampToValueAtTime(2600, t + 0.32);
  bp.frequency.exponentialRampToValueAtTime(1400, t + 0.5);
  n.connect(bp).connect(env(ctx, out, t, 0.3, 0.12, 0.38));
}

/** A low, slow tone: people lose their jobs. */
export function low(ctx: Ctx, out: AudioNode, t: number): void {
  const o = ctx.createOscillator();
  o.type = 'triangle';
  o.frequency.setValueAtTime(110, t);
  o.frequency.linearRampToValueAtTime(98, t + 1.4);
  o.connect(env(ctx, out, t, 0.3, 0.18, 1.4));
  o.start(t);
  o.stop(t + 1.7);
  tone(ctx, out, 'sine', 55, t, 0.25, 0.25, 1.3);
}

/** A short, soft click for buttons. */
export function click(ctx: Ctx, out: AudioNode, t: number): void {
  const o = ctx.createOscillator();
  o.type = 'square';
  o.frequency.setValueAtTime(1900, t);
  o.frequency.exponentialRampToValueAtTime(900, t + 0.03);
  const lp = ctx.createBiquadFilter();
  lp.type = 'lowpass';
  lp.frequency.value = 2600;
  o.connect(lp).connect(env(ctx, out, t, 0.07, 0.002, 0.035));
  o.start(t);
  o.stop(t + 0.06);
}
