'use client';

import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { FlowDirection } from '@/simulator/runtime/kinds/kindModel';
import { trafficOf, type TrafficSample } from '@/simulator/views/traffic';
import { onSimulationFrame } from '../frameListeners';
import { useSimulationHandle } from '../SimulationContext';
import { useColorMode } from '../useColorMode';
import { usePrefersReducedMotion } from '../usePrefersReducedMotion';
import { useProjector } from '../useProjector';
import type { FlowNode } from './buildFlow';
import { drawDots, drawFlows, readTrafficColours, type TrafficView } from './traffic/drawTraffic';
import { TrafficModel } from './traffic/trafficModel';

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
  const canvas = useRef<HTMLCanvasElement>(null);
  const [model] = useState(() => new TrafficModel());
  const reduced = usePrefersReducedMotion();
  const theme = `${useColorMode()}${useProjector() ? '+projector' : ''}`;

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    const colours = readTrafficColours(element);
    let sampled = -1;
    let sample: TrafficSample = trafficOf(store.getState().sim);
    let lastWall: number | null = null;
    let visible = true;
    const take = () => {
      const state = store.getState();
      if (state.frame === sampled) return;
      sampled = state.frame;
      sample = trafficOf(state.sim);
      model.sample(sample);
      onLegend(model.flowing() ? model.recordsPerDot : null);
    };
    const draw = () => {
      if (!visible) return;
      const { transform, width, height, nodeLookup } = flow.getState();
      const ratio = window.devicePixelRatio || 1;
      if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
        element.width = Math.round(width * ratio);
        element.height = Math.round(height * ratio);
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, height);
      const view: TrafficView = {
        transform,
        direction,
        colours,
        rectOf: (id) => {
          const node = nodeLookup.get(id);
          if (!node) return undefined;
          return {
            ...node.internals.positionAbsolute,
            width: node.width ?? node.measured.width ?? 0,
            height: node.height ?? node.measured.height ?? 0,
          };
        },
      };
      if (reduced) drawFlows(ctx, sample, model, view);
      else drawDots(ctx, model, view);
    };
    take();
    draw();
    const stopFrames = onSimulationFrame(store, (wall) => {
      take();
      // A long gap (a background tab) moves dots on by one frame's worth, not by minutes.
      if (!reduced) model.advance(lastWall === null ? 0 : Math.min(100, Math.max(0, wall - lastWall)));
      lastWall = wall;
      draw();
    });
    // Paused, the picture changes only when the simulation does (a step, an edit) or the view moves.
    const stopSim = store.subscribe((state) => {
      if (state.clock.running) return;
      lastWall = null;
      take();
      draw();
    });
    const stopFlow = flow.subscribe((state, previous) => {
      if (store.getState().clock.running) return;
      if (
        state.transform !== previous.transform ||
        state.nodeLookup !== previous.nodeLookup ||
        state.width !== previous.width
      )
        draw();
    });
    const observer = new IntersectionObserver(([entry]) => {
      visible = entry?.isIntersecting ?? true;
      if (visible) draw();
    });
    observer.observe(element);
    return () => {
      stopFrames();
      stopSim();
      stopFlow();
      observer.disconnect();
    };
  }, [store, flow, model, reduced, direction, theme, onLegend]);

  return (
    <>
      <canvas
        ref={canvas}
        aria-hidden="true"
        data-testid="traffic-layer"
        className="pointer-events-none absolute inset-0 z-[4] h-full w-full"
      />
    </>
  );
}
