// Per-frame cost of the game's own JavaScript: from the start of Phaser's step (input, the
// simulation clock, every scene's update) to the end of its render call, with two sections
// inside it: the clock (the store's tick and event drain, which includes the overlay's
// store subscribers) and the world's own scene updates. Kept in ring buffers;
// window.listeningBoothWorld.perf() reports percentiles, and development builds log them.

export interface PerfStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Mean of the world scenes' own update time (ms), without the clock and rendering. */
  update: number;
  /** 95th percentile of the world scenes' own update time (ms). */
  updateP95: number;
  /** 95th percentile of the clock section (store tick + drain, ms). */
  clockP95: number;
}

export type Section = 'clock' | 'views';

export class PerfMeter {
  private readonly frame: Float64Array;
  private readonly clock: Float64Array;
  private readonly views: Float64Array;
  private readonly sorted: Float64Array;
  private count = 0;
  private at = 0;
  private start = 0;
  private secStart = 0;
  private clockAcc = 0;
  private viewsAcc = 0;

  constructor(readonly size = 1200) {
    this.frame = new Float64Array(size);
    this.clock = new Float64Array(size);
    this.views = new Float64Array(size);
    this.sorted = new Float64Array(size);
  }

  frameStart(): void {
    this.start = performance.now();
    this.clockAcc = 0;
    this.viewsAcc = 0;
  }

  frameEnd(): void {
    this.frame[this.at] = performance.now() - this.start;
    this.clock[this.at] = this.clockAcc;
    this.views[this.at] = this.viewsAcc;
    this.at = (this.at + 1) % this.size;
    if (this.count < this.size) this.count++;
  }

  begin(): void {
    this.secStart = performance.now();
  }

  end(section: Section): void {
    const t = performance.now() - this.secStart;
    if (section === 'clock') this.clockAcc += t;
    else this.viewsAcc += t;
  }

  reset(): void {
    this.count = 0;
    this.at = 0;
  }

  private pct(src: Float64Array, p: number): number {
    const n = this.count;
    const s = this.sorted.subarray(0, n);
    s.set(src.subarray(0, n));
    s.sort();
    return s[Math.min(n - 1, Math.floor(p * n))] as number;
  }

  /** The n slowest frames: total, clock and world-update ms each (for finding spikes). */
  worst(n = 10): { frame: number; clock: number; views: number }[] {
    const idx = Array.from({ length: this.count }, (_, i) => i);
    idx.sort((a, b) => (this.frame[b] as number) - (this.frame[a] as number));
    return idx.slice(0, n).map((i) => ({
      frame: this.frame[i] as number,
      clock: this.clock[i] as number,
      views: this.views[i] as number,
    }));
  }

  stats(): PerfStats {
    const n = this.count;
    if (n === 0) return { frames: 0, p50: 0, p95: 0, max: 0, update: 0, updateP95: 0, clockP95: 0 };
    let u = 0;
    for (let i = 0; i < n; i++) u += this.views[i] as number;
    return {
      frames: n,
      p50: this.pct(this.frame, 0.5),
      p95: this.pct(this.frame, 0.95),
      max: this.pct(this.frame, 1),
      update: u / n,
      updateP95: this.pct(this.views, 0.95),
      clockP95: this.pct(this.clock, 0.95),
    };
  }
}
