'use client';

import { useEffect, useState } from 'react';

/**
 * Wall-clock time since the talk started, in whole seconds, and a way to start again.
 * @example const [seconds, restart] = useElapsed()
 */
export function useElapsed(): [number, () => void] {
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return [Math.max(0, Math.floor((now - started) / 1000)), () => setStarted(Date.now())];
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatElapsed(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
