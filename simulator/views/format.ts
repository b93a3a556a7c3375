import { MiB } from '../engine/limits';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with thousands separators: `formatCount(12345) // '12,345'`. */
export function formatCount(n: number): string {
  return integer.format(n);
}

/**
 * Bytes per second as MB/s, as Kinesis quotas are stated (the limits are MiB-based: 1 MB/s = 1,048,576 B/s).
 * @example formatMBps(1_572_864) // '1.50 MB/s'
 */
export function formatMBps(bytes: number): string {
  return `${(bytes / MiB).toFixed(2)} MB/s`;
}

/** A share as a whole percentage: `formatPercent(0.456) // '46%'`. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/**
 * A duration in the largest sensible unit.
 * @example formatDuration(90_000) // '1 min 30 s'
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
  const d = Math.floor(h / 24);
  return h % 24 ? `${d} d ${h % 24} h` : `${d} d`;
}

/**
 * Virtual time as elapsed time since the simulation started and as a UTC clock.
 * @example formatClock(start + 3_725_000, start) // { elapsed: '1 h 2 min 5 s', utc: '2026-01-01 01:02:07 UTC' }
 */
export function formatClock(now: number, start: number): { elapsed: string; utc: string } {
  const total = Math.max(0, Math.floor((now - start) / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [d && `${d} d`, (d || h) && `${h} h`, (d || h || m) && `${m} min`, `${s} s`].filter(Boolean);
  const utc = new Date(now).toISOString().replace('T', ' ').slice(0, 19);
  return { elapsed: parts.join(' '), utc: `${utc} UTC` };
}
