'use client';

import { useEffect } from 'react';
import { useProgressStore } from '@/components/progress/useProgressStore';

/**
 * Marks a section read once its end has scrolled into view, and remembers the section the reader is in
 * for "continue where you left off". Works from scroll positions, so keyboard, touch and find-in-page
 * navigation all count.
 */
export function ReadingTracker({ slug, sectionIds }: { slug: string; sectionIds: string[] }) {
  const store = useProgressStore();
  useEffect(() => {
    const sections = sectionIds
      .map((id) => document.querySelector<HTMLElement>(`section[data-section="${id}"]`))
      .filter((el): el is HTMLElement => el !== null);
    let frame = 0;
    let lastSection: string | null | undefined;
    const check = () => {
      frame = 0;
      const state = store.getState();
      if (!state.ready) return;
      const viewport = window.innerHeight;
      let current: string | null = null;
      for (const el of sections) {
        const rect = el.getBoundingClientRect();
        const id = el.dataset.section ?? '';
        if (rect.bottom <= viewport) state.markSectionRead(slug, id, sectionIds);
        if (rect.top < viewport * 0.4) current = id;
      }
      if (current !== lastSection) {
        lastSection = current;
        state.visit(slug, current);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    schedule();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.ready && !prev.ready) schedule();
    });
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [slug, sectionIds, store]);
  return null;
}
