'use client';

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-projector'] });
  return () => observer.disconnect();
}

/** Whether the projector theme is on (<html data-projector>): the canvas then draws bigger type. */
export function useProjector(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => document.documentElement.hasAttribute('data-projector'),
    () => false,
  );
}
