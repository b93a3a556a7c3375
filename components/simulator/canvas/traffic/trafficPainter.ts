import type { FlowDirection } from '@/simulator/runtime/kinds/kindModel';
import type { TrafficSample } from '@/simulator/views/traffic';
import { drawDots, drawFlows, type TrafficColours } from './drawTraffic';
import type { Rect } from './trafficGeometry';
import { TrafficModel } from './trafficModel';

/** Where the nodes are and how the canvas is viewed: what drawing needs besides the dots. */
export interface PainterView {
  transform: [number, number, number];
  direction: FlowDirection;
  /** Node id → its rectangle in flow coordinates. */
  rects: Record<string, Rect>;
}

/** One frame's worth of work for the painter. */
export interface PainterFrame {
  /** A new sample, when the simulation changed since the last frame. */
  sample?: TrafficSample;
  /** Wall ms the dots move on by (0 while paused, or with reduced motion). */
  advanceMs: number;
  /** A new view, when the viewport or the nodes moved. */
  view?: PainterView;
}

export interface PainterSettings {
  width: number;
  height: number;
  ratio: number;
  colours: TrafficColours;
  reduced: boolean;
}

/** Messages from the page to a painter in a worker. */
export type PainterMessage =
  | { type: 'init'; canvas: OffscreenCanvas; settings: PainterSettings }
  | { type: 'settings'; settings: PainterSettings }
  | { type: 'frame'; frame: PainterFrame };

/**
 * Draws the traffic on a 2D context: the model, the last view and settings, and one method per frame.
 * The same code runs in a worker (on an OffscreenCanvas) and, where there is none, on the page.
 */
export class TrafficPainter {
  readonly model = new TrafficModel();
  private view: PainterView | null = null;
  private lastSample: TrafficSample | null = null;

  constructor(
    private readonly canvas: HTMLCanvasElement | OffscreenCanvas,
    private settings: PainterSettings,
    /** Told the records per dot whenever it changes (null while nothing flows). */
    private readonly onLegend: (perDot: number | null) => void,
  ) {}

  configure(settings: PainterSettings): void {
    this.settings = settings;
    this.paint();
  }

  frame({ sample, advanceMs, view }: PainterFrame): void {
    if (view) this.view = view;
    if (sample) {
      this.lastSample = sample;
      const before = this.model.flowing() ? this.model.recordsPerDot : null;
      this.model.sample(sample);
      const after = this.model.flowing() ? this.model.recordsPerDot : null;
      if (after !== before) this.onLegend(after);
    }
    if (advanceMs > 0 && !this.settings.reduced) this.model.advance(advanceMs);
    this.paint();
  }

  private paint(): void {
    const ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D | null;
    const { width, height, ratio, colours, reduced } = this.settings;
    if (!ctx) return;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const view = this.view;
    if (!view) return;
    const traffic = {
      transform: view.transform,
      direction: view.direction,
      colours,
      rectOf: (id: string) => view.rects[id],
    };
    if (reduced) {
      if (this.lastSample) drawFlows(ctx, this.lastSample, this.model, traffic);
    } else drawDots(ctx, this.model, traffic);
  }
}
