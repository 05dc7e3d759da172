// The face on the conversation card: the same person the hall draws (their look comes from
// their account id, scenes/looks.ts), as a head-and-shoulders portrait in inline SVG — skin,
// hair style and colour, glasses, jacket, tie — so the card is somebody, not a form.
import { createElement } from 'preact';
import { type HairStyle, type Look, lookForAccount, visitorLook } from '../scenes/looks';
import { svg } from './dom';

const INK = '#2b2622';

const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/** Hair drawn behind the head (long styles) and over it (the fringe or crown). */
const HAIR_BACK: Partial<Record<HairStyle, string>> = {
  long: 'M32 50c-2 26 4 40 8 44h40c4-4 10-18 8-44z',
  bob: 'M33 48c-2 16 0 26 4 30h46c4-4 6-14 4-30z',
  ponytail: 'M84 44c10 6 12 20 6 32-2-10-4-18-8-22z',
  bun: 'M60 12a10 10 0 1 1 0 .1z',
};
const HAIR_TOP: Record<HairStyle, string> = {
  short: 'M35 46c-1-16 10-26 25-26s26 10 25 26c-6-8-14-12-25-12s-19 4-25 12z',
  sidepart: 'M35 48c-2-18 10-28 25-28s27 10 25 28c-4-10-14-14-22-13-8 1-18 5-28 13z',
  bob: 'M34 48c-2-18 10-28 26-28s28 10 26 28c-8-6-16-10-26-10s-18 4-26 10z',
  long: 'M34 48c-2-18 10-28 26-28s28 10 26 28c-8-8-16-12-26-12s-18 4-26 12z',
  bun: 'M35 46c-1-16 10-26 25-26s26 10 25 26c-6-8-14-11-25-11s-19 3-25 11z',
  curly: 'M33 48c-6-10 0-24 10-26 4-6 14-6 18-2 6-4 16-2 18 4 10 2 12 16 8 24-6-8-14-12-26-12s-20 4-28 12z',
  bald: 'M36 50c-1-4-1-6 0-8 2 2 3 4 3 8zM84 50c1-4 1-6 0-8-2 2-3 4-3 8z',
  mullet: 'M35 46c-1-16 10-26 25-26s26 10 25 26c-6-8-14-12-25-12s-19 4-25 12zM36 50c-2 12 0 20 4 24l4-20z',
  ponytail: 'M35 46c-1-16 10-26 25-26s26 10 25 26c-6-8-14-11-25-11s-19 3-25 11z',
};

function path(d: string, fill: string, extra: Record<string, string | number> = {}): SVGElement {
  return svg('path', { d, fill, ...extra });
}

/** The portrait of the person behind an account, labelled for screen readers with their name. */
export function visitorFace(accountId: number, label: string): SVGElement {
  const look: Look = visitorLook(lookForAccount(accountId));
  const skin = hex(look.skin);
  const hair = hex(look.hair);
  const top = hex(look.jacket ? look.bottom : look.top);
  const back = HAIR_BACK[look.hairStyle];
  return svg(
    'svg',
    { viewBox: '0 0 120 120', class: 'portrait visitor-face', role: 'img', 'aria-label': label },
    svg('circle', { cx: 60, cy: 60, r: 58, fill: hex(look.accent), 'fill-opacity': 0.25 }),
    back ? path(back, hair) : null,
    path('M20 120c2-24 18-34 40-34s38 10 40 34z', top),
    look.jacket ? path('M50 86h20l-10 22z', hex(look.top)) : path('M50 86h20l-10 10z', '#faf6ee'),
    look.tie ? path('M57 90h6l2 18-5 6-5-6z', hex(look.accent)) : null,
    svg('rect', { x: 52, y: 70, width: 16, height: 16, rx: 4, fill: skin }),
    svg('ellipse', { cx: 60, cy: 52, rx: 24, ry: 27, fill: skin }),
    path(HAIR_TOP[look.hairStyle], hair),
    svg('circle', { cx: 51, cy: 53, r: 2.6, fill: INK }),
    svg('circle', { cx: 69, cy: 53, r: 2.6, fill: INK }),
    look.glasses
      ? path('M44 53a7 6 0 1 0 14 0a7 6 0 1 0-14 0zM62 53a7 6 0 1 0 14 0a7 6 0 1 0-14 0zM58 53h4', 'none', {
          stroke: INK,
          'stroke-width': 2,
        })
      : null,
    path('M51 66c5 4 13 4 18 0', 'none', { stroke: INK, 'stroke-width': 2.5, 'stroke-linecap': 'round' }),
  );
}

/**
 * The same portrait as a Preact component: drawn once by visitorFace (the one drawing), its
 * attributes and shapes handed to Preact as they are (plain SVG markup, no style attributes).
 */
export function VisitorFace({ account, label }: { account: number; label: string }) {
  const face = visitorFace(account, label);
  const attrs = Object.fromEntries(Array.from(face.attributes, (a) => [a.name, a.value]));
  return createElement('svg', { ...attrs, dangerouslySetInnerHTML: { __html: face.innerHTML } });
}
