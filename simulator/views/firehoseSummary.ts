import { base64ToBytes } from '../engine/base64';
import type { S3Object } from '../engine/firehose/firehoseTypes';
import type { SimState } from '../engine/types';

/** What a Firehose node shows: primitives only, so a shallow comparison sees every change. */
export interface FirehoseSummary {
  exists: boolean;
  status: string;
  /** "Direct PUT" or the source stream's name. */
  source: string;
  bucket: string;
  sizeMiB: number;
  intervalSeconds: number;
  bufferedRecords: number;
  bufferedBytes: number;
  /** DeliveryToS3.DataFreshness now. */
  freshnessMs: number;
  objects: number;
  throttled: number;
  dropped: number;
  failed: number;
  transform: boolean;
  conversion: boolean;
  partitioned: boolean;
}

/**
 * A Firehose stream's state for its canvas node.
 * @example firehoseSummary(sim, 'clicks-archive').freshnessMs
 */
export function firehoseSummary(sim: SimState, name: string): FirehoseSummary {
  const stream = sim.firehose?.deliveryStreams[name];
  if (!stream)
    return {
      exists: false,
      status: 'missing',
      source: '',
      bucket: '',
      sizeMiB: 0,
      intervalSeconds: 0,
      bufferedRecords: 0,
      bufferedBytes: 0,
      freshnessMs: 0,
      objects: 0,
      throttled: 0,
      dropped: 0,
      failed: 0,
      transform: false,
      conversion: false,
      partitioned: false,
    };
  const { config, stats } = stream;
  return {
    exists: true,
    status: stream.status,
    source: config.source.kind === 'DirectPut' ? 'Direct PUT' : config.source.stream,
    bucket: config.bucket,
    sizeMiB: config.buffering.sizeMiB,
    intervalSeconds: config.buffering.intervalSeconds,
    bufferedRecords: stream.buffers.reduce((sum, b) => sum + b.records, 0),
    bufferedBytes: stream.buffers.reduce((sum, b) => sum + b.bytes, 0),
    freshnessMs: stream.dataFreshnessMs,
    objects: stats.deliveredObjects,
    throttled: stats.throttledRecords,
    dropped: stats.transformDropped,
    failed: stats.errorRecords,
    transform: !!config.transform,
    conversion: !!config.conversion,
    partitioned: !!config.partitioning,
  };
}

/** What an S3 bucket node shows. */
export interface BucketSummary {
  exists: boolean;
  objectCount: number;
  bytes: number;
  records: number;
  errorObjects: number;
  lastKey: string;
  lastSize: number;
}

/**
 * A bucket's totals (exact) and its newest object.
 * @example bucketSummary(sim, 'clicks-lake').objectCount
 */
export function bucketSummary(sim: SimState, bucket: string): BucketSummary {
  const b = sim.firehose?.buckets[bucket];
  const last = b?.objects.at(-1);
  return {
    exists: !!b,
    objectCount: b?.objectCount ?? 0,
    bytes: b?.bytes ?? 0,
    records: b?.records ?? 0,
    errorObjects: b?.objects.filter((o) => o.errorOutputType).length ?? 0,
    lastKey: last?.key ?? '',
    lastSize: last?.size ?? 0,
  };
}

/** One row of the S3 browser. */
export interface S3ObjectRow {
  key: string;
  size: number;
  records: number;
  /** Virtual ms. */
  createdAt: number;
  /** How long its oldest record waited before delivery. */
  waitedMs: number;
  errorOutputType: string;
  /** The explicit records' contents as text (UTF-8, as far as it decodes). */
  contents: string[];
}

const decoder = new TextDecoder();

function decode(b64: string): string {
  return decoder.decode(base64ToBytes(b64));
}

/**
 * The bucket's kept objects, newest first, one page at a time (the engine keeps the newest 200).
 * @example s3ObjectPage(sim, 'log-archive', 0, 20).rows[0]?.key
 */
export function s3ObjectPage(
  sim: SimState,
  bucket: string,
  page: number,
  pageSize: number,
): { rows: S3ObjectRow[]; kept: number; total: number } {
  const b = sim.firehose?.buckets[bucket];
  const objects: S3Object[] = b ? [...b.objects].reverse() : [];
  const rows = objects.slice(page * pageSize, (page + 1) * pageSize).map((o) => ({
    key: o.key,
    size: o.size,
    records: o.records,
    createdAt: o.createdAt,
    waitedMs: o.createdAt - o.firstArrival,
    errorOutputType: o.errorOutputType ?? '',
    contents: o.contents.map(decode),
  }));
  return { rows, kept: objects.length, total: b?.objectCount ?? 0 };
}

/**
 * Bytes in words: 600,000 bytes → "586 KiB".
 * @example formatBytes(5 * 1024 * 1024) // '5.0 MiB'
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
