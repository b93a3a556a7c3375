import type { FlowDirection } from '@/simulator/runtime/kinds/kindModel';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A wire's curve: a cubic Bézier from one node's outgoing side to the other's incoming side. */
export interface Curve {
  p0: Point;
  c1: Point;
  c2: Point;
  p3: Point;
}

/** Where wires leave a node (`out`) or arrive at it (`in`): its right/left sides, or bottom/top on a phone. */
export function port(rect: Rect, side: 'in' | 'out', direction: FlowDirection): Point {
  if (direction === 'LR') return { x: side === 'out' ? rect.x + rect.width : rect.x, y: rect.y + rect.height / 2 };
  return { x: rect.x + rect.width / 2, y: side === 'out' ? rect.y + rect.height : rect.y };
}

/** The curve between two points, bending along the flow's direction as React Flow's wires do. */
export function curveBetween(p0: Point, p3: Point, direction: FlowDirection): Curve {
  if (direction === 'LR') {
    const bend = Math.max(40, Math.abs(p3.x - p0.x) / 2);
    return { p0, c1: { x: p0.x + bend, y: p0.y }, c2: { x: p3.x - bend, y: p3.y }, p3 };
  }
  const bend = Math.max(40, Math.abs(p3.y - p0.y) / 2);
  return { p0, c1: { x: p0.x, y: p0.y + bend }, c2: { x: p3.x, y: p3.y - bend }, p3 };
}

/** The point at t (0 … 1) along a curve. */
export function pointAt({ p0, c1, c2, p3 }: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * c1.x + c * c2.x + d * p3.x, y: a * p0.y + b * c1.y + c * c2.y + d * p3.y };
}
