// What the world's scenes share: the store (the one bridge to the game), the baked art, the
// sound, the frame-time meter, which view shows now, and the two views' event inlets. Plain
// references owned by createWorld; nothing of this goes into the store.
import type { Sound } from '../audio';
import type { SimEvent } from '../sim';
import type { SessionStore } from '../store/session';
import type { ArtBook } from './art/atlas';
import type { PerfMeter } from './perf';

export type ViewName = 'hall' | 'street';

export interface View {
  /** Events drained this frame (only sent to the view on screen). */
  onEvents(events: readonly SimEvent[]): void;
  /** Where a visitor stands on screen (page pixels), if the view shows them. */
  pointOf?(visitor: number): { x: number; y: number; settled: boolean } | null;
  /** The bubble over a visitor, if one shows: its kind and the icon frame in it. */
  bubbleOf?(visitor: number): { kind: 'speech' | 'thought'; icon: string } | null;
}

export interface WorldContext {
  store: SessionStore;
  art: ArtBook;
  sound: Sound;
  perf: PerfMeter;
  view: ViewName;
  hall: View | null;
  street: View | null;
  /** Set when a view failed; the clock keeps running and the DOM still plays the game. */
  broken: boolean;
}
