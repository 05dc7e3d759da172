// Small friendly portraits of the cast, drawn as inline SVG for this game: the CEO, the
// pipe-smoking marketing director, the sceptical sales team and you; plus the booth logo.
// Colours come from the theme's palette, so they match the hall.
import { palette } from '../theme';

const INK = 'var(--c-ink)';
const PAPER = 'var(--c-paper)';

/** SVG attributes cannot read CSS variables: write the palette's colours in. */
function colours(body: string): string {
  return body.replace(/var\(--c-(\w+)\)/g, (m, name: string) =>
    name in palette ? palette[name as keyof typeof palette] : m,
  );
}

function wrap(label: string, body: string): SVGElement {
  const tpl = document.createElement('template');
  const a11y = label ? `role="img" aria-label="${label.replace(/"/g, '&quot;')}"` : 'aria-hidden="true"';
  tpl.innerHTML = `<svg viewBox="0 0 120 120" class="portrait" ${a11y}>${colours(body)}</svg>`;
  return tpl.content.firstElementChild as SVGElement;
}

const backdrop = (fill: string) => `<circle cx="60" cy="60" r="58" fill="${fill}"/>`;

/** The CEO: grey temples, glasses, one sceptical eyebrow, dark suit, red tie. */
export function ceoPortrait(label: string): SVGElement {
  return wrap(
    label,
    `${backdrop('var(--c-paperDeep)')}
    <path d="M22 120c2-24 18-34 38-34s36 10 38 34z" fill="#33414e"/>
    <path d="M52 86h16l-8 30z" fill="var(--c-white)"/>
    <path d="M57 88h6l3 8-6 20-6-20z" fill="var(--c-irritation)"/>
    <rect x="52" y="72" width="16" height="14" rx="4" fill="#e9b896"/>
    <ellipse cx="60" cy="52" rx="25" ry="28" fill="#f1c7a5"/>
    <path d="M35 50c0-10 3-18 8-21-4 8-4 14-3 22zM85 50c0-10-3-18-8-21 4 8 4 14 3 22z" fill="#b9b3ab"/>
    <circle cx="50" cy="52" r="7" fill="none" stroke="${INK}" stroke-width="2.5"/>
    <circle cx="70" cy="52" r="7" fill="none" stroke="${INK}" stroke-width="2.5"/>
    <path d="M57 52h6" stroke="${INK}" stroke-width="2.5"/>
    <circle cx="50" cy="53" r="2" fill="${INK}"/><circle cx="70" cy="53" r="2" fill="${INK}"/>
    <path d="M43 41l13 2M64 40l13-3" stroke="${INK}" stroke-width="3" stroke-linecap="round"/>
    <path d="M52 68c5-2 11-2 16 0" stroke="${INK}" stroke-width="2.5" fill="none" stroke-linecap="round"/>`,
  );
}

/** The marketing director: wavy hair, bow tie, ochre jacket, and the pipe, with a curl of smoke. */
export function directorPortrait(label: string): SVGElement {
  return wrap(
    label,
    `${backdrop('var(--c-oursLight)')}
    <path d="M22 120c2-24 18-34 38-34s36 10 38 34z" fill="#b07a2a"/>
    <path d="M50 86h20l-10 12z" fill="var(--c-white)"/>
    <path d="M52 92l8 4-8 4zM68 92l-8 4 8 4z" fill="var(--c-calm)"/>
    <rect x="52" y="72" width="16" height="14" rx="4" fill="#c98e66"/>
    <ellipse cx="60" cy="52" rx="24" ry="27" fill="#d9a07a"/>
    <path d="M36 48c-2-18 12-28 26-27 14 0 26 10 22 27-4-10-10-14-14-14-6 6-20 6-26 2-4 4-6 8-8 12z" fill="#6b4a2e"/>
    <circle cx="51" cy="52" r="2.6" fill="${INK}"/><circle cx="69" cy="52" r="2.6" fill="${INK}"/>
    <path d="M45 45c3-3 8-3 11 0M64 45c3-3 8-3 11 0" stroke="${INK}" stroke-width="2.5" fill="none" stroke-linecap="round"/>
    <path d="M50 64c6 5 14 5 20 0" stroke="${INK}" stroke-width="2.5" fill="none" stroke-linecap="round"/>
    <path d="M66 66l16 4" stroke="${INK}" stroke-width="3" stroke-linecap="round"/>
    <path d="M80 64h10v9a5 5 0 0 1-10 0z" fill="#5b3a1e"/>
    <path d="M86 60c-4-5 4-8 0-13s4-9 1-13" stroke="var(--c-inkSoft)" stroke-width="2" fill="none" stroke-linecap="round" opacity=".7"/>`,
  );
}

/** The sales team: three colleagues, arms crossed, eyebrows raised. */
export function teamPortrait(label: string): SVGElement {
  const person = (x: number, skin: string, hair: string, shirt: string, brow: string) => `
    <path d="M${x - 20} 120c1-18 9-26 20-26s19 8 20 26z" fill="${shirt}"/>
    <path d="M${x - 16} 106h32" stroke="${INK}" stroke-width="3" stroke-linecap="round" opacity=".35"/>
    <ellipse cx="${x}" cy="74" rx="15" ry="17" fill="${skin}"/>
    <path d="M${x - 15} 70c0-12 8-17 15-17s15 5 15 17c-5-6-10-8-15-8s-10 2-15 8z" fill="${hair}"/>
    <circle cx="${x - 5}" cy="75" r="1.8" fill="${INK}"/><circle cx="${x + 5}" cy="75" r="1.8" fill="${INK}"/>
    <path d="${brow}" stroke="${INK}" stroke-width="2" stroke-linecap="round" fill="none"/>
    <path d="M${x - 4} 84h8" stroke="${INK}" stroke-width="2" stroke-linecap="round"/>`;
  return wrap(
    label,
    `${backdrop('var(--c-paperDeep)')}
    ${person(32, '#f0c4a0', '#c0582e', 'var(--c-calm)', 'M25 69l5-2M35 67l5 2')}
    ${person(88, '#8d5b3c', '#2b2622', 'var(--c-delight)', 'M81 68l5 1M91 69l5-2')}
    ${person(60, '#e4b08c', '#d8b45a', 'var(--c-ours)', 'M53 66l5 2M63 68l5-3')}`,
  );
}

/** You: the sales director, with a notebook and a pencil behind the ear. */
export function youPortrait(label: string): SVGElement {
  return wrap(
    label,
    `${backdrop('var(--c-oursLight)')}
    <path d="M22 120c2-24 18-34 38-34s36 10 38 34z" fill="var(--c-ours)"/>
    <path d="M52 86h16l-8 10z" fill="var(--c-white)"/>
    <rect x="52" y="72" width="16" height="14" rx="4" fill="#c68c6a"/>
    <ellipse cx="60" cy="52" rx="24" ry="27" fill="#dca584"/>
    <path d="M36 50c-3-20 10-30 24-30s28 9 24 30c-3-9-9-15-24-15s-21 6-24 15z" fill="#3a2a20"/>
    <circle cx="51" cy="53" r="2.6" fill="${INK}"/><circle cx="69" cy="53" r="2.6" fill="${INK}"/>
    <path d="M46 46c3-2 7-2 10 0M64 46c3-2 7-2 10 0" stroke="${INK}" stroke-width="2.5" fill="none" stroke-linecap="round"/>
    <path d="M51 65c5 4 13 4 18 0" stroke="${INK}" stroke-width="2.5" fill="none" stroke-linecap="round"/>
    <path d="M82 40l8-14" stroke="var(--c-accent)" stroke-width="4" stroke-linecap="round"/>
    <rect x="66" y="96" width="24" height="20" rx="3" fill="${PAPER}" stroke="${INK}" stroke-width="2"/>
    <path d="M71 103h14M71 109h10" stroke="${INK}" stroke-width="2" stroke-linecap="round"/>`,
  );
}

/** A phone turning sideways, for the "turn your phone" note. */
export function turnPhone(): SVGElement {
  return wrap(
    '',
    `<rect x="40" y="18" width="40" height="70" rx="7" fill="var(--c-white)" stroke="${INK}" stroke-width="4" opacity=".45"/>
    <rect x="26" y="52" width="70" height="40" rx="7" fill="var(--c-white)" stroke="${INK}" stroke-width="4" transform="rotate(0)"/>
    <circle cx="88" cy="72" r="3" fill="${INK}"/>
    <path d="M92 22c12 6 18 16 18 28" fill="none" stroke="var(--c-ours)" stroke-width="5" stroke-linecap="round"/>
    <path d="M102 46l8 8 7-10" fill="none" stroke="var(--c-ours)" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`,
  );
}

/** The game's mark: a little booth under an awning with a speech bubble. */
export function logo(label: string): SVGElement {
  return wrap(
    label,
    `<rect x="18" y="58" width="84" height="48" rx="6" fill="var(--c-white)" stroke="${INK}" stroke-width="3"/>
    <path d="M14 58l8-20h76l8 20z" fill="var(--c-ours)" stroke="${INK}" stroke-width="3" stroke-linejoin="round"/>
    <path d="M34 38l-6 20M50 38l-3 20M70 38l3 20M86 38l6 20" stroke="var(--c-white)" stroke-width="4"/>
    <rect x="28" y="78" width="64" height="10" rx="3" fill="var(--c-paperDeep)"/>
    <path d="M70 6h40a6 6 0 0 1 6 6v18a6 6 0 0 1-6 6H88l-10 8 2-8h-10a6 6 0 0 1-6-6V12a6 6 0 0 1 6-6z" fill="var(--c-accent)" stroke="${INK}" stroke-width="3"/>
    <circle cx="80" cy="21" r="3" fill="${INK}"/><circle cx="90" cy="21" r="3" fill="${INK}"/><circle cx="100" cy="21" r="3" fill="${INK}"/>`,
  );
}
