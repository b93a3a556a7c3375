'use client';

import { useEffect } from 'react';

/**
 * Keeps a deep link's target in view while the page settles: simulators load on demand and can change
 * height above the target, which would push it off screen. As soon as the reader scrolls, clicks, taps
 * or presses a key, the page is theirs and nothing moves it again.
 */
export function KeepHashInView() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    let top = target.getBoundingClientRect().top;
    const observer = new ResizeObserver(() => {
      const now = target.getBoundingClientRect().top;
      if (Math.abs(now - top) > 1) target.scrollIntoView({ block: 'start' });
      top = target.getBoundingClientRect().top;
    });
    observer.observe(document.body);
    const stop = () => {
      observer.disconnect();
      for (const event of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
        window.removeEventListener(event, stop);
    };
    for (const event of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
      window.addEventListener(event, stop, { passive: true });
    const timer = window.setTimeout(stop, 10_000);
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, []);
  return null;
}
