'use client';

import { useEffect, type RefObject } from 'react';
import type { SimulationStore } from '@/simulator/runtime/createSimulationStore';

/** Elements that use Space themselves: typing, pressing a button, selecting a canvas node or a tab. */
const OWNS_SPACE =
  'input, textarea, select, button, a[href], summary, [contenteditable], [role="button"], [role="tab"], [role="checkbox"], [role="radio"], [role="switch"], .react-flow__node, .react-flow__edge, .monaco-editor';

/**
 * Space plays and pauses the simulation when focus is inside it (on the canvas, a panel) and the
 * focused element does not use Space itself; with `wholePage` (the playground), also when nothing is
 * focused or the focus is on the page around it.
 */
export function usePlayShortcut(store: SimulationStore, root: RefObject<HTMLElement | null>, wholePage: boolean) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const target = e.target instanceof Element ? e.target : null;
      const inside = !!target && !!root.current?.contains(target);
      // The page itself: nothing focused, or a container of the simulator (Skip to content focuses <main>).
      const page =
        wholePage && (target === null || target === document.body || (!!root.current && target.contains(root.current)));
      if (!(inside || page) || target?.closest(OWNS_SPACE)) return;
      e.preventDefault();
      const { clock, play, pause } = store.getState();
      if (clock.running) pause();
      else play();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, root, wholePage]);
}
