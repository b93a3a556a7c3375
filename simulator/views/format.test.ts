import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_START } from '../engine/createSimulation';
import { SHARD_READ_BYTES_PER_SECOND, SHARD_WRITE_BYTES_PER_SECOND } from '../engine/limits';
import { formatClock, formatCount, formatDuration, formatMBps, formatPercent } from './format';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatCount', () => {
  it('groups thousands and rounds to whole records', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1_476_000)).toBe('1,476,000');
    expect(formatCount(1499.6)).toBe('1,500');
  });
});

describe('formatMBps', () => {
  it('states the shard limits as AWS does, in MiB-based MB/s', () => {
    expect(formatMBps(SHARD_WRITE_BYTES_PER_SECOND)).toBe('1.00 MB/s');
    expect(formatMBps(SHARD_READ_BYTES_PER_SECOND)).toBe('2.00 MB/s');
    expect(formatMBps(1_572_864)).toBe('1.50 MB/s');
    // 1,000 records/s of 300 bytes (the hot-key shard): 300,000 B/s is 0.29 MB/s, far under 1 MB/s.
    expect(formatMBps(300_000)).toBe('0.29 MB/s');
    expect(formatMBps(0)).toBe('0.00 MB/s');
  });
});

describe('formatPercent', () => {
  it('rounds to a whole percentage and goes past 100% when a shard is over its limit', () => {
    expect(formatPercent(0.456)).toBe('46%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1.5)).toBe('150%');
    expect(formatPercent(0.01)).toBe('1%');
  });
});

describe('formatDuration', () => {
  it('uses the largest sensible unit', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(999)).toBe('999 ms');
    expect(formatDuration(SECOND)).toBe('1 s');
    expect(formatDuration(59_999)).toBe('59 s');
    expect(formatDuration(MINUTE)).toBe('1 min');
    expect(formatDuration(90_000)).toBe('1 min 30 s');
    expect(formatDuration(5 * MINUTE)).toBe('5 min');
    expect(formatDuration(HOUR)).toBe('1 h');
    // The consumer-falls-behind iterator age after an hour.
    expect(formatDuration(2_259_000)).toBe('37 min 39 s');
    expect(formatDuration(HOUR + MINUTE + SECOND)).toBe('1 h 1 min');
    // The default retention is still shown in hours, up to two days.
    expect(formatDuration(DAY)).toBe('24 h');
    expect(formatDuration(DAY + SECOND)).toBe('24 h');
    expect(formatDuration(47 * HOUR + 59 * MINUTE)).toBe('47 h 59 min');
    expect(formatDuration(2 * DAY)).toBe('2 d');
    expect(formatDuration(49 * HOUR)).toBe('2 d 1 h');
    // The longest retention, 8,760 hours.
    expect(formatDuration(8760 * HOUR)).toBe('365 d');
  });

  it('never shows more than the duration, and loses less than its smallest unit (property)', () => {
    const units: Record<string, number> = { ms: 1, s: SECOND, min: MINUTE, h: HOUR, d: DAY };
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 400 * DAY }), (ms) => {
        const text = formatDuration(ms);
        const parts = [...text.matchAll(/(\d+) (ms|s|min|h|d)/g)];
        expect(parts.map((p) => p[0]).join(' ')).toBe(text);
        const shown = parts.reduce((sum, p) => sum + Number(p[1]) * units[p[2]!]!, 0);
        // Under a minute and under an hour the precision is a second; under two days a minute; then an hour.
        const precision = ms < HOUR ? SECOND : ms < 2 * DAY ? MINUTE : HOUR;
        expect(shown).toBeLessThanOrEqual(ms);
        expect(ms - shown).toBeLessThan(precision);
      }),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('formatClock', () => {
  it('shows the elapsed virtual time and the UTC clock', () => {
    expect(formatClock(DEFAULT_START + 3_725_000, DEFAULT_START)).toEqual({
      elapsed: '1 h 2 min 5 s',
      utc: '2026-01-01 01:02:05 UTC',
    });
    expect(formatClock(DEFAULT_START, DEFAULT_START)).toEqual({ elapsed: '0 s', utc: '2026-01-01 00:00:00 UTC' });
    // Whole seconds only: the engine advances a second at a time.
    expect(formatClock(DEFAULT_START + 59_999, DEFAULT_START).elapsed).toBe('59 s');
    // Zero middle units are kept once a larger one is shown, so the clock does not change width.
    expect(formatClock(DEFAULT_START + DAY + 5 * SECOND, DEFAULT_START)).toEqual({
      elapsed: '1 d 0 h 0 min 5 s',
      utc: '2026-01-02 00:00:05 UTC',
    });
    expect(formatClock(DEFAULT_START + 41 * HOUR, DEFAULT_START).elapsed).toBe('1 d 17 h 0 min 0 s');
  });

  it('never shows negative elapsed time', () => {
    expect(formatClock(DEFAULT_START - 5 * SECOND, DEFAULT_START).elapsed).toBe('0 s');
  });
});
