import { describe, expect, it } from 'vitest';
import pricesJson from '../../content/prices/kinesis-data-streams-us-east-1.json';
import { advance } from '../engine/advance';
import { addConsumerApp } from '../engine/consumers';
import { createSimulation } from '../engine/createSimulation';
import { addProducer } from '../engine/producers';
import { registerConsumer, setRetention } from '../engine/streamSettings';
import { createStream } from '../engine/streams';
import { testProducer } from '../engine/testing/testProducer';
import { estimateCost, HOURS_PER_MONTH, measureUsage, priceUsage, type StreamUsage } from './estimateCost';
import { parsePriceTable, type PriceTable } from './priceTableSchema';

// The statically imported JSON must be usable as a PriceTable without a cast (the playground imports it so).
const prices: PriceTable = pricesJson;

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

function usage(overrides: Partial<StreamUsage> = {}): StreamUsage {
  return {
    stream: 'demo',
    mode: 'PROVISIONED',
    openShards: 4,
    retentionHours: 24,
    efoConsumers: 0,
    recordsPerSecond: 0,
    bytesPerSecond: 0,
    meanRecordBytes: 0,
    retrievalBytesPerSecond: 0,
    ...overrides,
  };
}

function line(estimate: ReturnType<typeof priceUsage>, id: string) {
  const found = estimate.streams[0]!.lines.find((l) => l.id === id);
  if (!found) throw new Error(`no line ${id}`);
  return found;
}

function ids(estimate: ReturnType<typeof priceUsage>): string[] {
  return estimate.streams[0]!.lines.map((l) => l.id);
}

describe('the price table', () => {
  it('is valid, labelled us-east-1 and USD, dated and sourced', () => {
    const result = parsePriceTable(pricesJson, 'kinesis-data-streams-us-east-1.json');
    expect(result.ok).toBe(true);
    expect(prices.region).toBe('us-east-1');
    expect(prices.currency).toBe('USD');
    expect(prices.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(prices.source).toBe('https://aws.amazon.com/kinesis/data-streams/pricing/');
  });

  it('names the field when a unit is wrong or a key is misspelt', () => {
    const wrongUnit = structuredClone(pricesJson);
    wrongUnit.provisioned.shardHour.per = 'hour';
    const result = parsePriceTable(wrongUnit, 'p.json');
    expect(result).toEqual({
      ok: false,
      error:
        'p.json is not a valid price table:\n- provisioned.shardHour.per: must be "shard-hour" (the unit this price is quoted in)',
    });
    const misspelt = {
      ...pricesJson,
      onDemand: { ...pricesJson.onDemand, streamHours: pricesJson.onDemand.streamHour },
    };
    const second = parsePriceTable(misspelt, 'p.json');
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error).toContain('onDemand: Unrecognized key: "streamHours"');
    const third = parsePriceTable({ ...pricesJson, retrieved: '2026-02-30' }, 'p.json');
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.error).toContain('retrieved: must be a real date written YYYY-MM-DD');
  });
});

describe('estimateCost, provisioned', () => {
  it('measures 4 shards taking 1,000 records/s of 3 KB and prices shard-hours and PUT payload units', () => {
    const sim = createSimulation({ seed: 7 });
    createStream(sim, { name: 'demo', shardCount: 4 });
    advance(sim, sim.now + 2_000);
    addProducer(
      sim,
      testProducer({
        rate: { kind: 'constant', recordsPerSecond: 1000 },
        size: { kind: 'fixed', bytes: 3 * KiB },
        keys: { kind: 'uuid' },
      }),
    );
    advance(sim, sim.now + 90_000);
    expect(sim.metrics.demo!.perSecond.WriteProvisionedThroughputExceeded!.values.slice(-60)).toEqual(
      new Array(60).fill(0),
    );
    expect(measureUsage(sim)).toEqual([
      usage({ recordsPerSecond: 1000, bytesPerSecond: 3_072_000, meanRecordBytes: 3072 }),
    ]);

    const estimate = estimateCost(sim, prices);
    expect(ids(estimate)).toEqual(['provisioned.shardHour', 'provisioned.putPayloadUnits']);
    const shards = line(estimate, 'provisioned.shardHour');
    expect(shards).toMatchObject({ quantity: 4, unit: 'shard-hours/h', unitPrice: 0.015, priceUnit: 'shard-hour' });
    expect(shards.perHour).toBeCloseTo(0.06, 12);
    expect(shards.perMonth).toBeCloseTo(43.8, 10);
    // 1,000 records/s × 3,600 s × 1 unit (3 KB ≤ 25 KB) = 3.6 million units an hour.
    const puts = line(estimate, 'provisioned.putPayloadUnits');
    expect(puts.quantity).toBe(3_600_000);
    expect(puts.perHour).toBeCloseTo(3.6 * 0.014, 12);
    expect(puts.basis).toBe('Estimated from the mean record size (3.0 KB): 1 unit per record');
    expect(estimate.perHour).toBeCloseTo(0.1104, 12);
    expect(estimate.perMonth).toBeCloseTo(0.1104 * HOURS_PER_MONTH, 9);
    expect(estimate.streams[0]!.unpriced).toEqual([]);
  });

  it('counts a 30 KB record as 2 units and exactly 25 KB as 1', () => {
    const thirty = priceUsage([usage({ recordsPerSecond: 1000, meanRecordBytes: 30 * KiB })], prices);
    expect(line(thirty, 'provisioned.putPayloadUnits').quantity).toBe(7_200_000);
    expect(line(thirty, 'provisioned.putPayloadUnits').perHour).toBeCloseTo(7.2 * 0.014, 12);
    const exact = priceUsage([usage({ recordsPerSecond: 1000, meanRecordBytes: 25 * KiB })], prices);
    expect(line(exact, 'provisioned.putPayloadUnits').quantity).toBe(3_600_000);
    const over = priceUsage([usage({ recordsPerSecond: 1000, meanRecordBytes: 25 * KiB + 1 })], prices);
    expect(line(over, 'provisioned.putPayloadUnits').quantity).toBe(7_200_000);
  });

  it('adds extended retention per shard-hour above 24 h, and long-term storage per GB-month above 7 days', () => {
    const twoDays = priceUsage([usage({ retentionHours: 48 })], prices);
    expect(ids(twoDays)).toEqual([
      'provisioned.shardHour',
      'provisioned.putPayloadUnits',
      'provisioned.extendedRetention',
    ]);
    expect(line(twoDays, 'provisioned.extendedRetention').perHour).toBeCloseTo(4 * 0.02, 12);

    // 1 MiB/s kept for 30 days: 552 h beyond the first 7 days = 3,600 × 552 / 1,024 = 1,940.625 GB.
    const month = priceUsage([usage({ retentionHours: 720, bytesPerSecond: MiB })], prices);
    const longTerm = line(month, 'provisioned.longTermRetention');
    expect(longTerm).toMatchObject({ quantity: 1940.625, unit: 'GB stored', priceUnit: 'GB-month' });
    expect(longTerm.perMonth).toBeCloseTo(1940.625 * 0.023, 9);
    expect(longTerm.perHour).toBeCloseTo((1940.625 * 0.023) / 730, 12);
  });

  it('prices registered enhanced fan-out consumers per consumer-shard-hour and per GB pushed', () => {
    const sim = createSimulation({ seed: 1 });
    createStream(sim, { name: 'demo', shardCount: 4 });
    advance(sim, sim.now + 2_000);
    registerConsumer(sim, 'demo', 'app-1');
    registerConsumer(sim, 'demo', 'app-2');
    // CREATING consumers are not billed yet; they are ACTIVE two virtual seconds later.
    expect(measureUsage(sim)[0]!.efoConsumers).toBe(0);
    advance(sim, sim.now + 2_000);
    expect(measureUsage(sim)[0]!.efoConsumers).toBe(2);

    const estimate = priceUsage([usage({ efoConsumers: 2, bytesPerSecond: MiB })], prices);
    expect(line(estimate, 'provisioned.efoConsumerShardHour')).toMatchObject({ quantity: 8 });
    expect(line(estimate, 'provisioned.efoConsumerShardHour').perHour).toBeCloseTo(8 * 0.015, 12);
    // 2 consumers × 1 MiB/s × 3,600 s = 7.03125 GB an hour.
    expect(line(estimate, 'provisioned.efoDataRetrieval').quantity).toBe(7.03125);
    expect(line(estimate, 'provisioned.efoDataRetrieval').perHour).toBeCloseTo(7.03125 * 0.013, 12);
  });

  it('counts only open shards: a closed parent is not billed', () => {
    const sim = createSimulation({ seed: 1 });
    createStream(sim, { name: 'demo', shardCount: 2 });
    advance(sim, sim.now + 2_000);
    sim.streams.demo!.shards[0]!.closedAt = sim.now;
    expect(measureUsage(sim)[0]!.openShards).toBe(1);
  });
});

describe('estimateCost, on-demand', () => {
  it('prices the stream-hour, data in rounded up to whole KB per record, retrieval and retention per GB', () => {
    const estimate = priceUsage(
      [
        usage({
          mode: 'ON_DEMAND',
          retentionHours: 48,
          recordsPerSecond: 1000,
          meanRecordBytes: 3000,
          bytesPerSecond: 3_000_000,
          retrievalBytesPerSecond: 2 * MiB,
        }),
      ],
      prices,
    );
    expect(ids(estimate)).toEqual([
      'onDemand.streamHour',
      'onDemand.dataIn',
      'onDemand.dataRetrieval',
      'onDemand.extendedRetention',
    ]);
    expect(line(estimate, 'onDemand.streamHour').perHour).toBeCloseTo(0.04, 12);
    // 3,000-byte records bill as 3 KB: 1,000 × 3,072 × 3,600 bytes an hour.
    const dataIn = line(estimate, 'onDemand.dataIn');
    expect(dataIn.quantity).toBeCloseTo((1000 * 3072 * 3600) / GiB, 12);
    expect(dataIn.perHour).toBeCloseTo(((1000 * 3072 * 3600) / GiB) * 0.08, 12);
    expect(dataIn.basis).toBe('Estimated from the mean record size (2.9 KB), rounded up to 3.0 KB per record');
    // 2 MiB/s read for an hour = 7.03125 GB.
    expect(line(estimate, 'onDemand.dataRetrieval').quantity).toBe(7.03125);
    expect(line(estimate, 'onDemand.dataRetrieval').perHour).toBeCloseTo(7.03125 * 0.04, 12);
    // 24 extra hours of 3,000,000 B/s held = 240.3... GB, priced per GB-month.
    const extended = line(estimate, 'onDemand.extendedRetention');
    expect(extended.quantity).toBeCloseTo((3_000_000 * 3600 * 24) / GiB, 12);
    expect(extended.perMonth).toBeCloseTo(((3_000_000 * 3600 * 24) / GiB) * 0.1, 9);
  });

  it('splits a year of retention into 6 days extended and 358 days long-term', () => {
    const estimate = priceUsage([usage({ mode: 'ON_DEMAND', retentionHours: 8760, bytesPerSecond: MiB })], prices);
    expect(line(estimate, 'onDemand.extendedRetention').quantity).toBe((3600 * 144) / 1024);
    expect(line(estimate, 'onDemand.longTermRetention').quantity).toBe((3600 * 8592) / 1024);
    expect(line(estimate, 'onDemand.longTermRetention').perMonth).toBeCloseTo(((3600 * 8592) / 1024) * 0.023, 9);
  });

  it('measures GetRecords bytes from a polling consumer on an on-demand stream', () => {
    const sim = createSimulation({ seed: 3 });
    createStream(sim, { name: 'demo', mode: 'ON_DEMAND' });
    advance(sim, sim.now + 2_000);
    addProducer(
      sim,
      testProducer({
        rate: { kind: 'constant', recordsPerSecond: 500 },
        size: { kind: 'fixed', bytes: 1000 },
        keys: { kind: 'uuid' },
      }),
    );
    addConsumerApp(sim, {
      name: 'reader',
      stream: 'demo',
      workers: 4,
      pollIntervalMs: 1000,
      maxRecords: 10_000,
      processingMsPerRecord: 0,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    });
    advance(sim, sim.now + 120_000);
    const [measured] = measureUsage(sim);
    expect(measured).toMatchObject({ mode: 'ON_DEMAND', openShards: 4, recordsPerSecond: 500, meanRecordBytes: 1000 });
    // A consumer that keeps up reads what is written, give or take the records in flight at the window's edges.
    expect(measured!.retrievalBytesPerSecond).toBeGreaterThan(450_000);
    expect(measured!.retrievalBytesPerSecond).toBeLessThan(550_000);
    const estimate = estimateCost(sim, prices);
    expect(line(estimate, 'onDemand.dataIn').quantity).toBeCloseTo((500 * 1024 * 3600) / GiB, 12);
  });
});

describe('estimateCost, gaps and totals', () => {
  it('names the charges it cannot price instead of guessing', () => {
    const partial: PriceTable = {
      ...prices,
      provisioned: { shardHour: prices.provisioned.shardHour },
    };
    const estimate = priceUsage([usage({ retentionHours: 48, efoConsumers: 1 })], partial);
    expect(ids(estimate)).toEqual(['provisioned.shardHour']);
    expect(estimate.streams[0]!.unpriced).toEqual([
      'PUT payload units',
      'Extended retention (up to 7 days)',
      'Enhanced fan-out consumer-shard-hours',
      'Enhanced fan-out data retrieval',
    ]);
  });

  it('adds streams up, sorted by name', () => {
    const sim = createSimulation({ seed: 1 });
    createStream(sim, { name: 'orders', shardCount: 2 });
    createStream(sim, { name: 'clicks', mode: 'ON_DEMAND' });
    const estimate = estimateCost(sim, prices);
    expect(estimate.streams.map((s) => s.stream)).toEqual(['clicks', 'orders']);
    expect(estimate.perHour).toBeCloseTo(0.04 + 2 * 0.015, 12);
    expect(estimate.perMonth).toBeCloseTo((0.04 + 0.03) * 730, 9);
  });

  it('retention 48 h set through the engine reaches the estimate', () => {
    const sim = createSimulation({ seed: 1 });
    createStream(sim, { name: 'demo', shardCount: 4 });
    advance(sim, sim.now + 2_000);
    setRetention(sim, 'demo', 48, 'increase');
    const estimate = estimateCost(sim, prices);
    expect(line(estimate, 'provisioned.extendedRetention').perHour).toBeCloseTo(0.08, 12);
    expect(estimate.perHour).toBeCloseTo(0.06 + 0.08, 12);
  });
});
