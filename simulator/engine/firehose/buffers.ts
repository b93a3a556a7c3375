import { base64ToBytes } from '../base64';
import { MAX_KEPT_CONTENTS } from './firehoseLimits';
import type { DeliveryBuffer, DeliveryStreamState, FirehoseRecord } from './firehoseTypes';

/** What arrives at a Firehose stream in one go: explicit records with contents and/or a synthetic count. */
export interface Arrival {
  explicit: FirehoseRecord[];
  syntheticRecords: number;
  syntheticBytes: number;
  /** Arrival of the oldest record in it. */
  oldestArrival: number;
}

const decoder = new TextDecoder();

function bufferFor(stream: DeliveryStreamState, partition: string, arrival: number): DeliveryBuffer | null {
  let buffer = stream.buffers.find((b) => b.partition === partition);
  if (buffer) return buffer;
  const limit = stream.config.partitioning?.maxActivePartitions ?? 1;
  if (stream.buffers.length >= limit) return null;
  buffer = { partition, records: 0, bytes: 0, oldestArrival: arrival, explicit: [] };
  stream.buffers.push(buffer);
  return buffer;
}

/** The partition key value of an explicit record: its JSON field, or null when it has none. */
function partitionOf(stream: DeliveryStreamState, record: FirehoseRecord): string | null {
  const partitioning = stream.config.partitioning;
  if (!partitioning) return '';
  try {
    const parsed: unknown = JSON.parse(decoder.decode(base64ToBytes(record.data)));
    const value = (parsed as Record<string, unknown> | null)?.[partitioning.jsonField];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
  } catch {
    return null;
  }
}

function add(buffer: DeliveryBuffer, records: number, bytes: number, oldest: number, explicit?: FirehoseRecord): void {
  if (buffer.records === 0) buffer.oldestArrival = oldest;
  buffer.records += records;
  buffer.bytes += bytes;
  if (explicit && buffer.explicit.length < MAX_KEPT_CONTENTS) buffer.explicit.push(explicit);
}

/** Records no buffer took: counts (synthetic included) and the explicit ones. */
export interface Unbuffered {
  explicit: FirehoseRecord[];
  records: number;
  bytes: number;
}

/**
 * Puts arriving records into their buffers. With dynamic partitioning an explicit record goes to the
 * buffer of its JSON field's value; synthetic records spread evenly over `syntheticValues`. Records that
 * cannot be partitioned (no such field, not JSON, or a partition beyond the active-partition limit) are
 * returned as failed, for the error prefix.
 */
export function bufferArrival(stream: DeliveryStreamState, arrival: Arrival): Unbuffered {
  const failed: Unbuffered = { explicit: [], records: 0, bytes: 0 };
  for (const record of arrival.explicit) {
    const partition = partitionOf(stream, record);
    const buffer = partition === null ? null : bufferFor(stream, partition, record.arrival);
    if (buffer) add(buffer, 1, record.size, record.arrival, record);
    else {
      failed.explicit.push(record);
      failed.records++;
      failed.bytes += record.size;
    }
  }
  if (arrival.syntheticRecords > 0) {
    const values = stream.config.partitioning?.syntheticValues ?? [''];
    const each = Math.floor(arrival.syntheticRecords / values.length);
    let extra = arrival.syntheticRecords - each * values.length;
    const sizeEach = arrival.syntheticBytes / arrival.syntheticRecords;
    for (const value of values) {
      const count = each + (extra-- > 0 ? 1 : 0);
      if (count === 0) continue;
      const buffer = bufferFor(stream, value, arrival.oldestArrival);
      const bytes = Math.round(count * sizeEach);
      if (buffer) add(buffer, count, bytes, arrival.oldestArrival);
      else {
        failed.records += count;
        failed.bytes += bytes;
      }
    }
  }
  return failed;
}
