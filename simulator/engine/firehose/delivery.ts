import { emit } from '../events';
import { nextFloat } from '../prng';
import type { SimState } from '../types';
import { MAX_KEPT_CONTENTS, MAX_OBJECTS_KEPT } from './firehoseLimits';
import { bucketNamed, firehoseOf } from './firehoseState';
import type { DeliveryBuffer, DeliveryStreamState, FirehoseRecord, S3Object } from './firehoseTypes';
import { DEFAULT_ERROR_PREFIX, DEFAULT_PREFIX, evaluatePrefix, objectName } from './objectKeys';

/** The error-output-type of records the transform failed (fact 27). */
export const PROCESSING_FAILED = 'processing-failed';
/**
 * The error-output-type the simulator gives records dynamic partitioning could not place (no such
 * JSON field, or past the active-partition limit). Its name is the simulator's own.
 */
export const PARTITIONING_FAILED = 'partitioning-failed';

/** What a transform made of one buffer: the records to deliver and those for the error prefix. */
export interface Outcome {
  okRecords: number;
  okBytes: number;
  ok: FirehoseRecord[];
  failedRecords: number;
  failedBytes: number;
  failed: FirehoseRecord[];
  /** Invocation attempts made (0 without a transform). */
  attempts: number;
}

/**
 * The Lambda transform over one batch, by its configured rates (fact 27): each invocation may fail and
 * is retried `retries` times; once one succeeds, every record comes back `Ok`, `Dropped` or
 * `ProcessingFailed`. When all attempts fail, the whole batch is ProcessingFailed. Synthetic records are
 * counted (rounded with one draw per outcome); explicit ones are drawn one by one.
 */
function transform(state: SimState, stream: DeliveryStreamState, buffer: DeliveryBuffer): Outcome {
  const t = stream.config.transform;
  const all: Outcome = {
    okRecords: buffer.records,
    okBytes: buffer.bytes,
    ok: buffer.explicit,
    failedRecords: 0,
    failedBytes: 0,
    failed: [],
    attempts: 0,
  };
  if (!t) return all;
  const firehose = firehoseOf(state);
  const draw = () => {
    const [u, next] = nextFloat(firehose.prng);
    firehose.prng = next;
    return u;
  };
  let attempts = 0;
  let succeeded = false;
  while (attempts <= t.retries && !succeeded) {
    attempts++;
    succeeded = draw() >= t.invocationFailureRate;
    if (!succeeded) stream.stats.failedInvocations++;
  }
  if (!succeeded) {
    stream.stats.transformFailed += buffer.records;
    return allFailed(buffer, attempts);
  }
  const outcome: Outcome = { okRecords: 0, okBytes: 0, ok: [], failedRecords: 0, failedBytes: 0, failed: [], attempts };
  let dropped = 0;
  for (const record of buffer.explicit) {
    const u = draw();
    if (u < t.dropRate) dropped++;
    else if (u < t.dropRate + t.failureRate) {
      outcome.failed.push(record);
      outcome.failedRecords++;
      outcome.failedBytes += record.size;
    } else {
      outcome.ok.push(record);
      outcome.okRecords++;
      outcome.okBytes += record.size;
    }
  }
  // Explicit records beyond the kept contents and synthetic ones are counted, not listed.
  const synthetic = buffer.records - buffer.explicit.length;
  if (synthetic > 0) {
    const sizeEach = (buffer.bytes - buffer.explicit.reduce((sum, r) => sum + r.size, 0)) / synthetic;
    const syntheticDropped = Math.min(synthetic, Math.floor(synthetic * t.dropRate + draw()));
    const syntheticFailed = Math.min(synthetic - syntheticDropped, Math.floor(synthetic * t.failureRate + draw()));
    const syntheticOk = synthetic - syntheticDropped - syntheticFailed;
    dropped += syntheticDropped;
    outcome.failedRecords += syntheticFailed;
    outcome.failedBytes += Math.round(syntheticFailed * sizeEach);
    outcome.okRecords += syntheticOk;
    outcome.okBytes += Math.round(syntheticOk * sizeEach);
  }
  stream.stats.transformOk += outcome.okRecords;
  stream.stats.transformDropped += dropped;
  stream.stats.transformFailed += outcome.failedRecords;
  return outcome;
}

function makeObject(
  state: SimState,
  stream: DeliveryStreamState,
  records: { count: number; bytes: number; contents: FirehoseRecord[] },
  oldestArrival: number,
  at: number,
  partition: string,
  errorOutputType?: string,
): S3Object {
  const firehose = firehoseOf(state);
  const { config } = stream;
  const partitionKeys = config.partitioning ? { [config.partitioning.keyName]: partition } : undefined;
  const prefixTemplate = errorOutputType
    ? (config.errorOutputPrefix ?? DEFAULT_ERROR_PREFIX)
    : (config.prefix ?? DEFAULT_PREFIX);
  const appendTimestamp = !errorOutputType && config.prefix !== undefined && !config.partitioning;
  const [prefix, afterPrefix] = evaluatePrefix(
    prefixTemplate,
    { timestamp: oldestArrival, errorOutputType, partitionKeys, prng: firehose.prng },
    appendTimestamp,
  );
  const [name, afterName] = objectName(config.name, stream.version, at, afterPrefix);
  firehose.prng = afterName;
  const converted = !errorOutputType && config.conversion;
  return {
    key: `${prefix}${name}`,
    size: converted ? Math.round(records.bytes * config.conversion!.sizeRatio) : records.bytes,
    records: records.count,
    createdAt: at,
    firstArrival: oldestArrival,
    deliveryStream: config.name,
    ...(errorOutputType ? { errorOutputType } : {}),
    contents: records.contents.slice(0, MAX_KEPT_CONTENTS).map((r) => r.data),
  };
}

/** Writes an object to its bucket: the newest MAX_OBJECTS_KEPT are kept, totals stay exact. */
/** A buffer whose transform failed every attempt: all its records go to the processing-failed prefix. */
export function allFailed(buffer: DeliveryBuffer, attempts: number): Outcome {
  return {
    okRecords: 0,
    okBytes: 0,
    ok: [],
    failedRecords: buffer.records,
    failedBytes: buffer.bytes,
    failed: buffer.explicit,
    attempts,
  };
}

export function writeObject(
  state: SimState,
  stream: DeliveryStreamState | undefined,
  bucketName: string,
  object: S3Object,
): void {
  const bucket = bucketNamed(firehoseOf(state), bucketName);
  bucket.objects.push(object);
  if (bucket.objects.length > MAX_OBJECTS_KEPT) bucket.objects.splice(0, bucket.objects.length - MAX_OBJECTS_KEPT);
  bucket.objectCount++;
  bucket.bytes += object.size;
  bucket.records += object.records;
  if (stream) {
    if (object.errorOutputType) stream.stats.errorRecords += object.records;
    else {
      stream.stats.deliveredObjects++;
      stream.stats.deliveredRecords += object.records;
      stream.stats.deliveredBytes += object.size;
      const min = stream.stats.minObjectBytes;
      stream.stats.minObjectBytes = min === null ? object.size : Math.min(min, object.size);
    }
  }
  emit(state, {
    type: object.errorOutputType ? 'firehose/errorDelivered' : 'firehose/delivered',
    deliveryStream: object.deliveryStream,
    bucket: bucketName,
    key: object.key,
    size: object.size,
    records: object.records,
  });
}

function schedule(state: SimState, stream: DeliveryStreamState, object: S3Object, oldestArrival: number): void {
  if (object.createdAt <= state.now) writeObject(state, stream, stream.config.bucket, object);
  else stream.pending.push({ at: object.createdAt, object, bucket: stream.config.bucket, oldestArrival });
}

/**
 * Delivers one buffer: runs the transform, then writes the object (and an error object for failed
 * records). A transform delays the objects by its duration per attempt.
 */
export function deliverBuffer(state: SimState, stream: DeliveryStreamState, buffer: DeliveryBuffer): void {
  const outcome = transform(state, stream, buffer);
  deliverOutcome(
    state,
    stream,
    buffer,
    outcome,
    state.now + outcome.attempts * (stream.config.transform?.durationMsPerBatch ?? 0),
  );
}

/**
 * Writes a transformed buffer at `at`: one object for the records to deliver, one under the error prefix
 * for the failed ones (also how codeTransforms.ts delivers what learner code returned).
 */
export function deliverOutcome(
  state: SimState,
  stream: DeliveryStreamState,
  buffer: DeliveryBuffer,
  outcome: Outcome,
  at: number,
): void {
  if (outcome.okRecords > 0) {
    const object = makeObject(
      state,
      stream,
      { count: outcome.okRecords, bytes: outcome.okBytes, contents: outcome.ok },
      buffer.oldestArrival,
      at,
      buffer.partition,
    );
    schedule(state, stream, object, buffer.oldestArrival);
  }
  if (outcome.failedRecords > 0) {
    const object = makeObject(
      state,
      stream,
      { count: outcome.failedRecords, bytes: outcome.failedBytes, contents: outcome.failed },
      buffer.oldestArrival,
      at,
      buffer.partition,
      PROCESSING_FAILED,
    );
    schedule(state, stream, object, buffer.oldestArrival);
  }
}

/** Records dynamic partitioning could not place go straight to the error prefix. */
export function deliverUnpartitioned(
  state: SimState,
  stream: DeliveryStreamState,
  records: { count: number; bytes: number; contents: FirehoseRecord[] },
  oldestArrival: number,
): void {
  if (records.count === 0) return;
  const object = makeObject(state, stream, records, oldestArrival, state.now, '', PARTITIONING_FAILED);
  writeObject(state, stream, stream.config.bucket, object);
}
