// The result code's payload as bytes: a replay (sim version, level, seed, final hash and the
// decision log) written with unsigned varints, and read back with every field checked.
import type { Command, Replay } from '../sim';

const BOOTHS = ['small', 'medium', 'large'] as const;
const ACTIONS = ['pitch', 'ask', 'listen', 'brochure'] as const;
const CHOICES = ['customer', 'innovation', 'none'] as const;
const TYPES = ['plan', 'advance', 'handle', 'followUp', 'improve'] as const;
/** Largest whole number a varint may carry (the sim's money limit is 1e13). */
const MAX_UINT = Number.MAX_SAFE_INTEGER;

class Writer {
  bytes: number[] = [];
  uint(n: number): void {
    let v = Number.isSafeInteger(n) && n >= 0 ? n : 0;
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  text(s: string): void {
    const b = new TextEncoder().encode(s);
    this.uint(b.length);
    for (const x of b) this.bytes.push(x);
  }
}

class Reader {
  at = 0;
  constructor(private readonly b: Uint8Array) {}
  get done(): boolean {
    return this.at >= this.b.length;
  }
  uint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const x = this.b[this.at++];
      if (x === undefined) throw new RangeError('short');
      v += (x & 0x7f) * scale;
      if (v > MAX_UINT) throw new RangeError('big');
      if (x < 0x80) return v;
      scale *= 0x80;
    }
  }
  pick<T>(list: readonly T[]): T {
    const v = list[this.uint()];
    if (v === undefined) throw new RangeError('enum');
    return v;
  }
  text(): string {
    const n = this.uint();
    if (this.at + n > this.b.length) throw new RangeError('short');
    const s = new TextDecoder().decode(this.b.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }
}

const idx = <T>(list: readonly T[], v: T) => Math.max(0, list.indexOf(v));

function writeCommand(w: Writer, c: Command): void {
  w.uint(idx(TYPES, c.type));
  if (c.type === 'plan') {
    // The CEO's invitation is bit 16, above the bits older codes used (so they read as before).
    const invite = c.inviteCeo ? 16 : 0;
    w.uint(
      invite + idx(BOOTHS, c.booth) * 4 + (c.focus === 'conversation' ? 2 : 0) + (c.showInnovations ? 1 : 0),
    );
    for (const n of [c.pitchers, c.listeners, c.revenueTarget, c.costCap]) w.uint(n);
  } else if (c.type === 'advance') w.uint(c.steps);
  else if (c.type === 'handle') w.uint(c.visitor * 4 + idx(ACTIONS, c.action));
  else if (c.type === 'followUp') w.uint(c.lead);
  else w.uint(idx(CHOICES, c.choice));
}

function readCommand(r: Reader): Command {
  const type = r.pick(TYPES);
  if (type === 'plan') {
    const all = r.uint();
    if (all > 27) throw new RangeError('plan');
    const bits = all & 15;
    const booth = BOOTHS[bits >> 2];
    if (!booth || bits > 11) throw new RangeError('plan');
    const [pitchers, listeners, revenueTarget, costCap] = [
      r.uint(),
      r.uint(),
      r.uint(),
      r.uint(),
    ] as number[];
    const focus = bits & 2 ? 'conversation' : 'display';
    return {
      type,
      booth,
      focus,
      showInnovations: (bits & 1) === 1,
      inviteCeo: (all & 16) === 16,
      pitchers,
      listeners,
      revenueTarget,
      costCap,
    } as Command;
  }
  if (type === 'advance') return { type, steps: r.uint() };
  if (type === 'handle') {
    const v = r.uint();
    return { type, visitor: Math.floor(v / 4), action: ACTIONS[v % 4] as (typeof ACTIONS)[number] };
  }
  if (type === 'followUp') return { type, lead: r.uint() };
  return { type, choice: r.pick(CHOICES) };
}

/** The replay as bytes (its season hashes are left out: the final hash covers them). */
export function writeReplay(r: Replay): Uint8Array {
  const w = new Writer();
  w.uint(r.simVersion);
  w.text(r.level);
  w.text(r.seed);
  const hash = r.hash ?? '';
  w.uint(hash.length / 2);
  for (let i = 0; i + 1 < hash.length; i += 2) w.bytes.push(Number.parseInt(hash.slice(i, i + 2), 16));
  w.uint(r.commands.length);
  for (const c of r.commands) writeCommand(w, c);
  return Uint8Array.from(w.bytes);
}

/** The replay in the bytes, or null when they do not parse completely. */
export function readReplay(bytes: Uint8Array): Replay | null {
  try {
    const r = new Reader(bytes);
    const simVersion = r.uint();
    const level = r.text();
    const seed = r.text();
    const hashBytes = r.uint();
    let hash = '';
    for (let i = 0; i < hashBytes; i++) hash += (bytes[r.at++] ?? 0).toString(16).padStart(2, '0');
    if (r.at > bytes.length) return null;
    const count = r.uint();
    if (count > bytes.length) return null;
    const commands: Command[] = [];
    for (let i = 0; i < count; i++) commands.push(readCommand(r));
    if (!r.done) return null;
    return { simVersion, level, seed, commands, ...(hash ? { hash } : {}) };
  } catch {
    return null;
  }
}
