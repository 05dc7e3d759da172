// One booth on the hall floor: its baked carpet, wall and name board; the decor that tells a
// product display (plinths, a showpiece) from a conversation space (sofa, rug, coffee, plants);
// a station per staff slot (a standing pitcher by a product, or a listener at a small table);
// the spotlight and sparkles of new products; and, at our booth, the sales director.
import type * as Phaser from 'phaser';
import { fonts } from '../../theme';
import { type ArtBook, AtlasBuilder } from '../art/atlas';
import { ART_RES, directorFrames, STAFF_POSE, staffFrames } from '../art/catalogue';
import { boothArtSize, drawBooth } from '../art/hall-art';
import { type BoothBox, ceoSpot, directorSpot, PANEL_H, type Station, stations } from '../layout/hall-layout';
import type { BoothSetup } from './setup';

export interface StationView {
  station: Station;
  staff: Phaser.GameObjects.Image;
  props: Phaser.GameObjects.Image[];
  bubble: Phaser.GameObjects.Image;
  icon: Phaser.GameObjects.Image;
  /** Visitor handled now (-1 none), as the simulation says. */
  busy: number;
  pose: number;
  bubbleUntil: number;
  nextBubble: number;
  face: number;
}

let generation = 0;

export class BoothView {
  readonly stations: StationView[] = [];
  private readonly objects: Phaser.GameObjects.Image[] = [];
  private readonly textureKey: string;
  readonly frames: string[][];
  readonly directorFrames: string[];
  cone: Phaser.GameObjects.Image | null = null;
  glow: Phaser.GameObjects.Image | null = null;
  director: Phaser.GameObjects.Image | null = null;
  /** The CEO standing at our booth while his visit lasts (sim/visit.ts). */
  ceo: Phaser.GameObjects.Image | null = null;
  /** Where sparkles rise (the showpiece), when new products glitter here. */
  sparkleX = 0;
  sparkleY = 0;
  nextSparkle = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly art: ArtBook,
    readonly index: number,
    readonly box: BoothBox,
    readonly setup: BoothSetup,
  ) {
    this.frames = staffFrames(setup.color);
    this.directorFrames = directorFrames(setup.color);
    // the baked booth: carpet, frame, wall, name board
    const size = boothArtSize(box);
    this.textureKey = `booth-${index}-${generation++}`;
    const b = new AtlasBuilder(
      this.textureKey,
      Math.ceil(size.w * ART_RES) + 4,
      Math.ceil(size.h * ART_RES) + 4,
      ART_RES,
    );
    b.add(this.textureKey, size.w, size.h, 0, 0, (p) =>
      drawBooth(p, { box, color: setup.color, name: setup.name, focus: setup.focus, font: fonts.display }),
    );
    b.commit(scene.textures, art);
    const img = art.image(scene, this.textureKey, box.x - 4, box.y - PANEL_H - 4);
    img.setDepth(box.y);
    this.objects.push(img);
    this.decorate();
    const list = stations(box, setup.roles);
    list.forEach((st, k) => {
      this.addStation(st, k);
    });
    if (index === 0) {
      const p = directorSpot(box, { x: 0, y: 0 });
      this.director = art
        .image(scene, this.directorFrames[STAFF_POSE.front] ?? '', p.x, p.y)
        .setDepth(p.y)
        .setVisible(false);
      this.objects.push(this.director);
      const c = ceoSpot(box, { x: 0, y: 0 });
      this.ceo = art.image(scene, 'ceoAtFair', c.x, c.y).setDepth(c.y).setVisible(false);
      this.objects.push(this.ceo);
    }
  }

  private prop(name: string, x: number, y: number, depth = y): Phaser.GameObjects.Image {
    const img = this.art.image(this.scene, name, x, y).setDepth(depth);
    this.objects.push(img);
    return img;
  }

  private decorate(): void {
    const { box, setup } = this;
    const wide = box.w >= 200;
    if (setup.focus === 'display') {
      const fancy = setup.glitter;
      this.prop(fancy ? 'showpieceNew' : 'showpiece', box.cx, box.y + 32);
      if (wide) {
        this.prop('plinth', box.x + 22, box.y + 28);
        this.prop(fancy ? 'plinthNew' : 'plinth', box.x + box.w - 22, box.y + 28);
      }
      this.sparkleX = box.cx;
      this.sparkleY = box.y + 2;
      if (fancy) {
        this.spotlight(box.cx, box.y + 28);
      }
    } else {
      if (wide) this.prop('sofa', box.cx, box.y + 30);
      this.prop('plant', box.x + 16, box.y + 26);
      if (wide) this.prop('coffee', box.x + 42, box.y + 28);
      this.prop('flipchart', box.x + box.w - 38, box.y + 30);
      this.prop('plant', box.x + box.w - 14, box.y + 28);
      this.prop(
        'lamp',
        box.x + box.w - 60 > box.cx + 44 ? box.x + box.w - 62 : box.x + box.w - 22,
        box.y + 24,
      );
      this.sparkleX = box.cx;
      this.sparkleY = box.y + 8;
      if (setup.glitter) {
        this.prop('plinthNew', box.cx + (wide ? 56 : 0), box.y + 32);
        this.spotlight(box.cx + (wide ? 56 : 0), box.y + 30);
        this.sparkleX = box.cx + (wide ? 56 : 0);
      }
    }
  }

  /** A spotlight from under the name board onto the new products, and its pool of light. */
  private spotlight(x: number, floorY: number): void {
    const top = this.box.y - PANEL_H + 30;
    // Normal blending (not additive): light drawn in the same batch as everything else.
    this.cone = this.prop('cone', x, top, this.box.y + 40).setAlpha(0.7);
    this.cone.setScale(this.cone.scaleX, (this.cone.scaleY * (floorY - top + 6)) / 130);
    this.glow = this.prop('glow', x, floorY, this.box.y + 1).setAlpha(0.8);
  }

  private addStation(st: Station, k: number): void {
    const props: Phaser.GameObjects.Image[] = [];
    const face = (k * 7 + this.index * 3) % 3;
    if (st.role === 'pitch') {
      props.push(
        this.prop(
          this.setup.focus === 'display'
            ? this.setup.glitter && k % 2 === 0
              ? 'plinthNew'
              : 'plinth'
            : 'brochures',
          st.propX,
          st.propY,
        ),
      );
    } else {
      const chair = this.setup.focus === 'display' ? 'chairB' : 'chair';
      props.push(this.prop(chair, st.staffX, st.staffY, st.staffY - 0.3));
      props.push(this.prop(chair, st.visitorX, st.visitorY, st.visitorY - 0.3));
      props.push(this.prop('table', st.propX, st.propY));
    }
    const pose = st.role === 'pitch' ? STAFF_POSE.front : STAFF_POSE.notes;
    const staff = this.art
      .image(this.scene, this.frames[face]?.[pose] ?? '', st.staffX, st.staffY)
      .setDepth(st.staffY);
    this.objects.push(staff);
    const bubble = this.art
      .image(this.scene, 'bubble', st.staffX + 2, st.staffY - 52)
      .setVisible(false)
      .setDepth(100000 + st.staffY);
    const icon = this.art
      .image(this.scene, 'excl', st.staffX + 15, st.staffY - 62)
      .setVisible(false)
      .setDepth(100001 + st.staffY);
    this.objects.push(bubble, icon);
    this.stations.push({
      station: st,
      staff,
      props,
      bubble,
      icon,
      busy: -1,
      pose,
      bubbleUntil: 0,
      nextBubble: 0,
      face,
    });
  }

  /** Shows a staff pose (index into STAFF_POSES) at a station, if it changed. */
  setPose(sv: StationView, pose: number): void {
    if (sv.pose === pose) return;
    sv.pose = pose;
    this.art.apply(sv.staff, this.frames[sv.face]?.[pose] ?? '');
  }

  /** Shows a bubble with an icon above a station's staff member until `until` (scene ms). */
  say(sv: StationView, icon: string, until: number): void {
    sv.bubble.setVisible(true).setAlpha(1);
    this.art.apply(sv.icon, icon);
    sv.icon.setVisible(true).setAlpha(1);
    sv.bubbleUntil = until;
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
    this.objects.length = 0;
    this.stations.length = 0;
    if (this.scene.textures.exists(this.textureKey)) this.scene.textures.remove(this.textureKey);
  }
}
