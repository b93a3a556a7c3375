import type { SimulationStore } from '@/simulator/runtime/createSimulationStore';

type FrameListener = (wall: number) => void;

const listeners = new WeakMap<SimulationStore, Set<FrameListener>>();

/**
 * Runs `listener` on every animation frame of a running simulation, right after the frame's tick, so
 * what it draws is the frame every other view shows.
 * @example useEffect(() => onSimulationFrame(store, (wall) => draw(wall)), [store])
 */
export function onSimulationFrame(store: SimulationStore, listener: FrameListener): () => void {
  let set = listeners.get(store);
  if (!set) listeners.set(store, (set = new Set()));
  set.add(listener);
  return () => void set.delete(listener);
}

/** Called by the simulation loop after each tick. */
export function emitSimulationFrame(store: SimulationStore, wall: number): void {
  for (const listener of listeners.get(store) ?? []) listener(wall);
}
