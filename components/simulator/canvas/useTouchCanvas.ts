'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type PointerEvent, type RefObject } from 'react';

const COARSE = '(pointer: coarse)';
const subscribeCoarse = (onChange: () => void) => {
  const query = window.matchMedia(COARSE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/**
 * On a touch screen the canvas starts locked: a swipe scrolls the page, as it does everywhere else. A tap
 * unlocks it for panning, pinching and dragging nodes, until the "Done" button or a tap outside it.
 */
export function useTouchCanvas(box: RefObject<HTMLElement | null>) {
  const isTouch = useSyncExternalStore(
    subscribeCoarse,
    () => window.matchMedia(COARSE).matches,
    () => false,
  );
  const [active, setActive] = useState(false);
  const down = useRef<{ x: number; y: number; at: number } | null>(null);
  useEffect(() => {
    if (!active) return;
    const outside = (e: globalThis.PointerEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setActive(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [active, box]);
  return {
    isTouch,
    locked: isTouch && !active,
    release: () => setActive(false),
    handlers: {
      onPointerDown: (e: PointerEvent) => {
        down.current = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY, at: e.timeStamp } : null;
      },
      // A tap, not the end of a swipe: the finger stayed put and came up soon.
      onPointerUp: (e: PointerEvent) => {
        const start = down.current;
        down.current = null;
        if (start && Math.hypot(e.clientX - start.x, e.clientY - start.y) < 10 && e.timeStamp - start.at < 500)
          setActive(true);
      },
    },
  };
}
