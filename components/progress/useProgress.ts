'use client';

import { useStore } from 'zustand';
import type { ProgressState } from '@/lib/progress/createProgressStore';
import { useProgressStore } from './useProgressStore';

/** Selects one value from the reader's progress; re-renders only when that value changes. */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(useProgressStore(), selector);
}
