import type { FlowDirection } from '@/simulator/runtime/kinds/kindModel';
import { STREAM_HEADER, STREAM_PAD } from '@/simulator/runtime/kinds/nodeGeometry';
import type { TrafficSample } from '@/simulator/views/traffic';
import { curveBetween, pointAt, port, type Curve, type Point, type Rect } from './trafficGeometry';
import type { DotKind, TrafficModel } from './trafficModel';

/** The site's theme colours, read from CSS variables once per theme change. */
export type TrafficColours = Record<DotKind | 'backlog', string>;

export function readTrafficColours(element: Element): TrafficColours {
  const style = getComputedStyle(element);
  const v = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return {
    write: v('--accent'),
    throttled: v('--pitfall'),
    read: v('--tip'),
    expired: v('--muted'),
    delivered: v('--deep'),
    backlog: v('--deep'),
  };
}

export interface TrafficView {
  /** Flow → screen: React Flow's viewport transform [x, y, zoom]. */
  transform: [number, number, number];
  direction: FlowDirection;
  /** Where each node is now, in flow coordinates (absolute, shards included). */
  rectOf: (id: string) => Rect | undefined;
  colours: TrafficColours;
}

const toScreen = (p: Point, [tx, ty, zoom]: TrafficView['transform']): Point => ({
  x: p.x * zoom + tx,
  y: p.y * zoom + ty,
});

/**
 * Where a dot enters or leaves a node, in flow coordinates. A shard is reached through its stream's
 * edge, in line with the shard: straight into it when it sits on that edge, otherwise up to the edge of
 * the stream (a dot never crosses other shards to get there).
 */
function portOf(view: TrafficView, id: string, side: 'in' | 'out'): Point | null {
  const rect = view.rectOf(id);
  if (!rect) return null;
  const own = port(rect, side, view.direction);
  if (!id.startsWith('shard:')) return own;
  const stream = view.rectOf(`stream:${id.split(':')[1]}`);
  if (!stream) return own;
  const near = (gap: number, allowed: number) => gap <= allowed + 1;
  if (view.direction === 'LR') {
    const onEdge =
      side === 'in'
        ? near(rect.x - stream.x, STREAM_PAD)
        : near(stream.x + stream.width - (rect.x + rect.width), STREAM_PAD);
    return onEdge ? own : { x: side === 'in' ? stream.x : stream.x + stream.width, y: own.y };
  }
  const onEdge =
    side === 'in'
      ? near(rect.y - stream.y, STREAM_HEADER)
      : near(stream.y + stream.height - (rect.y + rect.height), STREAM_PAD);
  return onEdge ? own : { x: own.x, y: side === 'in' ? stream.y : stream.y + stream.height };
}

/** The curve a dot between two nodes follows, in screen px, or null when either node is off the canvas. */
function curveOf(view: TrafficView, from: string, to: string): Curve | null {
  const a = portOf(view, from, 'out');
  const b = portOf(view, to, 'in');
  if (!a || !b) return null;
  const curve = curveBetween(a, b, view.direction);
  return {
    p0: toScreen(curve.p0, view.transform),
    c1: toScreen(curve.c1, view.transform),
    c2: toScreen(curve.c2, view.transform),
    p3: toScreen(curve.p3, view.transform),
  };
}

/** Where a shard's retention strip ends: expiring records leave the shard there. */
function retentionEnd(view: TrafficView, shard: string): Point | null {
  const r = view.rectOf(shard);
  return r ? toScreen({ x: r.x + r.width - 8, y: r.y + r.height - 5 }, view.transform) : null;
}

/**
 * Draws the moving dots: written records towards their shard, throttled ones going back red to their
 * producer, reads leaving shards towards their reader, expiring records fading at a shard's retention
 * strip, delivered objects towards their bucket, and a pile of waiting records at a reader that falls
 * behind. `ctx` is in CSS px (the caller scales it for the device pixel ratio).
 */
export function drawDots(ctx: CanvasRenderingContext2D, model: TrafficModel, view: TrafficView): void {
  const curves = new Map<string, Curve | null>();
  const byColour = new Map<string, Path2D>();
  const path = (colour: string) => {
    let p = byColour.get(colour);
    if (!p) byColour.set(colour, (p = new Path2D()));
    return p;
  };
  const lift = 4;
  for (const dot of model.dots) {
    if (dot.kind === 'expired') {
      const end = retentionEnd(view, dot.from);
      if (!end) continue;
      ctx.globalAlpha = 1 - dot.t;
      ctx.fillStyle = view.colours.expired;
      ctx.beginPath();
      ctx.arc(end.x + dot.t * 22, end.y + dot.t * 10 + dot.lane * 3, dot.radius, 0, Math.PI * 2);
      ctx.fill();
      ctx.globalAlpha = 1;
      continue;
    }
    const key = `${dot.from}>${dot.to}`;
    if (!curves.has(key)) curves.set(key, curveOf(view, dot.from, dot.to));
    const curve = curves.get(key);
    if (!curve) continue;
    const p = pointAt(curve, Math.min(1, Math.max(0, dot.t)));
    // Spread dots across the wire a little, most in the middle of the run.
    const spread = dot.lane * lift * Math.sin(Math.PI * Math.min(1, Math.max(0, dot.t)));
    const at = view.direction === 'LR' ? { x: p.x, y: p.y + spread } : { x: p.x + spread, y: p.y };
    const colour =
      dot.kind === 'throttled' && dot.back
        ? view.colours.throttled
        : view.colours[dot.kind === 'throttled' ? 'write' : dot.kind];
    const shape = path(colour);
    shape.moveTo(at.x + dot.radius, at.y);
    shape.arc(at.x, at.y, dot.radius, 0, Math.PI * 2);
  }
  for (const [colour, shape] of byColour) {
    ctx.fillStyle = colour;
    ctx.fill(shape);
  }
  drawBacklogs(ctx, model, view);
}

/** Readers behind by more than this show the records waiting for them. */
const BEHIND_MS = 5000;

function drawBacklogs(ctx: CanvasRenderingContext2D, model: TrafficModel, view: TrafficView): void {
  for (const [reader, { records, lagMs }] of model.backlog) {
    if (lagMs < BEHIND_MS || records === 0) continue;
    const rect = view.rectOf(reader);
    if (!rect) continue;
    const entry = toScreen(port(rect, 'in', view.direction), view.transform);
    // One dot per doubling of the backlog (in dots' worth of records), up to twelve: a queue at the door.
    const count = Math.min(12, Math.max(1, Math.ceil(Math.log2(1 + records / model.recordsPerDot))));
    ctx.fillStyle = view.colours.backlog;
    ctx.beginPath();
    for (let i = 0; i < count; i++) {
      const offset = 9 + i * 8;
      const x = view.direction === 'LR' ? entry.x - offset : entry.x + ((i % 2) * 2 - 1) * 5;
      const y = view.direction === 'LR' ? entry.y + ((i % 2) * 2 - 1) * 5 : entry.y - offset;
      ctx.moveTo(x + 3.5, y);
      ctx.arc(x, y, 3.5, 0, Math.PI * 2);
    }
    ctx.fill();
  }
}

/**
 * Without motion: each wire drawn as wide as its rate (the rate per dot sets the scale), with the
 * throttled share of a write drawn in red over it.
 */
export function drawFlows(
  ctx: CanvasRenderingContext2D,
  sample: TrafficSample,
  model: TrafficModel,
  view: TrafficView,
): void {
  const width = (rate: number) => Math.min(10, 1.5 + 2.5 * Math.log10(1 + rate / model.recordsPerDot));
  const stroke = (curve: Curve, colour: string, w: number) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = w;
    ctx.beginPath();
    ctx.moveTo(curve.p0.x, curve.p0.y);
    ctx.bezierCurveTo(curve.c1.x, curve.c1.y, curve.c2.x, curve.c2.y, curve.p3.x, curve.p3.y);
    ctx.stroke();
  };
  ctx.globalAlpha = 0.75;
  ctx.lineCap = 'round';
  for (const w of sample.writes)
    for (const s of w.shards) {
      const curve = curveOf(view, w.producer, s.shard);
      const rate = w.recordsPerSecond * s.share;
      if (!curve || rate <= 0) continue;
      stroke(curve, view.colours.write, width(rate));
      if (s.throttledShare > 0) stroke(curve, view.colours.throttled, width(rate * s.throttledShare));
    }
  for (const r of model.readRates())
    if (r.recordsPerSecond > 0) {
      const curve = curveOf(view, r.shard, r.reader);
      if (curve) stroke(curve, view.colours.read, width(r.recordsPerSecond));
    }
  ctx.globalAlpha = 1;
  drawBacklogs(ctx, model, view);
}
