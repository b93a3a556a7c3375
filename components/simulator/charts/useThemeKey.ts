'use client';

import { useSyncExternalStore } from 'react';

// Themes are attributes on <html> (set by the head script and the theme controls). Canvas drawing
// cannot use CSS variables directly, so charts rebuild with freshly read colours when this changes.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-projector'] });
  return () => observer.disconnect();
}

function snapshot(): string {
  const html = document.documentElement;
  return `${html.dataset.theme ?? 'light'}|${html.hasAttribute('data-projector') ? 'projector' : ''}`;
}

/** A string that changes whenever the colour theme or the projector mode changes ('' on the server). */
export function useThemeKey(): string {
  return useSyncExternalStore(subscribe, snapshot, () => '');
}
