// Which sound each simulation event makes: pure mapping from drained events to cues, at most
// one of a kind per frame, and a limiter so a fast-forwarded game does not turn into noise.
import type { SimEvent } from '../sim';

export type Cue = 'chime' | 'murmur' | 'thud' | 'whoosh' | 'layoff' | 'click';

/** Shortest gap between two plays of a cue, ms. */
export const CUE_GAP_MS: Record<Cue, number> = {
  chime: 260,
  murmur: 900,
  thud: 350,
  whoosh: 220,
  layoff: 1200,
  click: 40,
};

/**
 * The cues a batch of events asks for, each at most once, in a fixed order. Only what happens
 * at our booth or to our company sounds; the competitors' floors stay visual.
 */
export function cuesFor(events: readonly SimEvent[], out: Cue[]): Cue[] {
  out.length = 0;
  let chime = false;
  let murmur = false;
  let thud = false;
  let layoff = false;
  for (const e of events) {
    switch (e.t) {
      case 'order':
        chime = true;
        break;
      case 'outcome':
        if (e.booth !== 0) break;
        if (e.sold > 0) chime = true;
        else if (e.irritation > 0.01 && e.trust <= 0.02) thud = true;
        if (e.byPlayer && (e.action === 'listen' || e.action === 'ask')) murmur = true;
        break;
      case 'talk':
        if (e.booth === 0 && e.action === 'listen') murmur = true;
        break;
      case 'give-up':
        if (e.booth === 0) thud = true;
        break;
      // A proposal's whoosh plays when it is sent (the street view sees the lead change and
      // plays it); the 'proposal' event is the customer's answer: an order chimes, a no is quiet.
      case 'layoff':
      case 'fired':
        layoff = true;
        break;
      default:
        break;
    }
  }
  if (chime) out.push('chime');
  if (murmur) out.push('murmur');
  if (thud) out.push('thud');
  if (layoff) out.push('layoff');
  return out;
}

/** Lets a cue through when its last play is at least its gap ago. */
export class CueLimiter {
  private readonly last = new Map<Cue, number>();

  allow(cue: Cue, now: number): boolean {
    const prev = this.last.get(cue);
    if (prev !== undefined && now - prev < CUE_GAP_MS[cue]) return false;
    this.last.set(cue, now);
    return true;
  }
}
