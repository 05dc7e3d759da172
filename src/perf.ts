// Frame timing of the game's own JavaScript: the world wraps each frame's work (the store's
// fixed-step clock, the overlay updates it triggers, the scene's drawing updates) in
// frameStart()/frameEnd(); the last frames' durations are kept in a ring buffer and read by
// the in-browser benchmark through window.listeningBooth.frameStats(). Costs two
// performance.now() calls per frame.
const SIZE = 600;
const samples = new Float64Array(SIZE);
let count = 0;
let start = 0;

export function frameStart(): void {
  start = performance.now();
}

export function frameEnd(): void {
  samples[count % SIZE] = performance.now() - start;
  count++;
}

export interface FrameStats {
  frames: number;
  median: number;
  p95: number;
  max: number;
}

/** Statistics of the last `n` frames (at most the buffer's size). */
export function frameStats(n = SIZE): FrameStats {
  const k = Math.min(n, count, SIZE);
  const list: number[] = [];
  for (let i = count - k; i < count; i++) list.push(samples[i % SIZE] ?? 0);
  list.sort((a, b) => a - b);
  const at = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
  return { frames: k, median: at(0.5), p95: at(0.95), max: list[list.length - 1] ?? 0 };
}

export function resetFrameStats(): void {
  count = 0;
}
