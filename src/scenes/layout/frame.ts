// Camera framing: fits a part of a world (the hall, the street's buildings) into a screen
// rectangle (the stage the DOM overlay leaves free), or covers the whole canvas with it when
// the world is only a backdrop.
import type { Rect } from '../../layout';

export interface Framing {
  zoom: number;
  /** The world point the camera centres on (at the canvas centre). */
  centerX: number;
  centerY: number;
}

/**
 * 'fit': all of `focus` (plus margin, world units) shows inside `stage`;
 * 'cover': `focus` fills the canvas, cropping what does not fit.
 */
export function frameWorld(
  focus: { x?: number; y?: number; w: number; h: number },
  canvas: { w: number; h: number },
  stage: Rect,
  mode: 'fit' | 'cover',
  margin = 0,
): Framing {
  const fx = focus.x ?? 0;
  const fy = focus.y ?? 0;
  const cx = fx + focus.w / 2;
  const cy = fy + focus.h / 2;
  if (mode === 'cover' || stage.w <= 0 || stage.h <= 0) {
    const zoom = Math.max(canvas.w / focus.w, canvas.h / focus.h, 0.05);
    return { zoom, centerX: cx, centerY: cy };
  }
  const zoom = Math.max(0.05, Math.min(stage.w / (focus.w + margin * 2), stage.h / (focus.h + margin * 2)));
  const sx = stage.x + stage.w / 2;
  const sy = stage.y + stage.h / 2;
  return {
    zoom,
    centerX: cx + (canvas.w / 2 - sx) / zoom,
    centerY: cy + (canvas.h / 2 - sy) / zoom,
  };
}
