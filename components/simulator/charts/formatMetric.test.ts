import { describe, expect, it } from 'vitest';
import { DEFAULT_START } from '@/simulator/engine/createSimulation';
import { METRIC_CHARTS } from '@/simulator/views/chartSeries';
import {
  axisIncrements,
  axisTitle,
  axisUnit,
  formatBytes,
  formatCompactDuration,
  formatMetricValue,
  formatTimeTick,
  formatUtc,
} from './formatMetric';

const records = METRIC_CHARTS.find((c) => c.id === 'incoming-records')!;
const bytes = METRIC_CHARTS.find((c) => c.id === 'incoming-bytes')!;
const iteratorAge = METRIC_CHARTS.find((c) => c.id === 'iterator-age')!;

describe('units and labels', () => {
  it('formats values with their units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(200_000)).toBe('195.3 KB');
    expect(formatBytes(1_048_576)).toBe('1 MB');
    expect(formatBytes(62_914_560)).toBe('60 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GB');
    expect(formatCompactDuration(850)).toBe('850 ms');
    expect(formatCompactDuration(12_500)).toBe('12.5 s');
    expect(formatCompactDuration(5_400_000)).toBe('1.5 h');
    expect(formatCompactDuration(2 * 86_400_000)).toBe('2 d');
    expect(formatMetricValue(1, 'records')).toBe('1 record');
    expect(formatMetricValue(60_000, 'records')).toBe('60,000 records');
    expect(formatMetricValue(3, 'calls')).toBe('3 calls');
  });

  it('names the axes and writes virtual time in UTC', () => {
    expect(axisTitle(records, 'second')).toBe('records per second (Sum)');
    expect(axisTitle(iteratorAge, 'minute')).toBe('milliseconds, Maximum per minute');
    expect(axisUnit(bytes, 'second')).toBe('bytes/s');
    expect(axisUnit(records, 'minute')).toBe('records/min');
    expect(axisUnit(iteratorAge, 'second')).toBe('lag (max)');
    expect(formatUtc(DEFAULT_START + 299_000, 'second')).toBe('00:04:59 UTC');
    expect(formatUtc(DEFAULT_START + 3_600_000, 'minute')).toBe('2026-01-01 01:00 UTC');
    expect(formatTimeTick(DEFAULT_START / 1000 + 16 * 3600 + 56 * 60 + 30, 30)).toBe('16:56:30');
    expect(formatTimeTick(DEFAULT_START / 1000 + 16 * 3600 + 56 * 60, 60)).toBe('16:56');
    expect(formatTimeTick(DEFAULT_START / 1000 + 86_400, 86_400)).toBe('01-02');
  });

  it('ticks on whole records, round KB/MB and round durations', () => {
    expect(axisIncrements('records').slice(0, 10)).toEqual([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]);
    expect(axisIncrements('bytes')).toContain(200 * 1024);
    expect(axisIncrements('bytes')).toContain(1024 * 1024);
    expect(axisIncrements('ms')).toEqual(expect.arrayContaining([1, 500, 15_000, 3_600_000, 86_400_000]));
    for (const unit of ['records', 'bytes', 'calls', 'ms'] as const) {
      const incrs = axisIncrements(unit);
      expect(incrs).toEqual([...incrs].sort((a, b) => a - b));
      expect(incrs.every(Number.isInteger)).toBe(true);
    }
  });
});
