// Where things go on screen, shared by the world and the overlay: the HUD strip at the top,
// the side panel (right on wide screens, bottom on narrow or short ones) and the stage — the
// part of the canvas the hall is framed in. Both sides call layoutFor with the window size.
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Layout {
  /** Height of the HUD strip at the top, px. */
  hud: number;
  panel: { side: 'right' | 'bottom'; size: number };
  /** The free area for the hall on the fair screen. */
  stage: Rect;
  /** 'phone' for small screens (either side under 500 px), else 'desktop'. */
  kind: 'phone' | 'desktop';
  portrait: boolean;
}

export function layoutFor(width: number, height: number): Layout {
  const portrait = height > width;
  const kind = Math.min(width, height) < 500 ? 'phone' : 'desktop';
  const big = width >= 1600 && height >= 900;
  // A phone held upright gets a HUD of two rows (place and figures; the meters under them).
  const narrowUpright = portrait && width < 560;
  const hud = narrowUpright ? 76 : kind === 'phone' ? 44 : big ? 72 : 60;
  if (portrait) {
    const size = Math.round(height * 0.45);
    return {
      hud,
      panel: { side: 'bottom', size },
      stage: { x: 0, y: hud, w: width, h: height - hud - size },
      kind,
      portrait,
    };
  }
  // A projector or big monitor (the overlay's type grows there too) gets a wider panel.
  const size =
    kind === 'phone'
      ? Math.round(Math.min(340, width * 0.42))
      : Math.round(Math.min(big ? 540 : 420, Math.max(340, width * 0.3)));
  return {
    hud,
    panel: { side: 'right', size },
    stage: { x: 0, y: hud, w: width - size, h: height - hud },
    kind,
    portrait,
  };
}
