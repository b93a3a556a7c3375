'use client';

import { useLayoutEffect, useState, type RefObject } from 'react';
import type { FlowDirection } from '@/simulator/runtime/kinds/kindModel';

/** Narrower than this, the canvas reads top to bottom: a phone has height to spare, not width. */
export const TOP_TO_BOTTOM_BELOW_PX = 640;

/** The canvas's size and the direction its flow reads in, following the element's size. */
export function useCanvasDirection(element: RefObject<HTMLElement | null>): {
  width: number;
  height: number;
  direction: FlowDirection;
} {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = element.current;
    if (!el) return;
    const read = () =>
      setSize((s) =>
        s.width === el.clientWidth && s.height === el.clientHeight
          ? s
          : { width: el.clientWidth, height: el.clientHeight },
      );
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [element]);
  return { ...size, direction: size.width > 0 && size.width < TOP_TO_BOTTOM_BELOW_PX ? 'TB' : 'LR' };
}
