// The fair hall: the floor, the booths of this season, their staff, and the visitors walking,
// queueing, talking and reacting, drawn from the session store. The simulation moves the
// visitors' targets once per tick (on a store change); this scene walks them there every frame,
// animates the drained events (reactions, orders, bubbles) and lets the player pick a visitor
// at our booth. On the other screens it is a calm backdrop with a few strollers.
import * as Phaser from 'phaser';
import { layoutFor } from '../../layout';
import type { Level } from '../../levels/schema';
import type { Game, SimEvent, SimState, Visitor } from '../../sim';
import { levelById, type SessionState } from '../../store/session';
import { ceoIsAtBooth } from '../../view';
import { BACKDROP_RES, bakeStaff, FLOOR_KEY, needFrames, STAFF_POSE } from '../art/catalogue';
import { HALL_MARGIN, WORLD_EDGE } from '../art/hall-art';
import type { View, WorldContext } from '../context';
import { FxPool } from '../fx';
import { frameWorld } from '../layout/frame';
import {
  type BoothBox,
  boothBoxes,
  ENTRANCE_X,
  ENTRANCE_Y,
  HALL_H,
  HALL_W,
  type Point,
  queueSpot,
  strollPoint,
} from '../layout/hall-layout';
import { lookForAccount, VISITOR_LOOKS } from '../looks';
import { needIcon, topNeedIndex } from '../needs';
import { seeded, unit3 } from '../rand';
import { ViewScene } from '../view-scene';
import { type Actor, ActorPool, type Rest } from './actors';
import { BoothView, type StationView } from './booth-view';
import { animateStations, type Markers, placeBubble, placeMark, placeMarkers, sparkle } from './drawing';
import { learnedByPlayer, learnedByStaff, reaction, saleBurst } from './effects';
import { pickAt } from './picking';
import { boothSpot, type Spot, type StationOf } from './placement';
import { type BoothSetup, levelSetups, sameSetups, stateSetups } from './setup';

const WALK_SPEED = 62;
const STROLLERS = 14;
const SIDE_SPLIT = 476;
const MAX_THOUGHTS = 4;
const MAX_REACTIONS = 10;

/** Whether the hall shows the live fair (else: a backdrop). */
function isLive(st: SessionState): boolean {
  const g = st.game;
  return !!g && st.screen === 'play' && (g.state.phase === 'fair' || g.state.phase === 'plan');
}

/**
 * What a visitor at a booth says in their bubble, by their tell (the same the card words):
 * a price tag for one who asks about prices and delivery, their need for one who wants to tell
 * what went wrong, dots for one who is only looking.
 */
function speechIcon(a: Actor): string {
  if (a.tell === 'buying') return 'priceTag';
  if (a.tell === 'looking') return 'dots';
  return a.need || 'need.generic';
}

export class HallScene extends ViewScene implements View {
  private actors!: ActorPool;
  private fx!: FxPool;
  private markers!: Markers;
  private booths: BoothView[] = [];
  private boxes: BoothBox[] = [];
  private setups: BoothSetup[] = [];
  private unsubscribe: (() => void) | null = null;
  private dirty = true;
  private dirtyFrame = -1;
  private reframeNeeded = true;
  private live = false;
  private stamp = 0;
  private level: Level | null = null;
  private levelId = '';
  private needOf: string[] = [];
  private reduced = false;
  private speedFactor = 1;
  private stepSeconds = 1;
  private now = 0;
  private readonly tmp: Point = { x: 0, y: 0 };
  private readonly wp = new Phaser.Math.Vector2();
  private hovered: Actor | null = null;
  private cursor = '';
  private rand = seeded(1995);
  private setupKey = '';
  private thoughts = 0;
  /** Reactions shown for the current batch (a catch-up batch must not carpet the hall). */
  private reactions = 0;
  /** The visitor whose card is open (-1 none), read once per frame. */
  private selectedId = -1;

  constructor(world: WorldContext) {
    super(world, 'hall', 'the hall');
  }

  create(): void {
    const w = this.world;
    w.hall = this;
    this.cameras.main.setBackgroundColor(WORLD_EDGE);
    this.add
      .image(-HALL_MARGIN, -HALL_MARGIN, FLOOR_KEY)
      .setOrigin(0, 0)
      .setScale(1 / BACKDROP_RES)
      .setDepth(-100000);
    this.actors = new ActorPool(this, w.art, 40);
    this.fx = new FxPool(this, w.art, 72);
    this.markers = {
      ring: w.art.image(this, 'ringSel', 0, 0).setVisible(false),
      pin: w.art.image(this, 'pin', 0, 0).setVisible(false),
      hover: w.art.image(this, 'ringHover', 0, 0).setVisible(false),
    };
    this.unsubscribe = w.store.subscribe((s, prev) => {
      if (
        s.version !== prev.version ||
        s.screen !== prev.screen ||
        s.settings !== prev.settings ||
        s.levelId !== prev.levelId ||
        s.game !== prev.game
      )
        this.markDirty();
      if (s.screen !== prev.screen || s.game !== prev.game) this.reframeNeeded = true;
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.input.on(Phaser.Input.Events.POINTER_DOWN, this.onPointerDown, this);
    this.input.on(Phaser.Input.Events.POINTER_MOVE, this.onPointerMove, this);
    this.events.on(Phaser.Scenes.Events.WAKE, this.onWake, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.onShutdown, this);
    if (w.view !== 'hall') this.scene.sleep();
    else this.cameras.main.fadeIn(400, 244, 236, 223);
  }

  private onShutdown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    for (const b of this.booths) b.destroy();
    this.booths = [];
    if (this.world.hall === this) this.world.hall = null;
  }

  private onWake(): void {
    this.dirty = true;
    this.reframeNeeded = true;
    this.cameras.main.fadeIn(this.reduced ? 200 : 450, 244, 236, 223);
  }

  private onResize(): void {
    this.reframeNeeded = true;
  }

  private reframe(): void {
    this.reframeNeeded = false;
    const cam = this.cameras.main;
    const w = this.scale.width;
    const h = this.scale.height;
    cam.setSize(w, h);
    const st = this.world.store.getState();
    const lay = layoutFor(w, h);
    const f = frameWorld(
      { x: 0, y: 40, w: HALL_W, h: HALL_H - 40 },
      { w, h },
      lay.stage,
      st.screen === 'play' ? 'fit' : 'cover',
      10,
    );
    cam.setZoom(f.zoom);
    cam.centerOn(f.centerX, f.centerY);
  }

  // ---- store → world ------------------------------------------------------------------------

  private currentLevel(st: SessionState): Level | null {
    const id = st.game ? st.game.level.id : st.levelId;
    if (st.game) return st.game.level;
    if (id !== this.levelId) {
      this.levelId = id;
      this.level = levelById(id);
    }
    return this.level;
  }

  private refreshBooths(st: SessionState, level: Level | null): void {
    const g = st.game;
    const live = isLive(st);
    const key = `${level?.id ?? ''}|${g ? `${g.state.season}|${g.state.phase}|${g.state.floors.length}` : '-'}|${st.settings.lang}|${live}`;
    if (key === this.setupKey && this.booths.length > 0) return;
    this.setupKey = key;
    if (!level) return;
    const setups = g ? stateSetups(level, g.state, st.settings.lang) : levelSetups(level, st.settings.lang);
    if (sameSetups(setups, this.setups) && this.booths.length > 0) return;
    this.setups = setups;
    for (const b of this.booths) b.destroy();
    this.booths = [];
    this.boxes = boothBoxes(setups.map((s) => s.size));
    this.needOf = level.needs.map((n) => needFrames[needIcon(n.id)] ?? 'need.generic');
    setups.forEach((s, i) => {
      bakeStaff(this.textures, this.world.art, s.color);
      const box = this.boxes[i];
      if (box) this.booths.push(new BoothView(this, this.world.art, i, box, s));
    });
  }

  private sync(): void {
    this.dirty = false;
    const st = this.world.store.getState();
    this.reduced = st.settings.reducedMotion;
    this.speedFactor = st.bot?.max ? 6 : st.settings.speed;
    this.stepSeconds = Math.max(0.2, 1.5 / this.speedFactor);
    const level = this.currentLevel(st);
    this.refreshBooths(st, level);
    const live = isLive(st);
    if (live !== this.live) {
      this.live = live;
      this.actors.releaseAll();
      this.fx.clear();
      this.thoughts = 0;
    }
    const g = st.game;
    if (live && g) this.syncLive(g.state, level);
    else this.syncBackdrop();
    this.syncStaff(live ? g : null);
  }

  private needFrame(s: SimState | null, account: number): string {
    const acc = s?.accounts[account];
    if (!acc) return 'need.generic';
    return this.needOf[topNeedIndex(acc.needs)] ?? 'need.generic';
  }

  private spawn(v: Visitor, s: SimState, atEntrance: boolean): Actor {
    const a = this.actors.acquire(
      v.id,
      lookForAccount(v.account),
      ENTRANCE_X + (v.id % 5) * 6 - 12,
      ENTRANCE_Y,
    );
    a.need = this.needFrame(s, v.account);
    a.tell = v.tell;
    if (!atEntrance) {
      const p = this.targetOf(v, s, this.tmp);
      a.place(p.x, p.y);
    }
    return a;
  }

  /** Where the simulation puts a visitor now; sets rest pose info on tmpRest. */
  private tmpRest: Rest = 'front';
  private tmpFlip = false;
  private readonly spot: Spot = { x: 0, y: 0, kind: 'queue', rest: 'front', flip: false };
  private readonly stationOf: StationOf = (booth, slot) => this.booths[booth]?.stations[slot]?.station;

  private targetOf(v: Visitor, s: SimState, out: Point): Point {
    const at = boothSpot(v, s, this.boxes, this.stationOf, this.playerTalks, this.spot);
    if (at) {
      if (at.kind === 'player') this.playerTalks++;
      this.tmpRest = at.rest;
      this.tmpFlip = at.flip;
      out.x = at.x;
      out.y = at.y;
      return out;
    }
    this.tmpRest = 'front';
    this.tmpFlip = false;
    const a = this.actors.get(v.id);
    if (a && !Number.isNaN(a.sx)) {
      out.x = a.sx;
      out.y = a.sy;
      return out;
    }
    return strollPoint(unit3(v.id, 1, 1), unit3(v.id, 1, 2), unit3(v.id, 1, 3), out);
  }

  private playerTalks = 0;

  private syncLive(s: SimState, _level: Level | null): void {
    const stamp = ++this.stamp;
    this.playerTalks = 0;
    const selected = this.world.store.getState().selectedVisitor;
    if (s.phase === 'fair') {
      for (const id of s.hall) {
        const v = s.visitors[id];
        if (!v) continue;
        let a = this.actors.get(id);
        if (!a) a = this.spawn(v, s, v.arrive >= s.tick - 2);
        a.stamp = stamp;
        if (v.status === 'walking') {
          const epoch = Math.floor((s.tick + (id % 3)) / 3);
          if (a.strollEpoch !== epoch || Number.isNaN(a.sx)) {
            a.strollEpoch = epoch;
            const main = a.y < SIDE_SPLIT;
            const stay = unit3(id, epoch, 9) < 0.72;
            const lane = stay === main ? 0.1 : 0.9;
            strollPoint(lane, unit3(id, epoch, 2), unit3(id, epoch, 3), this.tmp);
            // amble on from here rather than across the whole hall
            if (stay)
              this.tmp.x = Math.max(70, Math.min(HALL_W - 70, a.x + (unit3(id, epoch, 5) - 0.5) * 560));
            a.sx = this.tmp.x;
            a.sy = this.tmp.y;
            if (unit3(id, epoch, 4) < 0.1 && this.thoughts < MAX_THOUGHTS)
              this.showBubble(a, 'thought', 2400);
          }
          a.goTo(a.sx, a.sy, this.boxes, 'front', false);
        } else {
          const p = this.targetOf(v, s, this.tmp);
          a.goTo(p.x, p.y, this.boxes, this.tmpRest, this.tmpFlip);
        }
        a.selectable = v.booth === 0 && (v.status === 'queue' || v.status === 'talking') && !v.talk?.resolved;
        if (a.selectable && a.bubbleKind !== 'speech') this.showBubble(a, 'speech', Number.POSITIVE_INFINITY);
        if (!a.selectable && a.bubbleUntil === Number.POSITIVE_INFINITY) a.bubbleUntil = this.now;
        if (id === selected) a.selectable = true;
      }
    }
    for (const a of this.actors.all) {
      if (a.free || a.stamp === stamp || a.leaving || a.id < 0) continue;
      this.leave(a);
    }
  }

  private leave(a: Actor): void {
    a.leaving = true;
    a.selectable = false;
    a.bubbleUntil = Math.min(a.bubbleUntil, this.now);
    a.goTo(ENTRANCE_X + (a.look % 5) * 8 - 16, ENTRANCE_Y + 10, this.boxes, 'front', false);
  }

  private syncBackdrop(): void {
    let n = 0;
    for (const a of this.actors.all) if (!a.free) n++;
    for (let k = n; k < STROLLERS; k++) {
      const id = -1 - k;
      strollPoint(this.rand(), this.rand(), this.rand(), this.tmp);
      const a = this.actors.acquire(id, Math.floor(this.rand() * VISITOR_LOOKS), this.tmp.x, this.tmp.y);
      a.need = this.needOf[Math.floor(this.rand() * this.needOf.length)] ?? 'need.generic';
      a.nextMove = this.now + this.rand() * 4000;
      a.sx = a.x;
      a.sy = a.y;
    }
  }

  private syncStaff(g: Game | null): void {
    const s = g ? g.state : null;
    const ceoHere = !!g && ceoIsAtBooth(g);
    for (const b of this.booths) {
      const floor = s?.floors[b.index];
      let director = false;
      let directorPitch = false;
      for (let k = 0; k < b.stations.length; k++) {
        const sv = b.stations[k] as StationView;
        sv.busy = floor ? (floor.busy[k] ?? -1) : -1;
        if (sv.station.role === 'pitch') b.setPose(sv, sv.busy >= 0 ? STAFF_POSE.point : STAFF_POSE.front);
        else if (sv.busy < 0) b.setPose(sv, STAFF_POSE.notes);
      }
      if (b.director && s && s.phase === 'fair') {
        for (const id of s.hall) {
          const v = s.visitors[id];
          if (v && v.booth === b.index && v.status === 'talking' && v.talk && v.talk.slot < 0) {
            director = true;
            if (v.talk.action === 'pitch') directorPitch = true;
          }
        }
      }
      b.ceo?.setVisible(ceoHere);
      if (b.director) {
        b.director.setVisible(director);
        this.world.art.apply(
          b.director,
          b.directorFrames[directorPitch ? STAFF_POSE.point : STAFF_POSE.front] ?? '',
        );
      }
    }
  }

  // ---- events -------------------------------------------------------------------------------

  onEvents(events: readonly SimEvent[]): void {
    const st = this.world.store.getState();
    const g = st.game;
    if (!g || !this.live) return;
    const s = g.state;
    let ourSale = false;
    this.reactions = 0;
    for (const e of events) {
      switch (e.t) {
        case 'arrive': {
          const v = s.visitors[e.visitor];
          if (v && !this.actors.get(v.id) && this.liveCount() < 120) this.spawn(v, s, true);
          break;
        }
        case 'talk': {
          const v = s.visitors[e.visitor];
          const slot = v?.talk?.slot ?? -1;
          const b = this.booths[e.booth];
          const sv = slot >= 0 ? b?.stations[slot] : undefined;
          if (e.action === 'pitch' && b && sv) b.say(sv, 'excl', this.now + 1700);
          const a = this.actors.get(e.visitor);
          if (a && e.action !== 'pitch' && !a.selectable) this.showBubble(a, 'speech', 2600);
          break;
        }
        case 'outcome': {
          const a = this.actors.get(e.visitor);
          const x = a ? a.x : (this.boxes[e.booth]?.cx ?? 0);
          const y = a ? a.y - 54 : (this.boxes[e.booth]?.y ?? 0) + 40;
          if (e.sold > 0) {
            this.burst(x, y);
            if (e.booth === 0) ourSale = true;
          } else if (e.trust > 0.02) this.react('heart', x, y);
          else if (e.irritation > 0.01) this.react('scribble', x, y);
          if (e.learned >= 0) this.learned(e.booth, a, e.learned, e.byPlayer);
          break;
        }
        case 'give-up': {
          const a = this.actors.get(e.visitor);
          if (a) this.react('puff', a.x, a.y - 54);
          break;
        }
        case 'order': {
          if (!ourSale && s.phase === 'fair') {
            const b = this.boxes[0];
            if (b) this.burst(b.cx, b.y + 60);
            ourSale = true;
          }
          break;
        }
        default:
          break;
      }
    }
    this.markDirty();
  }

  /**
   * Something changed in the store: re-read it on the next frame, not in this one. A tick's
   * frame already carries the simulation step and the overlay's update; this spreads the load.
   */
  private markDirty(): void {
    this.dirty = true;
    this.dirtyFrame = this.game.loop.frame;
  }

  private liveCount(): number {
    let n = 0;
    for (const a of this.actors.all) if (!a.free) n++;
    return n;
  }

  private react(frame: string, x: number, y: number): void {
    if (this.reactions >= MAX_REACTIONS) return;
    this.reactions++;
    this.fx.spawn(reaction(frame, x, y), this.reduced);
  }

  private burst(x: number, y: number): void {
    for (const f of saleBurst(x, y, this.reduced)) this.fx.spawn(f, this.reduced);
  }

  private learned(booth: number, a: Actor | undefined, need: number, byPlayer: boolean): void {
    const b = this.booths[booth];
    if (!b) return;
    const frame = this.needOf[need] ?? 'need.generic';
    if (byPlayer && b.director) {
      for (const f of learnedByPlayer(frame, b.director.x, b.director.y)) this.fx.spawn(f, this.reduced);
      return;
    }
    // the station this visitor sat at: the one whose visitor seat they were heading for
    let best: StationView | undefined;
    let bestD = Number.POSITIVE_INFINITY;
    for (const sv of b.stations) {
      const d = a ? Math.abs(sv.station.visitorX - a.tx) + Math.abs(sv.station.visitorY - a.ty) : 0;
      if (d < bestD) {
        bestD = d;
        best = sv;
      }
    }
    if (!best || bestD > 40) return;
    b.say(best, frame, this.now + 1800);
    this.fx.spawn(learnedByStaff(best.station.staffX, best.station.staffY), this.reduced);
  }

  private showBubble(a: Actor, kind: 'speech' | 'thought', ms: number): void {
    if (a.bubbleKind === 'thought' && kind !== 'thought') this.thoughts--;
    if (kind === 'thought' && a.bubbleKind !== 'thought') this.thoughts++;
    a.bubbleKind = kind;
    a.bubbleUntil = this.now + ms;
    const art = this.world.art;
    art.apply(a.bubble, kind === 'speech' ? 'bubble' : 'thought');
    a.iconFrame = kind === 'speech' ? speechIcon(a) : a.need || 'need.generic';
    art.apply(a.icon, a.iconFrame);
    a.bubble.setVisible(true);
    a.icon.setVisible(true);
  }

  private hideBubble(a: Actor): void {
    if (a.bubbleKind === 'thought') this.thoughts--;
    a.bubbleKind = 'none';
    a.iconFrame = '';
    a.bubble.setVisible(false);
    a.icon.setVisible(false);
  }

  /** The bubble a visitor shows now, for tests: 'speech' or 'thought' and the icon in it. */
  bubbleOf(visitor: number): { kind: 'speech' | 'thought'; icon: string } | null {
    const a = this.actors.get(visitor);
    if (!a || a.free || a.bubbleKind === 'none') return null;
    return { kind: a.bubbleKind, icon: a.iconFrame };
  }

  // ---- input --------------------------------------------------------------------------------

  private pick(px: number, py: number, touch: boolean): Actor | null {
    const cam = this.cameras.main;
    cam.getWorldPoint(px, py, this.wp);
    return pickAt(this.actors.all, this.wp.x, this.wp.y, cam.zoom, touch);
  }

  /** Where a visitor stands on screen (the middle of their body), or null if not shown. */
  pointOf(visitor: number): { x: number; y: number; settled: boolean } | null {
    const a = this.actors.get(visitor);
    if (!a || a.free) return null;
    const cam = this.cameras.main;
    const view = cam.worldView;
    const canvas = this.game.canvas.getBoundingClientRect();
    return {
      x: canvas.left + cam.x + (a.x - view.x) * cam.zoom,
      y: canvas.top + cam.y + (a.y - 24 - view.y) * cam.zoom,
      settled: !a.moving(),
    };
  }

  private onPointerDown(p: Phaser.Input.Pointer): void {
    if (!this.live) return;
    const a = this.pick(p.x, p.y, p.wasTouch);
    if (a) this.world.store.getState().selectVisitor(a.id);
  }

  private onPointerMove(p: Phaser.Input.Pointer): void {
    const a = this.live ? this.pick(p.x, p.y, false) : null;
    this.hovered = a;
    const cursor = a ? 'pointer' : '';
    if (cursor !== this.cursor) {
      this.cursor = cursor;
      this.input.setDefaultCursor(cursor || 'default');
    }
  }

  // ---- per frame ----------------------------------------------------------------------------

  protected frame(time: number, delta: number): void {
    this.now = time;
    const dt = Math.min(0.25, delta / 1000);
    if (this.reframeNeeded) this.reframe();
    if (this.dirty && (this.dirtyFrame !== this.game.loop.frame || !this.live)) this.sync();
    const reduced = this.reduced;
    const speed = WALK_SPEED * Math.min(3, this.speedFactor);
    const catchUp = this.live ? this.stepSeconds : 30;
    const actors = this.actors;
    this.selectedId = this.live ? this.world.store.getState().selectedVisitor : -1;
    for (const a of actors.all) {
      if (a.free) continue;
      if (!this.live) this.stroll(a);
      a.step(dt, speed, catchUp);
      // fade in after arriving, out at the door
      if (a.leaving) {
        if (a.remaining < 60) a.alpha = Math.max(0, a.remaining / 60);
        if (!a.moving() || a.alpha <= 0.01) {
          if (a.bubbleKind === 'thought') this.thoughts--;
          a.bubbleKind = 'none';
          actors.release(a);
          continue;
        }
      } else if (a.alpha < 1) a.alpha = Math.min(1, a.alpha + dt * 2.5);
      actors.draw(a, reduced);
      this.drawExtras(a, time);
    }
    animateStations(this.booths, time, reduced, this.live);
    if (!reduced) sparkle(this.booths, time, this.rand, this.fx);
    this.fx.update(dt);
    const sel = this.selectedId >= 0 ? this.actors.get(this.selectedId) : undefined;
    placeMarkers(this.markers, sel, this.live ? this.hovered : null, time, reduced);
  }

  /** Backdrop strollers pick a new place now and then: an aisle spot, or a booth's queue. */
  private stroll(a: Actor): void {
    if (a.moving() || this.now < a.nextMove) return;
    a.nextMove = this.now + 3500 + this.rand() * 6000;
    const r = this.rand();
    const box = this.boxes[Math.floor(this.rand() * this.boxes.length)];
    if (r < 0.35 && box) {
      queueSpot(box, Math.floor(this.rand() * 3), this.tmp);
      a.goTo(this.tmp.x, this.tmp.y, this.boxes, 'back', false);
    } else {
      strollPoint(this.rand(), this.rand(), this.rand(), this.tmp);
      a.goTo(this.tmp.x, this.tmp.y, this.boxes, 'front', false);
    }
    if (r > 0.85 && this.thoughts < 2) this.showBubble(a, 'thought', 2600);
  }

  private drawExtras(a: Actor, time: number): void {
    const selected = a.id === this.selectedId;
    if (a.bubbleKind !== 'none' && time > a.bubbleUntil) this.hideBubble(a);
    placeBubble(a, selected);
    placeMark(a, selected);
  }
}
