'use client';

import { useContext } from 'react';
import { ProgressContext } from '@/components/progress/ProgressProvider';
import type { ProgressStore } from '@/lib/progress/createProgressStore';

/** The progress store itself, for effects that read it without re-rendering. */
export function useProgressStore(): ProgressStore {
  const store = useContext(ProgressContext);
  if (!store) throw new Error('useProgressStore must be used inside <ProgressProvider>');
  return store;
}
