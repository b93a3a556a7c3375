import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { createSimulation, DEFAULT_START } from '../engine/createSimulation';
import { addProducer } from '../engine/producers';
import { setEnhancedMonitoring } from '../engine/streamSettings';
import { createStream } from '../engine/streams';
import { testProducer } from '../engine/testing/testProducer';
import {
  alignSeries,
  chartColumns,
  METRIC_CHARTS,
  metricSeries,
  seriesTimes,
  shardWriteLimit,
  summarizeSeries,
} from './chartSeries';

const [records, bytes, writeThrottled, , iteratorAge] = METRIC_CHARTS as [
  (typeof METRIC_CHARTS)[number],
  (typeof METRIC_CHARTS)[number],
  (typeof METRIC_CHARTS)[number],
  (typeof METRIC_CHARTS)[number],
  (typeof METRIC_CHARTS)[number],
];
const startSeconds = DEFAULT_START / 1000;
const hot = { kind: 'shard', shardId: 'shardId-000000000001' } as const;

/** 1,500 records/s of 200 bytes on the key user-1 (shard 1 of 2): 1,000 accepted, 500 throttled each second. */
function hotKeySimulation() {
  const sim = createSimulation({ seed: 1 });
  createStream(sim, { name: 'demo', shardCount: 2 });
  advance(sim, sim.now + 2_000);
  addProducer(sim, testProducer({ size: { kind: 'fixed', bytes: 200 }, keys: { kind: 'constant', key: 'user-1' } }));
  return sim;
}

describe('chart series from a real simulation', () => {
  it('turns the stream-level 1-second series into uPlot columns in seconds', () => {
    const sim = hotKeySimulation();
    advance(sim, sim.now + 3_000);
    const columns = chartColumns(sim.metrics.demo, records, { kind: 'stream' }, 'second');
    // One point per whole second since the stream was created; the producer started at second 2.
    expect(columns).toEqual([[1, 2, 3, 4, 5].map((s) => startSeconds + s), [0, 0, 1000, 1000, 1000]]);
    expect(chartColumns(sim.metrics.demo, writeThrottled, { kind: 'stream' }, 'second')[1]).toEqual([
      0, 0, 500, 500, 500,
    ]);
    expect(chartColumns(sim.metrics.demo, bytes, { kind: 'stream' }, 'second')[1]!.at(-1)).toBe(200_000);
  });

  it('gives 1-minute points only once a minute has ended, summed per minute', () => {
    const sim = hotKeySimulation();
    expect(chartColumns(sim.metrics.demo, records, { kind: 'stream' }, 'minute')).toEqual([[], []]);
    advance(sim, sim.now + 118_000);
    expect(chartColumns(sim.metrics.demo, records, { kind: 'stream' }, 'minute')).toEqual([
      [startSeconds + 60, startSeconds + 120],
      [58_000, 60_000],
    ]);
  });

  it('has shard-level columns only with enhanced monitoring, with the shard write limit as a second column', () => {
    const sim = hotKeySimulation();
    advance(sim, sim.now + 3_000);
    expect(metricSeries(sim.metrics.demo, records, hot, 'second')).toBeUndefined();
    expect(chartColumns(sim.metrics.demo, records, hot, 'second')).toEqual([[], [], []]);
    setEnhancedMonitoring(sim, 'demo', ['IncomingRecords', 'IteratorAgeMilliseconds'], true);
    advance(sim, sim.now + 2_000);
    expect(chartColumns(sim.metrics.demo, records, hot, 'second')).toEqual([
      [startSeconds + 6, startSeconds + 7],
      [1000, 1000],
      [1000, 1000],
    ]);
    expect(
      chartColumns(sim.metrics.demo, records, { kind: 'shard', shardId: 'shardId-000000000000' }, 'second'),
    ).toEqual([
      [startSeconds + 6, startSeconds + 7],
      [0, 0],
      [1000, 1000],
    ]);
    // Not enabled: no column, rather than a made-up zero.
    expect(chartColumns(sim.metrics.demo, writeThrottled, hot, 'second')).toEqual([[], []]);
    expect(chartColumns(sim.metrics.demo, iteratorAge, hot, 'second')[1]).toEqual([0, 0]);
  });

  it('summarises the window for the text twin', () => {
    const sim = hotKeySimulation();
    advance(sim, sim.now + 3_000);
    expect(summarizeSeries(metricSeries(sim.metrics.demo, records, { kind: 'stream' }, 'second'), 1_000)).toEqual({
      latest: 1000,
      latestAt: DEFAULT_START + 5_000,
      max: 1000,
      maxAt: DEFAULT_START + 3_000,
      points: 5,
    });
    expect(summarizeSeries(undefined, 1_000)).toBeNull();
    expect(summarizeSeries({ at: 10_000, values: [] }, 1_000)).toBeNull();
  });
});

describe('alignSeries', () => {
  it('takes the union of times and leaves gaps as null', () => {
    expect(seriesTimes({ at: 5_000, values: [1, 2, 3] }, 1_000)).toEqual([3, 4, 5]);
    expect(alignSeries([{ at: 180_000, values: [1, 2] }, { at: 240_000, values: [7, 8] }, undefined], 60_000)).toEqual([
      [120, 180, 240],
      [1, 2, null],
      [null, 7, 8],
      [null, null, null],
    ]);
  });
});

describe('shardWriteLimit', () => {
  it('is a shard’s write quota per period (fact 1) for the traffic charts only', () => {
    expect(shardWriteLimit(records, 'second')).toBe(1000);
    expect(shardWriteLimit(records, 'minute')).toBe(60_000);
    expect(shardWriteLimit(bytes, 'minute')).toBe(62_914_560);
    expect(shardWriteLimit(iteratorAge, 'second')).toBeNull();
  });
});
