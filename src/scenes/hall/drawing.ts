// The hall's per-frame drawing of what moves between store changes: a visitor's bubble and
// "can talk" mark following them, the staff's nods and pitch bubbles at their stations, the
// sparkle over a booth showing new products, and the selection ring, pin and hover ring. Each
// function only places and shows Phaser objects the scene owns; none decides game state.
import type * as Phaser from 'phaser';
import { STAFF_POSE } from '../art/catalogue';
import type { FxPool } from '../fx';
import type { Actor } from './actors';
import type { BoothView } from './booth-view';

/** The selection marks: a ring on the floor and a pin above the chosen visitor, a ring under the hovered one. */
export interface Markers {
  ring: Phaser.GameObjects.Image;
  pin: Phaser.GameObjects.Image;
  hover: Phaser.GameObjects.Image;
}

/** Bubbles and icons sit above everyone; marks and rings sit on the floor by depth = y. */
const BUBBLE_DEPTH = 100000;
const SPARKLE_DEPTH = 150000;
const PIN_DEPTH = 300000;

/** Moves a visitor's bubble with them; the selected visitor speaks in the card, so theirs hides. */
export function placeBubble(a: Actor, selected: boolean): void {
  if (a.bubbleKind === 'none') return;
  if (a.bubble.visible === selected) {
    a.bubble.setVisible(!selected);
    a.icon.setVisible(!selected);
  }
  if (selected) return;
  const sit = !a.moving() && a.rest === 'sit';
  const bx = a.x + 4;
  const by = a.y - (sit ? 40 : 50) * (0.92 + (a.look % 5) * 0.03);
  a.bubble
    .setPosition(bx, by)
    .setDepth(BUBBLE_DEPTH + a.y)
    .setAlpha(a.alpha);
  a.icon
    .setPosition(bx + 9, by - 15)
    .setDepth(BUBBLE_DEPTH + 1 + a.y)
    .setAlpha(a.alpha);
}

/** The mark at the feet of a visitor the player may step in with (not the one already chosen). */
export function placeMark(a: Actor, selected: boolean): void {
  const mark = a.selectable && !selected;
  if (mark !== a.mark.visible) a.mark.setVisible(mark);
  if (mark) a.mark.setPosition(a.x, a.y).setDepth(a.y - 0.15);
}

/** Listeners nod over their notes; pitchers call out now and then; station bubbles time out. */
export function animateStations(
  booths: readonly BoothView[],
  time: number,
  reduced: boolean,
  live: boolean,
): void {
  const nod = !reduced && Math.floor(time / 650) % 2 === 0;
  for (const b of booths) {
    for (const sv of b.stations) {
      if (sv.station.role === 'listen' && sv.busy >= 0)
        b.setPose(sv, nod ? STAFF_POSE.nod : STAFF_POSE.notes);
      if (sv.station.role === 'pitch' && sv.busy >= 0 && time > sv.nextBubble && live) {
        sv.nextBubble = time + 2600 + ((sv.face * 397) % 900);
        if (time > sv.bubbleUntil) b.say(sv, 'excl', time + 1100);
      }
      if (!sv.bubble.visible) continue;
      if (time > sv.bubbleUntil) {
        sv.bubble.setVisible(false);
        sv.icon.setVisible(false);
      } else {
        const bx = sv.station.staffX + 4;
        const by = sv.station.staffY - (sv.station.role === 'listen' ? 40 : 50);
        sv.bubble.setPosition(bx, by);
        sv.icon.setPosition(bx + 9, by - 15);
      }
    }
  }
}

/** The light cone over a booth showing new products breathes, and sparkles rise from it. */
export function sparkle(booths: readonly BoothView[], time: number, rand: () => number, fx: FxPool): void {
  for (const b of booths) {
    if (!b.cone) continue;
    b.cone.setAlpha(0.6 + 0.12 * Math.sin(time / 700 + b.index));
    if (time <= b.nextSparkle) continue;
    b.nextSparkle = time + 160 + rand() * 260;
    const x = b.sparkleX + (rand() - 0.5) * 70;
    const y = b.sparkleY + rand() * 40;
    const spec = { frame: 'sparkle', x, y, vy: -14, life: 0.9, s0: 0.2, s1: 0.9, a0: 1, a1: 0, spin: 2 };
    fx.spawn({ ...spec, depth: SPARKLE_DEPTH + y }, false);
  }
}

/** The ring and pin on the chosen visitor (pulsing, bobbing unless motion is reduced); the hover ring. */
export function placeMarkers(
  m: Markers,
  selected: Actor | undefined,
  hovered: Actor | null,
  time: number,
  reduced: boolean,
): void {
  if (selected) {
    // on the floor, over a seated visitor's chair but under the visitor
    m.ring
      .setVisible(true)
      .setPosition(selected.x, selected.y)
      .setDepth(selected.y - 0.1);
    m.ring.setScale(0.5 * (reduced ? 1 : 1 + 0.08 * Math.sin(time / 180)));
    const sit = !selected.moving() && selected.rest === 'sit';
    const bob = reduced ? 0 : Math.sin(time / 220) * 2;
    m.pin
      .setVisible(true)
      .setPosition(selected.x, selected.y - (sit ? 48 : 58) + bob)
      .setDepth(PIN_DEPTH);
  } else if (m.ring.visible) {
    m.ring.setVisible(false);
    m.pin.setVisible(false);
  }
  if (hovered && !hovered.free && hovered !== selected)
    m.hover
      .setVisible(true)
      .setPosition(hovered.x, hovered.y)
      .setDepth(hovered.y - 0.45);
  else if (m.hover.visible) m.hover.setVisible(false);
}
