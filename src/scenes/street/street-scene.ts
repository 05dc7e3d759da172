// The weeks after the fair, as a street: our office and the competitors' offices side by side,
// one lit window per employee. Orders arrive as envelopes flying into the mailboxes week by
// week (ours as each order event comes in, a won follow-up in gold with its customer walking up
// to our door; the competitors' from their weekly revenue);
// proposals leave our door; when a competitor lays people off, windows go dark and people
// walk out carrying a box. The CEO's corner window glows with his mood.
import * as Phaser from 'phaser';
import { layoutFor } from '../../layout';
import type { Level } from '../../levels/schema';
import type { SimEvent, SimState } from '../../sim';
import { levelById, type SessionState } from '../../store/session';
import { fonts, hexOf } from '../../theme';
import { parcelsOfWeek, proposalsSent } from '../../view/street';
import { AtlasBuilder } from '../art/atlas';
import {
  ART_RES,
  BACKDROP_RES,
  bakeStaff,
  directorFrames,
  STAFF_POSE,
  STREET_KEY,
  staffFrames,
  visitorFrames,
} from '../art/catalogue';
import { WORLD_EDGE } from '../art/hall-art';
import { buildingArtSize, drawBuilding, STREET_MARGIN } from '../art/street-art';
import type { View, WorldContext } from '../context';
import { FxPool } from '../fx';
import { frameWorld } from '../layout/frame';
import type { Point } from '../layout/hall-layout';
import {
  arcPoint,
  type BuildingBox,
  GROUND_Y,
  POST_FROM,
  PROPOSAL_TO,
  ROAD_BOTTOM,
  STREET_H,
  STREET_W,
  streetLayout,
} from '../layout/street-layout';
import { lookForAccount, VISITOR_LOOKS } from '../looks';
import { seeded } from '../rand';
import { ViewScene } from '../view-scene';

interface Flight {
  on: boolean;
  img: Phaser.GameObjects.Image;
  from: Point;
  to: Point;
  t: number;
  dur: number;
  delay: number;
  lift: number;
  /** Building whose mailbox it lands in (-1: flies off). */
  target: number;
}

interface Walker {
  on: boolean;
  img: Phaser.GameObjects.Image;
  x: number;
  y: number;
  tx: number;
  ty: number;
  /** Two walking frames, then the frame to rest on. */
  a: string;
  b: string;
  speed: number;
  dist: number;
  /** Ambient pedestrians turn round at the edges; leavers vanish. */
  ambient: boolean;
  frame: string;
}

interface Building {
  box: BuildingBox;
  image: Phaser.GameObjects.Image;
  windows: Phaser.GameObjects.Image[];
  mailbox: Phaser.GameObjects.Image;
  flag: Phaser.GameObjects.Image;
  flagUntil: number;
  lit: number;
  /** Windows still to go dark (layoff in progress) and when the next one does. */
  darkening: number;
  nextDark: number;
  color: number;
  textureKey: string;
}

const WALK = 34;
/** How long the CEO stands outside our door when he speaks, in ms at 1× (shorter when faster). */
const CEO_OUT_MS = 6000;
let generation = 0;

export class StreetScene extends ViewScene implements View {
  private buildings: Building[] = [];
  private flights: Flight[] = [];
  private walkers: Walker[] = [];
  private decor: Phaser.GameObjects.Image[] = [];
  private fx!: FxPool;
  private ceoWin: Phaser.GameObjects.Image | null = null;
  private ceo: Phaser.GameObjects.Image | null = null;
  /** The CEO on the pavement by our door while he gives his remark (the overlay shows his words). */
  private ceoOut: Phaser.GameObjects.Image | null = null;
  private ceoOutUntil = 0;
  private sun!: Phaser.GameObjects.Image;
  private clouds: Phaser.GameObjects.Image[] = [];
  private unsubscribe: (() => void) | null = null;
  private dirty = true;
  private reframeNeeded = true;
  private reduced = false;
  private speedFactor = 1;
  private now = 0;
  private layoutKey = '';
  private lastWeek = -1;
  private lastSeason = -1;
  private sentCount = -1;
  private ceoFlash = 0;
  private lastMode: 'fit' | 'cover' | null = null;
  /** Top of the part of the street the camera frames (just above the tallest office). */
  private focusTop = 200;
  private rand = seeded(1912);
  private readonly tmp: Point = { x: 0, y: 0 };

  constructor(world: WorldContext) {
    super(world, 'street', 'the street');
  }

  create(): void {
    const w = this.world;
    w.street = this;
    this.cameras.main.setBackgroundColor(WORLD_EDGE);
    this.add
      .image(-STREET_MARGIN, -STREET_MARGIN, STREET_KEY)
      .setOrigin(0, 0)
      .setScale(1 / BACKDROP_RES)
      .setDepth(-100000);
    this.sun = w.art.image(this, 'sun', 200, 140).setDepth(-90000);
    for (let i = 0; i < 3; i++)
      this.clouds.push(
        w.art
          .image(this, 'cloud', 150 + i * 420, 80 + (i % 2) * 70)
          .setDepth(-89000)
          .setAlpha(0.9),
      );
    this.fx = new FxPool(this, w.art, 40);
    for (let i = 0; i < 40; i++) {
      const img = w.art.image(this, 'envelope', 0, 0).setVisible(false).setDepth(200000);
      this.flights.push({
        on: false,
        img,
        from: { x: 0, y: 0 },
        to: { x: 0, y: 0 },
        t: 0,
        dur: 1,
        delay: 0,
        lift: 0,
        target: -1,
      });
    }
    for (let i = 0; i < 24; i++) {
      const img = w.art.image(this, visitorFrames[0]?.[0] ?? '', 0, 0).setVisible(false);
      this.walkers.push({
        on: false,
        img,
        x: 0,
        y: 0,
        tx: 0,
        ty: 0,
        a: '',
        b: '',
        speed: WALK,
        dist: 0,
        ambient: false,
        frame: '',
      });
    }
    this.unsubscribe = w.store.subscribe((s, prev) => {
      if (
        s.version !== prev.version ||
        s.screen !== prev.screen ||
        s.settings !== prev.settings ||
        s.game !== prev.game
      )
        this.dirty = true;
      if (s.screen !== prev.screen) this.reframeNeeded = true;
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.events.on(Phaser.Scenes.Events.WAKE, this.onWake, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.onShutdown, this);
    if (w.view !== 'street') this.scene.sleep();
    else this.cameras.main.fadeIn(400, 244, 236, 223);
  }

  private onShutdown(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.clearBuildings();
    if (this.world.street === this) this.world.street = null;
  }

  private onWake(): void {
    this.dirty = true;
    this.lastMode = null;
    this.reframeNeeded = true;
    this.lastWeek = -1;
    this.sentCount = -1;
    this.cameras.main.fadeIn(this.reduced ? 200 : 500, 244, 236, 223);
  }

  private onResize(): void {
    this.reframeNeeded = true;
  }

  /** The street beside the panel while the weeks run; a full backdrop behind review cards. */
  private frameMode(): 'fit' | 'cover' {
    const st = this.world.store.getState();
    return st.screen === 'play' && st.game?.state.phase === 'after' ? 'fit' : 'cover';
  }

  private reframe(): void {
    this.reframeNeeded = false;
    const cam = this.cameras.main;
    const w = this.scale.width;
    const h = this.scale.height;
    const mode = this.frameMode();
    const resized = w !== cam.width || h !== cam.height;
    cam.setSize(w, h);
    const f = frameWorld(
      { x: 0, y: this.focusTop, w: STREET_W, h: STREET_H - this.focusTop },
      { w, h },
      layoutFor(w, h).stage,
      mode,
      10,
    );
    if (mode !== this.lastMode && this.lastMode !== null && !resized && !this.reduced) {
      // a calm camera move from the working view to the backdrop (or back)
      cam.pan(f.centerX, f.centerY, 900, 'Sine.easeInOut', true);
      cam.zoomTo(f.zoom, 900, 'Sine.easeInOut', true);
    } else {
      cam.setZoom(f.zoom);
      cam.centerOn(f.centerX, f.centerY);
    }
    this.lastMode = mode;
  }

  // ---- layout -------------------------------------------------------------------------------

  private clearBuildings(): void {
    for (const b of this.buildings) {
      b.image.destroy();
      for (const w of b.windows) w.destroy();
      b.mailbox.destroy();
      b.flag.destroy();
      if (this.textures.exists(b.textureKey)) this.textures.remove(b.textureKey);
    }
    this.buildings = [];
    for (const d of this.decor) d.destroy();
    this.decor = [];
    this.ceoWin = null;
    this.ceo = null;
    this.ceoOut = null;
  }

  private build(level: Level, s: SimState | null, lang: 'en' | 'nl'): void {
    this.clearBuildings();
    const art = this.world.art;
    const colors = [hexOf(level.company.color), ...level.competitors.map((c) => hexOf(c.color))];
    const names = [level.company.name[lang], ...level.competitors.map((c) => c.name[lang])];
    const staffStart = s
      ? s.suppliers.map((x) => x.staffStart)
      : [level.team.staff, ...level.competitors.map((c) => c.staff)];
    const boxes = streetLayout(staffStart);
    boxes.forEach((box, i) => {
      const color = colors[i] ?? 0x888888;
      bakeStaff(this.textures, art, color);
      const size = buildingArtSize(box);
      const key = `building-${i}-${generation++}`;
      const ab = new AtlasBuilder(
        key,
        Math.ceil(size.w * ART_RES) + 4,
        Math.ceil(size.h * ART_RES) + 4,
        ART_RES,
      );
      ab.add(key, size.w, size.h, 0, 0, (p) =>
        drawBuilding(p, { box, color, name: names[i] ?? '', font: fonts.display, ours: i === 0 }),
      );
      ab.commit(this.textures, art);
      const image = art.image(this, key, box.x - 10, box.y - 26).setDepth(GROUND_Y - 200);
      const windows = box.windows.map((p) => {
        const img = art.image(this, 'win', p.x, p.y).setDepth(GROUND_Y - 199);
        img.setDisplaySize(box.winW, box.winH);
        return img;
      });
      const mailbox = art.image(this, 'mailbox', box.mailbox.x, box.mailbox.y).setDepth(box.mailbox.y);
      const flag = art
        .image(this, 'mailFlag', box.mailbox.x + 8, box.mailbox.y - 20)
        .setDepth(box.mailbox.y - 0.5)
        .setVisible(false);
      const lit = s ? (s.suppliers[i]?.staff ?? 0) : (staffStart[i] ?? 0);
      const b: Building = {
        box,
        image,
        windows,
        mailbox,
        flag,
        flagUntil: 0,
        lit,
        darkening: 0,
        nextDark: 0,
        color,
        textureKey: key,
      };
      this.buildings.push(b);
      this.paintWindows(b);
      if (box.ceo) {
        this.ceoWin = art.image(this, 'winCeo', box.ceo.x, box.ceo.y).setDepth(GROUND_Y - 199);
        this.ceoWin.setDisplaySize(box.winW, box.winH);
        this.ceo = art.image(this, 'ceo', box.ceo.x, box.ceo.y + box.winH / 2 - 1).setDepth(GROUND_Y - 198);
        this.ceo.setScale((this.ceo.scaleX * box.winW) / 20);
        this.ceoOut = art
          .image(this, 'ceoAtFair', box.door.x + 30, box.door.y + 8)
          .setDepth(box.door.y + 8)
          .setVisible(false);
        this.decor.push(this.ceoWin, this.ceo, this.ceoOut);
      }
    });
    let top = GROUND_Y;
    for (const b of boxes) top = Math.min(top, b.y);
    this.focusTop = Math.max(0, Math.min(GROUND_Y - 280, top - 80));
    this.reframeNeeded = true;
    this.clouds.forEach((c, k) => {
      c.y = this.focusTop + 30 + (k % 2) * 40;
    });
    // trees and lamps between the offices, on the pavement
    for (let i = 0; i <= boxes.length; i++) {
      const left = boxes[i - 1];
      const right = boxes[i];
      const x =
        left && right
          ? (left.x + left.w + right.x) / 2
          : left
            ? left.x + left.w + 40
            : right
              ? right.x - 40
              : 0;
      const img = art.image(this, i % 2 === 0 ? 'tree' : 'streetlamp', x, GROUND_Y + 58);
      img.setDepth(GROUND_Y + 58);
      this.decor.push(img);
    }
    for (let x = 80; x < STREET_W; x += 260)
      this.decor.push(art.image(this, 'tree', x, ROAD_BOTTOM + 40).setDepth(ROAD_BOTTOM + 40));
  }

  private paintWindows(b: Building): void {
    const art = this.world.art;
    b.windows.forEach((w, k) => {
      art.apply(w, k < b.lit ? 'win' : 'winDark');
      w.setDisplaySize(b.box.winW, b.box.winH);
    });
  }

  // ---- store → street -----------------------------------------------------------------------

  private sync(): void {
    this.dirty = false;
    if (this.frameMode() !== this.lastMode) this.reframeNeeded = true;
    const st = this.world.store.getState();
    this.reduced = st.settings.reducedMotion;
    this.speedFactor = st.bot?.max ? 6 : st.settings.speed;
    const g = st.game;
    const level = g ? g.level : levelById(st.levelId);
    if (!level) return;
    const s = g ? g.state : null;
    const key = `${level.id}|${st.settings.lang}|${s ? s.suppliers.length : 0}|${s ? s.season : -1}`;
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      this.build(level, s, st.settings.lang);
      this.lastWeek = -1;
      this.sentCount = -1;
      this.startAmbient();
    }
    if (!g || !s) return;
    this.syncCeo(s, st);
    // windows follow the staff (unless a layoff is being shown)
    for (let i = 0; i < this.buildings.length; i++) {
      const b = this.buildings[i] as Building;
      const staff = s.suppliers[i]?.staff ?? b.lit;
      if (b.darkening === 0 && staff !== b.lit) {
        b.lit = staff;
        this.paintWindows(b);
      }
    }
    // a new week: the competitors' post for the week just done
    if (s.phase === 'after' || s.phase === 'review') {
      if (this.lastWeek >= 0 && s.week > this.lastWeek && s.season === this.lastSeason) {
        for (let wk = this.lastWeek + 1; wk <= s.week; wk++) this.competitorPost(parcelsOfWeek(g, wk));
      }
      this.lastWeek = s.week;
      this.lastSeason = s.season;
    }
    // proposals sent this season
    const sent = proposalsSent(g);
    if (this.sentCount >= 0 && sent > this.sentCount) this.sendProposals(Math.min(8, sent - this.sentCount));
    this.sentCount = sent;
  }

  private syncCeo(s: SimState, st: SessionState): void {
    if (!this.ceoWin) return;
    const p = s.ceo.patience;
    const tint = s.fired ? 0xd9735f : p >= 60 ? 0xffe3a0 : p >= 30 ? 0xeee6cf : 0xf0a088;
    this.ceoWin.setTint(tint);
    void st;
  }

  /** Each competitor's parcels for a week leave its door, one after another. */
  private competitorPost(parcels: readonly number[]): void {
    parcels.forEach((n, c) => {
      for (let k = 0; k < n; k++) this.post(c + 1, k * 0.16 + c * 0.05);
    });
  }

  /** The customer whose proposal we won walks up the street to our door to sign. */
  private customerCalls(account: number, k: number): void {
    const b = this.buildings[0];
    const fr = visitorFrames[lookForAccount(account)];
    if (!b || !fr) return;
    const fromRight = k % 2 === 0;
    this.walker(
      fr[1] ?? '',
      fr[2] ?? '',
      fromRight ? STREET_W + 40 : -40,
      GROUND_Y + 66 + (k % 3) * 5,
      b.box.door.x,
      b.box.door.y + 6,
      false,
      k * 0.3,
    );
  }

  private post(building: number, delay: number, frame = 'envelope'): void {
    const b = this.buildings[building];
    if (!b) return;
    const f = this.flight();
    if (!f) return;
    f.from.x = POST_FROM.x + (this.rand() - 0.5) * 40;
    f.from.y = POST_FROM.y + (this.rand() - 0.5) * 80;
    f.to.x = b.box.mailbox.x;
    f.to.y = b.box.mailbox.y - 26;
    f.dur = (1.1 + this.rand() * 0.4) / Math.min(3, this.speedFactor);
    f.lift = this.reduced ? 0 : 60 + this.rand() * 60;
    f.delay = delay / Math.min(3, this.speedFactor);
    f.target = building;
    this.world.art.apply(f.img, frame);
  }

  private sendProposals(n: number): void {
    const b = this.buildings[0];
    if (!b) return;
    for (let k = 0; k < n; k++) {
      const f = this.flight();
      if (!f) return;
      f.from.x = b.box.door.x;
      f.from.y = b.box.door.y - 26;
      f.to.x = PROPOSAL_TO.x;
      f.to.y = PROPOSAL_TO.y + (this.rand() - 0.5) * 120;
      f.dur = 1.5 / Math.min(3, this.speedFactor);
      f.lift = this.reduced ? 0 : 80;
      f.delay = (k * 0.2) / Math.min(3, this.speedFactor);
      f.target = -1;
      this.world.art.apply(f.img, 'envelopeOut');
    }
    this.world.sound.play('whoosh');
  }

  private flight(): Flight | null {
    for (const f of this.flights) {
      if (!f.on) {
        f.on = true;
        f.t = 0;
        f.img.setVisible(false);
        return f;
      }
    }
    return null;
  }

  // ---- events -------------------------------------------------------------------------------

  onEvents(events: readonly SimEvent[]): void {
    const g = this.world.store.getState().game;
    if (!g) return;
    if (this.dirty) this.sync();
    let ours = 0;
    for (const e of events) {
      switch (e.t) {
        case 'order': {
          const order = g.state.orders[e.order];
          const won = order?.origin.kind === 'follow-up';
          if (ours < 12) this.post(0, ours * 0.14, won ? 'envelopeWon' : 'envelope');
          if (order && won) this.customerCalls(order.account, ours);
          ours++;
          break;
        }
        case 'layoff':
          this.layoff(e.supplier, e.count);
          break;
        case 'fired':
          this.fired();
          break;
        case 'ceo':
          this.ceoFlash = this.now + 1600;
          this.ceoOutUntil = this.now + CEO_OUT_MS / Math.min(3, this.speedFactor);
          break;
        default:
          break;
      }
    }
  }

  private layoff(supplier: number, count: number): void {
    const b = this.buildings[supplier];
    if (!b) return;
    b.darkening += count;
    b.nextDark = this.now + 300;
    const frames = staffFrames(b.color);
    const n = Math.min(count, 5);
    for (let k = 0; k < n; k++) {
      const face = frames[k % frames.length];
      const dir = (supplier + k) % 2 === 0 ? 1 : -1;
      this.walker(
        face?.[STAFF_POSE.carryA] ?? '',
        face?.[STAFF_POSE.carryB] ?? '',
        b.box.door.x + k * 4,
        b.box.door.y + 6,
        dir > 0 ? STREET_W + 60 : -60,
        GROUND_Y + 70 + k * 6,
        false,
        0.55 + k * 0.5,
      );
    }
  }

  private fired(): void {
    const b = this.buildings[0];
    if (!b) return;
    const df = directorFrames(b.color);
    this.walker(
      df[STAFF_POSE.carryA] ?? '',
      df[STAFF_POSE.carryB] ?? '',
      b.box.door.x,
      b.box.door.y + 6,
      -60,
      GROUND_Y + 72,
      false,
      0.4,
    );
  }

  private walker(
    a: string,
    b: string,
    x: number,
    y: number,
    tx: number,
    ty: number,
    ambient: boolean,
    delay: number,
  ): void {
    const w = this.walkers.find((c) => !c.on);
    if (!w) return;
    w.on = true;
    w.a = a;
    w.b = b;
    w.x = x;
    w.y = y;
    w.tx = tx;
    w.ty = ty;
    w.ambient = ambient;
    w.dist = -delay * WALK;
    w.speed = ambient ? WALK * (0.7 + this.rand() * 0.5) : WALK * 1.1;
    w.frame = '';
    w.img.setVisible(false);
  }

  private startAmbient(): void {
    for (const w of this.walkers) {
      if (w.on && w.ambient) {
        w.on = false;
        w.img.setVisible(false);
      }
    }
    for (let k = 0; k < 6; k++) {
      const look = Math.floor(this.rand() * VISITOR_LOOKS);
      const fr = visitorFrames[look];
      const far = k % 2 === 0;
      const y = far ? ROAD_BOTTOM + 22 + this.rand() * 30 : GROUND_Y + 64 + this.rand() * 14;
      const x = this.rand() * STREET_W;
      const right = this.rand() < 0.5;
      this.walker(fr?.[1] ?? '', fr?.[2] ?? '', x, y, right ? STREET_W + 40 : -40, y, true, 0);
    }
  }

  // ---- per frame ----------------------------------------------------------------------------

  protected frame(time: number, delta: number): void {
    this.now = time;
    const dt = Math.min(0.25, delta / 1000);
    if (this.reframeNeeded) this.reframe();
    if (this.dirty) this.sync();
    const st = this.world.store.getState();
    const s = st.game?.state;
    // the sun crosses the sky over the weeks after
    if (s) {
      const W = st.game?.level.weeksAfter ?? 12;
      const k =
        s.phase === 'after' ? Math.min(1, s.week / W) : s.phase === 'fair' || s.phase === 'plan' ? 0 : 1;
      const tx = 120 + k * 960;
      const ty = this.focusTop + 90 - Math.sin(k * Math.PI) * 50;
      this.sun.x += (tx - this.sun.x) * Math.min(1, dt * 2);
      this.sun.y += (ty - this.sun.y) * Math.min(1, dt * 2);
    }
    if (!this.reduced) {
      for (const c of this.clouds) {
        c.x += dt * 6;
        if (c.x > STREET_W + 120) c.x = -120;
      }
    }
    this.updateFlights(dt);
    this.updateWalkers(dt);
    for (const b of this.buildings) {
      if (b.flag.visible && time > b.flagUntil) b.flag.setVisible(false);
      if (b.darkening > 0 && time > b.nextDark) {
        b.darkening--;
        b.lit = Math.max(0, b.lit - 1);
        b.nextDark = time + 450;
        this.paintWindows(b);
        if (b.darkening === 0) {
          const staff = s?.suppliers[this.buildings.indexOf(b)]?.staff;
          if (staff !== undefined && staff !== b.lit) {
            b.lit = staff;
            this.paintWindows(b);
          }
        }
      }
    }
    if (this.ceoWin) {
      const flash = time < this.ceoFlash && !this.reduced ? 0.75 + 0.25 * Math.sin(time / 90) : 1;
      this.ceoWin.setAlpha(flash);
      // While he stands outside, his window is empty.
      const out = time < this.ceoOutUntil;
      this.ceoOut?.setVisible(out);
      this.ceo?.setVisible(!out);
    }
    this.fx.update(dt);
  }

  private updateFlights(dt: number): void {
    for (const f of this.flights) {
      if (!f.on) continue;
      if (f.delay > 0) {
        f.delay -= dt;
        continue;
      }
      f.t += dt / f.dur;
      if (f.t >= 1) {
        f.on = false;
        f.img.setVisible(false);
        const b = f.target >= 0 ? this.buildings[f.target] : undefined;
        if (b) {
          b.flag.setVisible(true);
          b.flagUntil = this.now + 2500;
          if (!this.reduced)
            this.fx.spawn(
              {
                frame: 'sparkle',
                x: f.to.x,
                y: f.to.y - 4,
                life: 0.5,
                s0: 0.4,
                s1: 1,
                a0: 1,
                a1: 0,
              },
              false,
            );
        }
        continue;
      }
      arcPoint(f.from, f.to, f.t, f.lift, this.tmp);
      f.img.setVisible(true).setPosition(this.tmp.x, this.tmp.y);
      f.img.setRotation(this.reduced ? 0 : Math.sin(f.t * Math.PI * 2) * 0.25);
      f.img.setAlpha(f.target < 0 ? Math.min(1, (1 - f.t) * 4) : 1);
    }
  }

  private updateWalkers(dt: number): void {
    for (const w of this.walkers) {
      if (!w.on) continue;
      if (w.dist < 0) {
        w.dist += dt * w.speed;
        continue;
      }
      const dx = w.tx - w.x;
      const dy = w.ty - w.y;
      const d = Math.hypot(dx, dy);
      const step = w.speed * dt;
      if (d <= step) {
        if (w.ambient) {
          w.tx = w.tx > STREET_W / 2 ? -40 : STREET_W + 40;
        } else {
          w.on = false;
          w.img.setVisible(false);
          continue;
        }
      } else {
        w.x += (dx / d) * step;
        w.y += (dy / d) * step;
        w.dist += step;
      }
      const frame = this.reduced ? w.a : Math.floor(w.dist / 7) % 2 === 0 ? w.a : w.b;
      if (frame !== w.frame) {
        w.frame = frame;
        this.world.art.apply(w.img, frame);
      }
      w.img
        .setVisible(true)
        .setPosition(w.x, w.y)
        .setDepth(w.y)
        .setFlipX(dx < 0);
    }
  }
}
