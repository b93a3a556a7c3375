import { emit } from '../events';
import { shardId } from '../ids';
import { GET_RECORDS_MAX_BYTES, GET_RECORDS_MAX_RECORDS } from '../limits';
import { canRead, chargeRead } from '../readLimits';
import { readSummary, trimHorizonOrdinal } from '../shardLog';
import type { SimState } from '../types';
import { bufferArrival, type Arrival } from './buffers';
import { startCodeTransform } from './codeTransforms';
import { deliverBuffer, deliverUnpartitioned, writeObject } from './delivery';
import { acceptDirectPut, directPutRoom } from './directPut';
import { KINESIS_SOURCE_POLL_MS } from './firehoseLimits';
import { recordFirehoseMinute } from './firehoseMetrics';
import type { DeliveryStreamState, FirehoseRecord } from './firehoseTypes';

function take(state: SimState, stream: DeliveryStreamState, arrival: Arrival): void {
  const failed = bufferArrival(stream, arrival);
  deliverUnpartitioned(
    state,
    stream,
    { count: failed.records, bytes: failed.bytes, contents: failed.explicit },
    arrival.oldestArrival,
  );
}

/**
 * Synthetic Direct PUT traffic: the k-th record since the load started arrives at
 * `start + k·1000/rate`, so counts are exact over any split of time; past the per-second Direct PUT
 * quota records are throttled (ThrottledRecords).
 */
function generateLoad(state: SimState, stream: DeliveryStreamState): void {
  const load = stream.config.load;
  if (!load || load.recordsPerSecond <= 0) return;
  const due = Math.floor((load.recordsPerSecond * (state.now - stream.loadStartedAt)) / 1000);
  const count = due - stream.loadGenerated;
  if (count <= 0) return;
  const oldest = stream.loadStartedAt + Math.floor((stream.loadGenerated * 1000) / load.recordsPerSecond);
  stream.loadGenerated = due;
  const accepted = directPutRoom(stream, oldest, count, load.recordBytes);
  stream.stats.throttledRecords += count - accepted;
  if (accepted === 0) return;
  acceptDirectPut(stream, oldest, accepted, accepted * load.recordBytes);
  take(state, stream, {
    explicit: [],
    syntheticRecords: accepted,
    syntheticBytes: accepted * load.recordBytes,
    oldestArrival: oldest,
  });
}

/**
 * A Kinesis data stream as source: Firehose reads every shard with GetRecords about once a second,
 * starting at LATEST when it is created, under the shard's shared read limits (5 calls/s, 2 MB/s);
 * KPL aggregates are de-aggregated (fact 24).
 */
function readSource(state: SimState, stream: DeliveryStreamState, source: string): void {
  if (state.now < stream.nextPollAt) return;
  stream.nextPollAt = state.now + KINESIS_SOURCE_POLL_MS;
  const kinesis = state.streams[source];
  if (!kinesis || (kinesis.status !== 'ACTIVE' && kinesis.status !== 'UPDATING')) return;
  for (const shard of kinesis.shards) {
    const id = shardId(shard.index);
    // Shards seen at the first poll start at LATEST; shards created later (children) from their start.
    const known = stream.positions[id];
    const fresh = known === undefined;
    const position = fresh
      ? shard.createdAt > stream.createdAt
        ? trimHorizonOrdinal(shard)
        : shard.nextOrdinal
      : Math.max(known, trimHorizonOrdinal(shard));
    stream.positions[id] = position;
    if (position >= shard.nextOrdinal) continue;
    if (!canRead(shard, state.now)) {
      stream.stats.readThrottles++;
      shard.stats.readThrottles++;
      continue;
    }
    const read = readSummary(shard, position, GET_RECORDS_MAX_RECORDS, GET_RECORDS_MAX_BYTES);
    chargeRead(shard, state.now, read.bytes);
    shard.stats.outgoingRecords += read.count;
    shard.stats.outgoingBytes += read.bytes;
    stream.positions[id] = read.next;
    if (read.count === 0) continue;
    const oldest = readSummary(shard, position, 1, Infinity).lastArrival;
    const explicit: FirehoseRecord[] = shard.records
      .filter((r) => r.ordinal >= position && r.ordinal < read.next)
      .map((r) => ({ data: r.data, size: r.size, arrival: r.arrival }));
    const explicitBytes = explicit.reduce((sum, r) => sum + r.size, 0);
    const syntheticRecords = read.userRecords - explicit.length;
    stream.stats.readRecords += read.userRecords;
    stream.stats.readBytes += read.bytes;
    stream.stats.incomingRecords += read.userRecords;
    stream.stats.incomingBytes += read.bytes;
    take(state, stream, {
      explicit,
      syntheticRecords,
      syntheticBytes: read.bytes - explicitBytes,
      oldestArrival: oldest,
    });
  }
}

/** DeliveryToS3.DataFreshness: the age of the oldest record not yet in S3 (0 when none waits). */
function updateFreshness(state: SimState, stream: DeliveryStreamState): void {
  const oldest = Math.min(
    ...stream.buffers.filter((b) => b.records > 0).map((b) => b.oldestArrival),
    ...stream.pending.map((p) => p.oldestArrival),
    ...(stream.transforms ?? []).map((t) => t.buffer.oldestArrival),
  );
  stream.dataFreshnessMs = Number.isFinite(oldest) ? Math.max(0, state.now - oldest) : 0;
  stream.stats.maxDataFreshnessMs = Math.max(stream.stats.maxDataFreshnessMs, stream.dataFreshnessMs);
}

function finishTransition(state: SimState, stream: DeliveryStreamState): boolean {
  if (stream.statusUntil === null || stream.statusUntil > state.now) return true;
  stream.statusUntil = null;
  if (stream.status === 'DELETING') {
    delete state.firehose!.deliveryStreams[stream.config.name];
    emit(state, { type: 'firehose/deleted', deliveryStream: stream.config.name });
    return false;
  }
  stream.status = 'ACTIVE';
  stream.loadStartedAt = state.now;
  stream.loadGenerated = 0;
  stream.nextPollAt = state.now;
  emit(state, { type: 'firehose/activated', deliveryStream: stream.config.name });
  return true;
}

/**
 * Runs every Firehose stream at the current virtual time (called by advance after consumers): status
 * changes, incoming traffic, buffers that reached a buffering hint (size or interval, whichever
 * first — fact 25), objects whose transform finished, DataFreshness and the per-minute metrics.
 * @example stepFirehose(sim)
 */
export function stepFirehose(state: SimState): void {
  const firehose = state.firehose;
  if (!firehose) return;
  for (const stream of Object.values(firehose.deliveryStreams)) {
    if (!finishTransition(state, stream)) continue;
    if (stream.status === 'ACTIVE') {
      if (stream.config.source.kind === 'KinesisStream') readSource(state, stream, stream.config.source.stream);
      generateLoad(state, stream);
      // The oldest record's age peaks the moment its buffer is delivered: measure it before delivering.
      updateFreshness(state, stream);
      const { sizeMiB, intervalSeconds } = stream.config.buffering;
      const full = stream.buffers.filter(
        (b) => b.bytes >= sizeMiB * 1024 * 1024 || state.now - b.oldestArrival >= intervalSeconds * 1000,
      );
      if (full.length > 0) {
        stream.buffers = stream.buffers.filter((b) => !full.includes(b));
        // A transform function with code holds its buffer until the sandbox's result arrives.
        for (const buffer of full) if (!startCodeTransform(state, stream, buffer)) deliverBuffer(state, stream, buffer);
      }
    }
    const due = stream.pending.filter((p) => p.at <= state.now);
    if (due.length > 0) {
      stream.pending = stream.pending.filter((p) => p.at > state.now);
      for (const p of due) writeObject(state, stream, p.bucket, p.object);
    }
    updateFreshness(state, stream);
    if (state.now - stream.metrics.at >= 60_000) recordFirehoseMinute(stream, state.now - (state.now % 60_000));
  }
}
