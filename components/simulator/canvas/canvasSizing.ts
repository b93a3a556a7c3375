import type { Box } from '@/simulator/runtime/layout/separateBoxes';

/** Space around the graph when the view is fitted, in screen px: more below, where the view controls sit. */
export const FIT_PADDING = { x: 24, top: 24, bottom: 60 };

/** A chapter's canvas is never shorter or taller than this, whatever the scenario. */
export const CONTENT_HEIGHT = { min: 300, max: 720 };

/**
 * A chapter canvas's height for its scenario: tall enough for the graph at the zoom its width allows
 * (at most 1, at least the smallest legible zoom), so a small pipeline is not shrunk into a big box and a
 * big one is not squeezed into a small one.
 * @example contentHeight({ x: 0, y: 0, width: 564, height: 538 }, 686, 0.46) // 626
 */
export function contentHeight(bounds: Box, width: number, minZoom: number): number {
  if (bounds.width === 0 || width === 0) return CONTENT_HEIGHT.min;
  const zoom = Math.max(minZoom, Math.min(1, (width - 2 * FIT_PADDING.x) / bounds.width));
  const height = Math.round(bounds.height * zoom + FIT_PADDING.top + FIT_PADDING.bottom);
  return Math.min(CONTENT_HEIGHT.max, Math.max(CONTENT_HEIGHT.min, height));
}

/** The zoom at which a graph fits a box (at most 1), with the fit padding around it. */
export function fitZoom(bounds: Box, room: { width: number; height: number }): number {
  if (bounds.width === 0 || bounds.height === 0) return 1;
  return Math.min(
    1,
    (room.width - 2 * FIT_PADDING.x) / bounds.width,
    (room.height - FIT_PADDING.top - FIT_PADDING.bottom) / bounds.height,
  );
}
