'use client';

import { useEffect, useRef, useState } from 'react';
import { announcements, emptyMemory } from '@/simulator/views/announcements';
import { useSimulationHandle } from './SimulationContext';

/** How often the live region may speak, in wall-clock ms, so a screen reader is not flooded at 3600×. */
const MIN_GAP_MS = 2000;

/**
 * A polite live region that announces important changes (throttling starts or stops, a stream changes
 * shape, a consumer loses data) and the messages of the learner's own actions.
 */
export function Announcer({ message }: { message: string }) {
  const { store } = useSimulationHandle();
  const [text, setText] = useState('');
  const memory = useRef(emptyMemory);
  const lastSpoken = useRef(0);
  useEffect(() => {
    memory.current = announcements(store.getState().sim, emptyMemory).memory;
    return store.subscribe((state) => {
      const wall = performance.now();
      if (wall - lastSpoken.current < MIN_GAP_MS) return;
      const { messages, memory: next } = announcements(state.sim, memory.current);
      memory.current = next;
      if (messages.length) {
        lastSpoken.current = wall;
        setText(messages.join(' '));
      }
    });
  }, [store]);
  // Two regions: the learner's own actions, and what the simulation did; each speaks when it changes.
  return (
    <>
      <p role="status" aria-live="polite" className="sr-only">
        {message}
      </p>
      <p aria-live="polite" className="sr-only">
        {text}
      </p>
    </>
  );
}
