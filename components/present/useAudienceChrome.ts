'use client';

import { useEffect } from 'react';

/**
 * While the audience view is open: no site header or footer (globals.css hides them under
 * html[data-present="audience"]) and, on the projector, the projector theme. Both are undone on
 * leaving, so the rest of the site keeps the reader's own choice.
 */
export function useAudienceChrome(projector: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    const hadProjector = root.hasAttribute('data-projector');
    root.setAttribute('data-present', 'audience');
    if (projector) root.setAttribute('data-projector', '');
    return () => {
      root.removeAttribute('data-present');
      if (projector && !hadProjector) root.removeAttribute('data-projector');
    };
  }, [projector]);
}
