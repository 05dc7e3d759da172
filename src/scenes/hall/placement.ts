// Who stands where at a booth: the spot the simulation's state gives a visitor who queues or
// talks there — in the queue's line, at the staff station whose slot holds them (sitting at a
// listener's table, standing at a pitcher's counter), or beside the booth when the player took
// the talk over — and the pose they rest in. A pure view of the state, tested without Phaser;
// visitors walking about are the scene's to place (they amble, the sim does not say where).
import type { SimState, Visitor } from '../../sim';
import { type BoothBox, type Point, playerTalkSpot, queueSpot, type Station } from '../layout/hall-layout';
import type { Rest } from './actors';

export interface Spot extends Point {
  kind: 'queue' | 'station' | 'player';
  rest: Rest;
  /** Faces the other way (a visitor sits across the table from a listener). */
  flip: boolean;
}

/** The station of a booth's staff slot, as the booth is drawn this season. */
export type StationOf = (booth: number, slot: number) => Station | undefined;

/**
 * Where a visitor stands at a booth, or null when they are not at one. `playerTalk` numbers the
 * talks the player took over (each gets its own place beside the booth).
 */
export function boothSpot(
  v: Visitor,
  s: SimState,
  boxes: readonly BoothBox[],
  stationOf: StationOf,
  playerTalk: number,
  out: Spot,
): Spot | null {
  const box = boxes[v.booth];
  if (!box) return null;
  out.flip = false;
  if (v.status === 'queue') {
    const idx = s.floors[v.booth]?.queue.indexOf(v.id) ?? 0;
    queueSpot(box, Math.max(0, idx), out);
    out.kind = 'queue';
    out.rest = 'back';
    return out;
  }
  if (v.status !== 'talking' || !v.talk) return null;
  const station = v.talk.slot >= 0 ? stationOf(v.booth, v.talk.slot) : undefined;
  if (station) {
    out.x = station.visitorX;
    out.y = station.visitorY;
    out.kind = 'station';
    out.rest = station.role === 'listen' ? 'sit' : 'back';
    out.flip = station.role === 'listen';
    return out;
  }
  playerTalkSpot(box, playerTalk, out);
  out.kind = 'player';
  out.rest = 'back';
  return out;
}
