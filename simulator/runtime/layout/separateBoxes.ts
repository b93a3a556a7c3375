import type { FlowDirection } from '../kinds/kindModel';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Space kept between nodes: a wire's handle sticks out of its node by half its width, and a finger
 * needs room to grab it, so no node may come this close to another.
 */
export const NODE_MARGIN = 32;

const overlaps = (a: Box, b: Box, margin: number) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

/**
 * The box moved along the cross axis (down on a left-to-right canvas, right on a top-to-bottom one)
 * just past every box it would touch. Each step passes one box for good, so it ends after at most as
 * many steps as there are boxes.
 * @example nudgeClear({ x: 0, y: 0, width: 10, height: 10 }, [{ x: 0, y: 0, width: 10, height: 10 }], 'LR').y // 42
 */
export function nudgeClear(box: Box, placed: readonly Box[], direction: FlowDirection, margin = NODE_MARGIN): Box {
  let moved = box;
  for (let guard = 0; guard <= placed.length; guard++) {
    const hit = placed.find((p) => overlaps(p, moved, margin));
    if (!hit) return moved;
    moved =
      direction === 'LR' ? { ...moved, y: hit.y + hit.height + margin } : { ...moved, x: hit.x + hit.width + margin };
  }
  return moved;
}

/** Places boxes in order, each nudged clear of those before it: none overlaps another, and earlier ones never move. */
export function separateBoxes(boxes: readonly Box[], direction: FlowDirection, margin = NODE_MARGIN): Box[] {
  const placed: Box[] = [];
  for (const box of boxes) placed.push(nudgeClear(box, placed, direction, margin));
  return placed;
}
