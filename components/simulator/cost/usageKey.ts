import { measureUsage, type StreamUsage } from '@/simulator/views/estimateCost';
import type { SimState } from '@/simulator/engine/types';

function threeDigits(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(3));
}

/**
 * The cost inputs as one string, rates rounded to three significant digits. The selector runs every
 * frame; a string compares by value, so the meter re-renders only when a rounded input changes, not for
 * every flicker of the one-minute averages. The mean record size stays exact because it decides how many
 * 25 KB units each record bills.
 * @example useSimValue(usageKey)
 */
export function usageKey(sim: SimState): string {
  const rounded = measureUsage(sim).map((u) => ({
    ...u,
    recordsPerSecond: threeDigits(u.recordsPerSecond),
    bytesPerSecond: threeDigits(u.bytesPerSecond),
    retrievalBytesPerSecond: threeDigits(u.retrievalBytesPerSecond),
  }));
  return JSON.stringify(rounded);
}

/** The inverse of `usageKey`; it only ever reads strings `usageKey` wrote. */
export function usageFromKey(key: string): StreamUsage[] {
  return JSON.parse(key) as StreamUsage[];
}
