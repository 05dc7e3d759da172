// Everything the world draws at boot, as a list of small jobs (so the boot scene can spread
// them over frames and report progress): the people and staff atlases, the props and icons,
// the hall floor and the street. Frame names are computed once here and reused every frame.
import type * as Phaser from 'phaser';
import { hexOf } from '../../theme';
import { css } from '../color';
import { HALL_H, HALL_W } from '../layout/hall-layout';
import { STREET_H, STREET_W } from '../layout/street-layout';
import { ceoLook, directorLook, STAFF_FACES, staffLook, VISITOR_LOOKS, visitorLook } from '../looks';
import { NEED_ICONS } from '../needs';
import { type ArtBook, AtlasBuilder } from './atlas';
import { drawHallFloor, HALL_MARGIN } from './hall-art';
import * as I from './icons';
import { Pen } from './pen';
import { drawPerson, STAFF_CELL, STAFF_POSES, VISITOR_CELL, VISITOR_POSES } from './people';
import * as P from './props';
import * as S from './street-art';

/** Pixels per world unit of the small art (people, props). */
export const ART_RES = 2;

/** visitorFrames[look][poseIndex] with VISITOR_POSES order. */
export const visitorFrames: string[][] = Array.from({ length: VISITOR_LOOKS }, (_, look) =>
  VISITOR_POSES.map((pose) => `v${look}.${pose}`),
);

/** Staff frame names for a company colour: [face][STAFF_POSES index]; director: face -1. */
export function staffFrames(color: number): string[][] {
  const hex = css(color).slice(1);
  return Array.from({ length: STAFF_FACES }, (_, f) => STAFF_POSES.map((pose) => `s${hex}.${f}.${pose}`));
}

export function directorFrames(color: number): string[] {
  const hex = css(color).slice(1);
  return STAFF_POSES.map((pose) => `d${hex}.${pose}`);
}

export const STAFF_POSE = { front: 0, point: 1, notes: 2, nod: 3, carryA: 4, carryB: 5 } as const;

export const needFrames: Record<string, string> = Object.fromEntries(NEED_ICONS.map((n) => [n, `need.${n}`]));

export interface Job {
  weight: number;
  run(): void;
}

/** Bakes a company's staff (and its director) into their own small atlas, if not done yet. */
export function bakeStaff(textures: Phaser.Textures.TextureManager, book: ArtBook, color: number): void {
  const key = `staff-${css(color).slice(1)}`;
  if (textures.exists(key)) return;
  const cw = STAFF_CELL.w;
  const ch = STAFF_CELL.h;
  const cols = STAFF_POSES.length;
  const rows = STAFF_FACES + 1;
  const b = new AtlasBuilder(
    key,
    Math.ceil(cols * (cw * ART_RES + 3)) + 4,
    Math.ceil(rows * (ch * ART_RES + 3)) + 4,
    ART_RES,
  );
  const frames = staffFrames(color);
  for (let f = 0; f < STAFF_FACES; f++) {
    const look = staffLook(color, f);
    STAFF_POSES.forEach((pose, j) => {
      b.add(frames[f]?.[j] ?? '', cw, ch, STAFF_CELL.cx, STAFF_CELL.feet, (p) =>
        drawPerson(p, STAFF_CELL.cx, STAFF_CELL.feet, look, pose),
      );
    });
  }
  const dl = directorLook(color);
  const df = directorFrames(color);
  STAFF_POSES.forEach((pose, j) => {
    b.add(df[j] ?? '', cw, ch, STAFF_CELL.cx, STAFF_CELL.feet, (p) =>
      drawPerson(p, STAFF_CELL.cx, STAFF_CELL.feet, dl, pose),
    );
  });
  b.commit(textures, book);
}

/** The company colours of a set of levels, for baking their staff at boot. */
export function levelColors(
  levels: readonly { company: { color: string }; competitors: readonly { color: string }[] }[],
): number[] {
  const set = new Set<number>();
  for (const L of levels) {
    set.add(hexOf(L.company.color));
    for (const c of L.competitors) set.add(hexOf(c.color));
  }
  return [...set];
}

function bigCanvas(
  textures: Phaser.Textures.TextureManager,
  key: string,
  w: number,
  h: number,
  res: number,
  draw: (p: Pen) => void,
): void {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(w * res);
  canvas.height = Math.ceil(h * res);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  draw(new Pen(ctx, res));
  if (textures.exists(key)) textures.remove(key);
  textures.addCanvas(key, canvas);
}

/** Whether a big backdrop texture exists (they are single images, not atlas frames). */
export const FLOOR_KEY = 'hall-floor';
export const STREET_KEY = 'street-bg';
/** Backdrops are drawn at this resolution (pixels per world unit). */
export const BACKDROP_RES = 1;

/** The boot's jobs, in order. `colors`: company colours to bake staff for. */
export function bootJobs(
  textures: Phaser.Textures.TextureManager,
  book: ArtBook,
  colors: readonly number[],
): Job[] {
  const jobs: Job[] = [];
  // people: one job per look
  const cw = VISITOR_CELL.w;
  const ch = VISITOR_CELL.h;
  const people = new AtlasBuilder('people', 2048, 2048, ART_RES);
  for (let look = 0; look < VISITOR_LOOKS; look++) {
    jobs.push({
      weight: 1,
      run: () => {
        const l = visitorLook(look);
        VISITOR_POSES.forEach((pose, j) => {
          people.add(visitorFrames[look]?.[j] ?? '', cw, ch, VISITOR_CELL.cx, VISITOR_CELL.feet, (p) =>
            drawPerson(p, VISITOR_CELL.cx, VISITOR_CELL.feet, l, pose),
          );
        });
      },
    });
  }
  jobs.push({ weight: 1, run: () => people.commit(textures, book) });
  for (const color of colors) jobs.push({ weight: 3, run: () => bakeStaff(textures, book, color) });
  // props and icons
  const props = new AtlasBuilder('props', 2048, 1024, ART_RES);
  jobs.push({
    weight: 4,
    run: () => {
      const a = (name: string, w: number, h: number, ax: number, ay: number, draw: (p: Pen) => void) =>
        props.add(name, w, h, ax, ay, draw);
      a('plinth', 30, 44, 15, 42, (p) => P.plinthCopier(p, 15, 42, false));
      a('plinthNew', 30, 56, 15, 54, (p) => P.plinthCopier(p, 15, 54, true));
      a('showpiece', 76, 56, 38, 54, (p) => P.showpiece(p, 38, 54, false));
      a('showpieceNew', 76, 68, 38, 66, (p) => P.showpiece(p, 38, 66, true));
      a('brochures', 20, 32, 10, 30, (p) => P.brochureStand(p, 10, 30, 0x2f7d6d));
      a('table', 28, 22, 14, 20, (p) => P.table(p, 14, 20));
      a('chair', 22, 32, 11, 31, (p) => P.chair(p, 11, 31, 0xd9a441));
      a('chairB', 22, 32, 11, 31, (p) => P.chair(p, 11, 31, 0x4f9a8c));
      a('sofa', 86, 34, 43, 32, (p) => P.sofa(p, 43, 32, 0x9a5a3a));
      a('plant', 24, 36, 12, 34, (p) => P.plant(p, 12, 34));
      a('coffee', 50, 44, 25, 42, (p) => P.coffeeCounter(p, 25, 42, 0xe6dcc6));
      a('flipchart', 26, 46, 13, 44, (p) => P.flipchart(p, 13, 44));
      a('ceoAtFair', STAFF_CELL.w, STAFF_CELL.h, STAFF_CELL.cx, STAFF_CELL.feet, (p) =>
        drawPerson(p, STAFF_CELL.cx, STAFF_CELL.feet, ceoLook(), 'front'),
      );
      a('lamp', 18, 52, 9, 50, (p) => P.floorLamp(p, 9, 50));
      a('bubble', 26, 26, 4, 25, (p) => I.speechBubble(p, 26, 26));
      a('thought', 28, 28, 3, 27, (p) => I.thoughtBubble(p, 28, 28));
      for (const n of NEED_ICONS) a(needFrames[n] ?? n, 16, 16, 8, 8, (p) => I.needIcon(p, n, 8, 8, 6.5));
      a('excl', 12, 18, 6, 9, (p) => I.exclamation(p, 6, 9, 0xc8553d));
      a('dots', 16, 8, 8, 4, (p) => I.dots(p, 8, 4));
      a('tick', 12, 12, 6, 6, (p) => I.tick(p, 6, 6, 5));
      a('heart', 16, 16, 8, 8, (p) => I.heart(p, 8, 8, 6, 0xd9534f));
      a('scribble', 20, 20, 10, 10, (p) => I.scribble(p, 10, 10, 8, 0xc8553d));
      a('puff', 22, 18, 11, 9, (p) => I.puff(p, 11, 9, 8));
      a('coin', 12, 12, 6, 6, (p) => I.coin(p, 6, 6, 5));
      a('priceTag', 16, 16, 8, 8, (p) => I.priceTag(p, 8, 8.5, 6.5));
      a('contract', 16, 20, 8, 10, (p) => I.contract(p, 8, 10, 13, 17));
      a('sparkle', 14, 14, 7, 7, (p) => I.sparkle(p, 7, 7, 6.5));
      a('cone', 70, 130, 35, 0, (p) => I.spotCone(p, 70, 130));
      a('glow', 80, 30, 40, 15, (p) => I.glow(p, 80, 30, 'rgba(255,240,190,0.85)'));
      a('ring', 34, 14, 17, 7, (p) => I.ring(p, 17, 7, 14, 5, 0x2f7d6d, 2, 0.18));
      a('ringSel', 40, 18, 20, 9, (p) => {
        I.ring(p, 20, 9, 18, 7, 0xe0a231, 1.4, 0);
        I.ring(p, 20, 9, 14.5, 5.3, 0x2f7d6d, 2.4, 0.3);
      });
      a('pin', 16, 16, 8, 15, (p) => I.pin(p, 8, 8, 0x2f7d6d));
      a('ringSoft', 34, 14, 17, 7, (p) => I.ring(p, 17, 7, 13, 4.5, 0x2f7d6d, 1.1, 0.08));
      a('ringHover', 34, 14, 17, 7, (p) => I.ring(p, 17, 7, 14, 5, 0xe0a231, 1.6, 0.12));
      a('dot', 6, 6, 3, 3, (p) => I.dot(p, 3, 3, 2.5));
      a('envelope', 16, 11, 8, 5.5, (p) => I.envelope(p, 8, 5.5, 14, 9, 0xfbf3df));
      a('envelopeOut', 16, 11, 8, 5.5, (p) => I.envelope(p, 8, 5.5, 14, 9, 0xdfeee8));
      // An order won by a follow-up: gold, so it reads apart from the regular post.
      a('envelopeWon', 16, 11, 8, 5.5, (p) => I.envelope(p, 8, 5.5, 14, 9, 0xf2c14e));
      a('win', 20, 26, 10, 13, (p) => S.windowPane(p, 20, 26, true));
      a('winDark', 20, 26, 10, 13, (p) => S.windowPane(p, 20, 26, false));
      a('winCeo', 20, 26, 10, 13, (p) => S.ceoPane(p, 20, 26));
      a('ceo', 16, 18, 8, 18, (p) => S.ceoSilhouette(p, 16, 18));
      a('mailbox', 22, 36, 11, 34, (p) => S.mailbox(p, 11, 34, 0xe0a231));
      a('mailFlag', 10, 14, 1, 13, (p) => S.mailFlag(p, 1, 13));
      a('tree', 56, 76, 28, 74, (p) => S.tree(p, 28, 74));
      a('streetlamp', 30, 90, 8, 88, (p) => S.streetLamp(p, 8, 88));
      a('cloud', 64, 34, 32, 20, (p) => S.cloud(p, 32, 20));
      a('sun', 60, 60, 30, 30, (p) => S.sun(p, 30, 30));
    },
  });
  jobs.push({ weight: 1, run: () => props.commit(textures, book) });
  jobs.push({
    weight: 6,
    run: () =>
      bigCanvas(textures, FLOOR_KEY, HALL_W + HALL_MARGIN * 2, HALL_H + HALL_MARGIN * 2, BACKDROP_RES, (p) =>
        drawHallFloor(p),
      ),
  });
  jobs.push({
    weight: 4,
    run: () =>
      bigCanvas(
        textures,
        STREET_KEY,
        STREET_W + S.STREET_MARGIN * 2,
        STREET_H + S.STREET_MARGIN * 2,
        BACKDROP_RES,
        (p) => S.drawStreetBg(p),
      ),
  });
  return jobs;
}
