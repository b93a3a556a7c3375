import type { SimEvent, SimState } from './types';

/** How many recent events the state keeps (the event log and announcements read these). */
export const EVENT_LOG_SIZE = 500;

/**
 * Records an event (named in the past tense: `record/throttled`, `shard/split`, `records/expired`).
 * @example emit(state, { type: 'stream/created', stream: 'demo' })
 */
export function emit(state: SimState, event: Omit<SimEvent, 'at'>): void {
  state.events.push({ at: state.now, ...event } as SimEvent);
  state.eventCount++;
  if (state.events.length > EVENT_LOG_SIZE * 2) state.events.splice(0, state.events.length - EVENT_LOG_SIZE);
}

/** Events emitted after the given count (for a caller that remembers how many it has seen). */
export function eventsSince(state: SimState, seen: number): SimEvent[] {
  const missing = state.eventCount - seen;
  return missing <= 0 ? [] : state.events.slice(-Math.min(missing, state.events.length));
}
