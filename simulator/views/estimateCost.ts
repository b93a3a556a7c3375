import type { SimState, StreamMode } from '../engine/types';
import type { Price, PriceTable } from './priceTableSchema';

/** AWS's monthly figures assume 730 hours (365 × 24 / 12). */
export const HOURS_PER_MONTH = 730;
/** AWS bills data in binary units: a KB is 1,024 bytes and a GB 2^30. */
const KiB = 1024;
const GB = 1024 ** 3;
/** Provisioned mode bills writes in 25 KB chunks per record, at least one per record. */
export const PUT_PAYLOAD_UNIT_BYTES = 25 * KiB;
/** On-demand bills data in with each record rounded up to the next whole KB. */
const ON_DEMAND_ROUNDING_BYTES = KiB;
/** Extended retention covers hours 24 to 168 (7 days); long-term retention everything older. */
const EXTENDED_FROM_HOURS = 24;
const LONG_TERM_FROM_HOURS = 168;

/** What one stream's bill depends on, measured from the simulation. */
export interface StreamUsage {
  stream: string;
  mode: StreamMode;
  openShards: number;
  retentionHours: number;
  /** Registered enhanced fan-out consumers that are ACTIVE. */
  efoConsumers: number;
  recordsPerSecond: number;
  bytesPerSecond: number;
  /** Mean size of the records written in the window (0 when none were), in bytes. */
  meanRecordBytes: number;
  /** Bytes returned by GetRecords per second (shared-throughput reads). */
  retrievalBytesPerSecond: number;
}

export interface CostLine {
  /** Stable key, `<mode>.<price key>`, e.g. `provisioned.shardHour`. */
  id: string;
  label: string;
  quantity: number;
  /** What `quantity` counts, e.g. "shard-hours/h", "GB/h", "GB stored". */
  unit: string;
  unitPrice: number;
  /** What the unit price is quoted per, e.g. "shard-hour". */
  priceUnit: string;
  perHour: number;
  perMonth: number;
  /** How the quantity was estimated, when it is not simply counted. */
  basis?: string;
}

export interface StreamCost {
  stream: string;
  mode: StreamMode;
  lines: CostLine[];
  /** Labels of charges that apply to this stream but have no figure in the price table. */
  unpriced: string[];
  perHour: number;
  perMonth: number;
}

export interface CostEstimate {
  streams: StreamCost[];
  perHour: number;
  perMonth: number;
}

export interface EstimateOptions {
  /** How many of the latest one-second metric points to average traffic over (default 60). */
  windowSeconds?: number;
}

function windowSum(values: number[] | undefined, points: number): number {
  if (!values) return 0;
  let sum = 0;
  for (let i = Math.max(0, values.length - points); i < values.length; i++) sum += values[i]!;
  return sum;
}

/**
 * Measures what each stream's bill depends on: mode, open shards, retention, EFO consumers, and traffic
 * averaged over the last minute of per-second metrics (or as much of it as exists). Streams are sorted
 * by name.
 * @example measureUsage(sim)[0] // { stream: 'demo', mode: 'PROVISIONED', openShards: 4, recordsPerSecond: 1000, … }
 */
export function measureUsage(sim: SimState, options: EstimateOptions = {}): StreamUsage[] {
  const window = options.windowSeconds ?? 60;
  return Object.values(sim.streams)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((stream) => {
      const perSecond = sim.metrics[stream.name]?.perSecond ?? {};
      const points = Math.min(window, perSecond.IncomingRecords?.values.length ?? 0);
      const records = windowSum(perSecond.IncomingRecords?.values, points);
      const bytes = windowSum(perSecond.IncomingBytes?.values, points);
      const retrieved = windowSum(perSecond['GetRecords.Bytes']?.values, points);
      return {
        stream: stream.name,
        mode: stream.mode,
        openShards: stream.shards.filter((s) => s.closedAt === null).length,
        retentionHours: stream.retentionHours,
        efoConsumers: stream.consumers.filter((c) => c.status === 'ACTIVE').length,
        recordsPerSecond: points > 0 ? records / points : 0,
        bytesPerSecond: points > 0 ? bytes / points : 0,
        meanRecordBytes: records > 0 ? Math.round(bytes / records) : 0,
        retrievalBytesPerSecond: points > 0 ? retrieved / points : 0,
      };
    });
}

/** Collects the lines of one stream, and the charges that apply but have no price. */
function lineCollector(mode: 'provisioned' | 'onDemand') {
  const lines: CostLine[] = [];
  const unpriced: string[] = [];
  /** `perUnit` converts the quantity into the price's unit; storage lines are priced per month. */
  const add = (
    key: string,
    price: Price | undefined,
    line: { label: string; quantity: number; unit: string; perUnit?: number; monthly?: boolean; basis?: string },
  ) => {
    if (!price) {
      unpriced.push(line.label);
      return;
    }
    const cost = line.quantity * (line.perUnit ?? 1) * price.usd;
    const perHour = line.monthly ? cost / HOURS_PER_MONTH : cost;
    lines.push({
      id: `${mode}.${key}`,
      label: line.label,
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: price.usd,
      priceUnit: price.per,
      perHour,
      perMonth: perHour * HOURS_PER_MONTH,
      ...(line.basis ? { basis: line.basis } : {}),
    });
  };
  return { lines, unpriced, add };
}

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KB`;

/** GB written in `hours` at a steady rate: data moved in an hour, or data held for `hours` of retention. */
function gbOver(bytesPerSecond: number, hours: number): number {
  return (bytesPerSecond * 3600 * Math.max(0, hours)) / GB;
}

const STEADY_STATE = 'at the current write rate, once the stream has run for its full retention';
const EFO_BASIS = 'assumes every registered consumer receives every record';

/** Both modes price data kept beyond 7 days the same way, per GB-month. */
function addLongTermRetention(c: ReturnType<typeof lineCollector>, u: StreamUsage, price: Price | undefined): void {
  if (u.retentionHours <= LONG_TERM_FROM_HOURS) return;
  c.add('longTermRetention', price, {
    label: 'Long-term retention (beyond 7 days)',
    quantity: gbOver(u.bytesPerSecond, u.retentionHours - LONG_TERM_FROM_HOURS),
    unit: 'GB stored',
    monthly: true,
    basis: `Data older than 7 days, ${STEADY_STATE}`,
  });
}

function priceProvisioned(u: StreamUsage, prices: PriceTable['provisioned']) {
  const c = lineCollector('provisioned');
  c.add('shardHour', prices.shardHour, { label: 'Shard-hours', quantity: u.openShards, unit: 'shard-hours/h' });
  const unitsPerRecord = Math.max(1, Math.ceil(u.meanRecordBytes / PUT_PAYLOAD_UNIT_BYTES));
  c.add('putPayloadUnits', prices.putPayloadUnits, {
    label: 'PUT payload units',
    quantity: u.recordsPerSecond * 3600 * unitsPerRecord,
    unit: 'units/h',
    perUnit: 1e-6,
    basis:
      u.recordsPerSecond > 0
        ? `Estimated from the mean record size (${kib(u.meanRecordBytes)}): ${unitsPerRecord} unit${unitsPerRecord === 1 ? '' : 's'} per record`
        : 'No records written in the last minute',
  });
  if (u.retentionHours > EXTENDED_FROM_HOURS)
    c.add('extendedRetention', prices.extendedRetention, {
      label: 'Extended retention (up to 7 days)',
      quantity: u.openShards,
      unit: 'shard-hours/h',
    });
  addLongTermRetention(c, u, prices.longTermRetention);
  if (u.efoConsumers > 0) {
    c.add('efoConsumerShardHour', prices.efoConsumerShardHour, {
      label: 'Enhanced fan-out consumer-shard-hours',
      quantity: u.efoConsumers * u.openShards,
      unit: 'consumer-shard-hours/h',
    });
    c.add('efoDataRetrieval', prices.efoDataRetrieval, {
      label: 'Enhanced fan-out data retrieval',
      quantity: gbOver(u.bytesPerSecond * u.efoConsumers, 1),
      unit: 'GB/h',
      basis: `Estimated: ${EFO_BASIS}`,
    });
  }
  return c;
}

function priceOnDemand(u: StreamUsage, prices: PriceTable['onDemand']) {
  const c = lineCollector('onDemand');
  c.add('streamHour', prices.streamHour, { label: 'Stream-hours', quantity: 1, unit: 'stream-hours/h' });
  const billedRecordBytes = Math.max(1, Math.ceil(u.meanRecordBytes / ON_DEMAND_ROUNDING_BYTES)) * KiB;
  c.add('dataIn', prices.dataIn, {
    label: 'Data in',
    quantity: gbOver(u.recordsPerSecond * billedRecordBytes, 1),
    unit: 'GB/h',
    basis:
      u.recordsPerSecond > 0
        ? `Estimated from the mean record size (${kib(u.meanRecordBytes)}), rounded up to ${kib(billedRecordBytes)} per record`
        : 'No records written in the last minute',
  });
  c.add('dataRetrieval', prices.dataRetrieval, {
    label: 'Data retrieval (GetRecords)',
    quantity: gbOver(u.retrievalBytesPerSecond, 1),
    unit: 'GB/h',
  });
  if (u.efoConsumers > 0)
    c.add('efoDataRetrieval', prices.efoDataRetrieval, {
      label: 'Enhanced fan-out data retrieval',
      quantity: gbOver(u.bytesPerSecond * u.efoConsumers, 1),
      unit: 'GB/h',
      basis: `Estimated: ${EFO_BASIS}`,
    });
  if (u.retentionHours > EXTENDED_FROM_HOURS)
    c.add('extendedRetention', prices.extendedRetention, {
      label: 'Extended retention (up to 7 days)',
      quantity: gbOver(u.bytesPerSecond, Math.min(u.retentionHours, LONG_TERM_FROM_HOURS) - EXTENDED_FROM_HOURS),
      unit: 'GB stored',
      monthly: true,
      basis: `Data between 24 hours and 7 days old, ${STEADY_STATE}`,
    });
  addLongTermRetention(c, u, prices.longTermRetention);
  return c;
}

/**
 * Prices measured usage with a price table: one line per charge that applies to each stream's mode and
 * settings, and the charges that apply but have no figure in the table. Stored data is priced as it
 * would be in steady state — a simulation a few minutes old holds almost nothing, but the monthly bill
 * of a stream left running at this rate is what a learner wants to see.
 * @example priceUsage(measureUsage(sim), prices).streams[0].lines // [{ id: 'provisioned.shardHour', perHour: 0.06, … }, …]
 */
export function priceUsage(usage: StreamUsage[], prices: PriceTable): CostEstimate {
  const streams = usage.map((u): StreamCost => {
    const { lines, unpriced } =
      u.mode === 'PROVISIONED' ? priceProvisioned(u, prices.provisioned) : priceOnDemand(u, prices.onDemand);
    const perHour = lines.reduce((sum, l) => sum + l.perHour, 0);
    return { stream: u.stream, mode: u.mode, lines, unpriced, perHour, perMonth: perHour * HOURS_PER_MONTH };
  });
  const perHour = streams.reduce((sum, s) => sum + s.perHour, 0);
  return { streams, perHour, perMonth: perHour * HOURS_PER_MONTH };
}

/**
 * The cost of the simulated configuration at its current traffic, per stream and in total, per hour
 * and per month of 730 hours.
 * @example estimateCost(sim, prices).perMonth // 43.8 for one provisioned stream of 4 idle shards at $0.015
 */
export function estimateCost(sim: SimState, prices: PriceTable, options: EstimateOptions = {}): CostEstimate {
  return priceUsage(measureUsage(sim, options), prices);
}
