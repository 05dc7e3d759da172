// One visual identity for canvas and DOM: the palette, the type and the motion timings.
// Scenes read the numbers (0xRRGGBB), the overlay reads the CSS variables written from the
// same values at start-up (see applyThemeToDocument), so both always agree.
export const palette = {
  /** The hall: warm paper floor, ink lines. */
  paper: '#f4ecdf',
  paperDeep: '#e8dcc7',
  ink: '#2b2622',
  inkSoft: '#5e554c',
  /** Our colour (Vermeer green) and the signal colours. */
  ours: '#2f7d6d',
  oursLight: '#cfe7df',
  accent: '#e0a231',
  delight: '#3f9a5b',
  irritation: '#c8553d',
  calm: '#4a78a8',
  night: '#1f2a33',
  white: '#fffdf8',
} as const;

export type PaletteName = keyof typeof palette;

/** A palette colour as a number for Phaser (0xRRGGBB). */
export function hex(name: PaletteName): number {
  return Number.parseInt(palette[name].slice(1), 16);
}

/** Any #rrggbb as a number for Phaser. */
export function hexOf(css: string): number {
  return Number.parseInt(css.slice(1), 16);
}

export const fonts = {
  /** Headings and numbers in the HUD. */
  display: '"Fredoka", "Nunito", system-ui, sans-serif',
  /** Body text, cards, menus. */
  body: '"Nunito", system-ui, sans-serif',
} as const;

export const motion = {
  /** Standard UI transition, ms. */
  quick: 160,
  calm: 320,
} as const;

/** Writes the palette and fonts as CSS custom properties on the document root. */
export function applyThemeToDocument(doc: Document): void {
  const root = doc.documentElement.style;
  for (const [name, value] of Object.entries(palette)) root.setProperty(`--c-${name}`, value);
  root.setProperty('--font-display', fonts.display);
  root.setProperty('--font-body', fonts.body);
  root.setProperty('--t-quick', `${motion.quick}ms`);
  root.setProperty('--t-calm', `${motion.calm}ms`);
}
