/**
 * Semantic zoom. A node has two forms: `full` with every line, and `compact` with a few large ones. The
 * canvas picks the form from its zoom so that no text is drawn smaller on screen than MIN_SCREEN_PX,
 * and never zooms out further than the compact form allows.
 */
export type NodeForm = 'full' | 'compact';

/** The smallest type each form uses, in CSS px at zoom 1. */
export const FORM_MIN_PX: Record<NodeForm, number> = { full: 12, compact: 24 };

/** The smallest type allowed on screen: 11 px anywhere, 20 px on a projector, for the back row. */
export const minScreenPx = (projector: boolean) => (projector ? 20 : 11);

/** @example formAt(0.8, false) // 'compact': 12 px × 0.8 would be 9.6 px on screen */
export function formAt(zoom: number, projector: boolean): NodeForm {
  return zoom * FORM_MIN_PX.full >= minScreenPx(projector) - 1e-9 ? 'full' : 'compact';
}

/** The canvas's minimum zoom: compact text at exactly the smallest size allowed. */
export const minZoom = (projector: boolean) => minScreenPx(projector) / FORM_MIN_PX.compact;
