'use client';

import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { FlowDirection } from '@/simulator/runtime/kinds/kindModel';
import { trafficOf } from '@/simulator/views/traffic';
import { onSimulationFrame } from '../frameListeners';
import { useSimulationHandle } from '../SimulationContext';
import { useColorMode } from '../useColorMode';
import { usePrefersReducedMotion } from '../usePrefersReducedMotion';
import { useProjector } from '../useProjector';
import type { FlowNode } from './buildFlow';
import { readTrafficColours } from './traffic/drawTraffic';
import type { Rect } from './traffic/trafficGeometry';
import { TrafficPainter, type PainterFrame, type PainterSettings, type PainterView } from './traffic/trafficPainter';

/** Where every node is now, in flow coordinates, from React Flow's own store. */
function viewOf(state: ReactFlowState<FlowNode>, direction: FlowDirection): PainterView {
  const rects: Record<string, Rect> = {};
  for (const [id, node] of state.nodeLookup)
    rects[id] = {
      ...node.internals.positionAbsolute,
      width: node.width ?? node.measured.width ?? 0,
      height: node.height ?? node.measured.height ?? 0,
    };
  return { transform: state.transform, direction, rects };
}

interface Connection {
  frame: (frame: PainterFrame) => void;
  configure: (settings: PainterSettings) => void;
  close: () => void;
}

/**
 * Paints in a worker on an OffscreenCanvas where the browser allows it, so a frame of moving dots
 * costs the page's thread a message, not a canvas commit; otherwise on the page.
 */
function connect(canvas: HTMLCanvasElement, settings: PainterSettings, onLegend: (perDot: number | null) => void) {
  if ('transferControlToOffscreen' in canvas && typeof Worker !== 'undefined') {
    const offscreen = canvas.transferControlToOffscreen();
    const worker = new Worker(new URL('./traffic/trafficWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ perDot: number | null }>) => onLegend(event.data.perDot);
    worker.postMessage({ type: 'init', canvas: offscreen, settings }, [offscreen]);
    return {
      frame: (frame) => worker.postMessage({ type: 'frame', frame }),
      configure: (next) => worker.postMessage({ type: 'settings', settings: next }),
      close: () => worker.terminate(),
    } satisfies Connection;
  }
  const painter = new TrafficPainter(canvas, settings, onLegend);
  return {
    frame: (f) => painter.frame(f),
    configure: (s) => painter.configure(s),
    close: () => {},
  } satisfies Connection;
}

/**
 * Records you can see: one <canvas> over the graph, drawn once per frame right after the frame's tick
 * (not React elements), so a thousand moving dots cost one draw. Paused, nothing moves; with reduced
 * motion, wires are drawn as wide as their rate instead. The table view is the text twin.
 */
export function TrafficLayer({
  direction,
  onLegend,
}: {
  direction: FlowDirection;
  /** Records per second that one dot a second stands for, or null while nothing flows. */
  onLegend: (perDot: number | null) => void;
}) {
  const { store } = useSimulationHandle();
  const flow = useStoreApi<FlowNode>();
  const box = useRef<HTMLDivElement>(null);
  const reduced = usePrefersReducedMotion();
  const theme = `${useColorMode()}${useProjector() ? '+projector' : ''}`;

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    // A new canvas each time: control of a canvas can be handed to a worker only once.
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.dataset.testid = 'traffic-layer';
    canvas.className = 'pointer-events-none absolute inset-0 h-full w-full';
    container.append(canvas);
    const settings = (): PainterSettings => ({
      width: flow.getState().width,
      height: flow.getState().height,
      ratio: window.devicePixelRatio || 1,
      colours: readTrafficColours(container),
      reduced,
    });
    let current = settings();
    const painter = connect(canvas, current, onLegend);
    let sampled = -1;
    let viewed: { transform: unknown; nodes: unknown; direction: FlowDirection } | null = null;
    let lastWall: number | null = null;
    let visible = true;
    const send = (advanceMs: number) => {
      if (!visible) return;
      const state = store.getState();
      const rf = flow.getState();
      const frame: PainterFrame = { advanceMs };
      if (state.frame !== sampled) {
        sampled = state.frame;
        frame.sample = trafficOf(state.sim);
      }
      if (!viewed || viewed.transform !== rf.transform || viewed.nodes !== rf.nodeLookup) {
        viewed = { transform: rf.transform, nodes: rf.nodeLookup, direction };
        frame.view = viewOf(rf, direction);
      }
      if (rf.width !== current.width || rf.height !== current.height) painter.configure((current = settings()));
      painter.frame(frame);
    };
    send(0);
    const stopFrames = onSimulationFrame(store, (wall) => {
      // A long gap (a background tab) moves dots on by one frame's worth, not by minutes.
      send(lastWall === null ? 0 : Math.min(100, Math.max(0, wall - lastWall)));
      lastWall = wall;
    });
    // Paused, the picture changes only when the simulation does (a step, an edit) or the view moves.
    const stopSim = store.subscribe((state) => {
      if (state.clock.running) return;
      lastWall = null;
      send(0);
    });
    const stopFlow = flow.subscribe((state, previous) => {
      if (store.getState().clock.running) return;
      if (
        state.transform !== previous.transform ||
        state.nodeLookup !== previous.nodeLookup ||
        state.width !== previous.width
      )
        send(0);
    });
    const observer = new IntersectionObserver(([entry]) => {
      visible = entry?.isIntersecting ?? true;
      if (visible) {
        viewed = null;
        send(0);
      }
    });
    observer.observe(container);
    return () => {
      stopFrames();
      stopSim();
      stopFlow();
      observer.disconnect();
      painter.close();
      canvas.remove();
    };
  }, [store, flow, reduced, direction, theme, onLegend]);

  return <div ref={box} aria-hidden="true" className="pointer-events-none absolute inset-0 z-[4]" />;
}
