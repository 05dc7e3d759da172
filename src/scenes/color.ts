// Colour arithmetic for the world's art: mixing, shading and CSS strings from 0xRRGGBB
// numbers, so every texture is derived from the shared palette (src/theme.ts).

/** Linear mix of two 0xRRGGBB colours (t = 0 gives a, 1 gives b). */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const r = Math.round(((a >> 16) & 255) * (1 - k) + ((b >> 16) & 255) * k);
  const g = Math.round(((a >> 8) & 255) * (1 - k) + ((b >> 8) & 255) * k);
  const bl = Math.round((a & 255) * (1 - k) + (b & 255) * k);
  return (r << 16) | (g << 8) | bl;
}

/** Darkens (amount < 0, towards ink) or lightens (amount > 0, towards white) a colour. */
export function shade(c: number, amount: number): number {
  return amount < 0 ? mix(c, 0x1c1815, -amount) : mix(c, 0xffffff, amount);
}

/** '#rrggbb' for a 0xRRGGBB number. */
export function css(c: number): string {
  return `#${(c & 0xffffff).toString(16).padStart(6, '0')}`;
}

/** 'rgba(r,g,b,a)' for a 0xRRGGBB number and an alpha. */
export function cssA(c: number, alpha: number): string {
  return `rgba(${(c >> 16) & 255},${(c >> 8) & 255},${c & 255},${alpha})`;
}

/** Perceived lightness 0..1, to choose ink or white lettering on a colour. */
export function lightness(c: number): number {
  return (0.299 * ((c >> 16) & 255) + 0.587 * ((c >> 8) & 255) + 0.114 * (c & 255)) / 255;
}
