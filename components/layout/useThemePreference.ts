'use client';

import { useSyncExternalStore } from 'react';
import { readProjector, readThemeChoice, type ThemeChoice } from '@/lib/theme/themePreference';

// The truth lives in <html data-theme/data-projector> (set by the head script before paint) and in
// localStorage; this subscribes to both so every control shows the current state without an effect.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-projector'] });
  window.addEventListener('storage', onChange);
  return () => {
    observer.disconnect();
    window.removeEventListener('storage', onChange);
  };
}

const snapshot = () => `${readThemeChoice()}|${readProjector() ? 'on' : 'off'}`;
const serverSnapshot = () => 'system|off';

/** The reader's theme choice and whether the projector theme is on. */
export function useThemePreference(): { choice: ThemeChoice; projector: boolean } {
  const [choice, projector] = useSyncExternalStore(subscribe, snapshot, serverSnapshot).split('|');
  return { choice: choice as ThemeChoice, projector: projector === 'on' };
}
