import { KinesisError } from '../errors';
import { emit } from '../events';
import type { SimState } from '../types';
import {
  CREATE_DELIVERY_STREAM_DELAY_MS,
  DEFAULT_BUFFER_SIZE_MIB,
  DELETE_DELIVERY_STREAM_DELAY_MS,
  MAX_BUFFER_INTERVAL_SECONDS,
  MAX_BUFFER_SIZE_MIB,
  MIN_BUFFER_INTERVAL_SECONDS,
  MIN_BUFFER_SIZE_MIB,
  MIN_BUFFER_SIZE_MIB_WITH_CONVERSION,
} from './firehoseLimits';
import { bucketNamed, deliveryStreamArn, deliveryStreamNamed, firehoseOf } from './firehoseState';
import type { DeliveryStreamConfig, DeliveryStreamState } from './firehoseTypes';
import { prefixProblem } from './objectKeys';

const invalid = (message: string) => new KinesisError('InvalidArgumentException', message);

/** Checks a configuration against Firehose's rules; throws InvalidArgumentException worded for people. */
export function checkDeliveryStreamConfig(state: SimState, config: DeliveryStreamConfig): void {
  const { sizeMiB, intervalSeconds } = config.buffering;
  if (!Number.isInteger(sizeMiB) || sizeMiB < MIN_BUFFER_SIZE_MIB || sizeMiB > MAX_BUFFER_SIZE_MIB)
    throw invalid(`BufferingHints.SizeInMBs must be an integer from 1 to 128 MiB; it is ${sizeMiB}.`);
  if (
    !Number.isInteger(intervalSeconds) ||
    intervalSeconds < MIN_BUFFER_INTERVAL_SECONDS ||
    intervalSeconds > MAX_BUFFER_INTERVAL_SECONDS
  )
    throw invalid(`BufferingHints.IntervalInSeconds must be an integer from 0 to 900; it is ${intervalSeconds}.`);
  if ((config.conversion || config.partitioning) && sizeMiB < MIN_BUFFER_SIZE_MIB_WITH_CONVERSION) {
    const feature = config.conversion ? 'data format conversion' : 'dynamic partitioning';
    throw invalid(
      `With ${feature} enabled, BufferingHints.SizeInMBs must be at least 64 MiB; it is ${sizeMiB}. Raise it (the default is then 128).`,
    );
  }
  const prefixError =
    (config.prefix !== undefined && prefixProblem(config.prefix, !!config.partitioning, false)) ||
    (config.errorOutputPrefix !== undefined && prefixProblem(config.errorOutputPrefix, false, true));
  if (prefixError) throw invalid(prefixError);
  const usesExpressions = config.prefix?.includes('!{') ?? false;
  if ((usesExpressions || config.partitioning) && !config.errorOutputPrefix)
    throw invalid('ErrorOutputPrefix is required when Prefix uses expressions or dynamic partitioning is enabled.');
  if (config.partitioning && !config.prefix?.includes(`!{partitionKeyFromQuery:${config.partitioning.keyName}}`))
    throw invalid(
      `With dynamic partitioning, Prefix must use the partition key: add !{partitionKeyFromQuery:${config.partitioning.keyName}}.`,
    );
  const t = config.transform;
  if (t) {
    for (const [name, rate] of [
      ['dropRate', t.dropRate],
      ['failureRate', t.failureRate],
      ['invocationFailureRate', t.invocationFailureRate],
    ] as const)
      if (!(rate >= 0 && rate <= 1)) throw invalid(`The transform's ${name} must be between 0 and 1; it is ${rate}.`);
    if (t.dropRate + t.failureRate > 1)
      throw invalid("The transform's dropRate and failureRate add up to more than 1.");
    if (!Number.isInteger(t.retries) || t.retries < 0 || t.retries > 300)
      throw invalid(`NumberOfRetries must be an integer from 0 to 300; it is ${t.retries}.`);
  }
  if (config.source.kind === 'KinesisStream' && !state.streams[config.source.stream])
    throw invalid(`The source Kinesis stream ${config.source.stream} does not exist in account ${state.account}.`);
}

/**
 * Creates a Firehose stream (CREATING, ACTIVE after a short virtual delay).
 * @example createDeliveryStream(sim, { name: 'deliveries', source: { kind: 'DirectPut' }, bucket: 'archive', buffering: { sizeMiB: 5, intervalSeconds: 300 } })
 */
export function createDeliveryStream(state: SimState, config: DeliveryStreamConfig): DeliveryStreamState {
  const firehose = firehoseOf(state);
  if (firehose.deliveryStreams[config.name]) {
    throw new KinesisError(
      'ResourceInUseException',
      `Firehose stream ${config.name} under account ${state.account} already exists.`,
    );
  }
  checkDeliveryStreamConfig(state, config);
  const stream: DeliveryStreamState = {
    config,
    arn: deliveryStreamArn(state, config.name),
    status: 'CREATING',
    statusUntil: state.now + CREATE_DELIVERY_STREAM_DELAY_MS,
    createdAt: state.now,
    lastUpdatedAt: state.now,
    version: 1,
    buffers: [],
    pending: [],
    positions: {},
    nextPollAt: 0,
    putWindow: { start: 0, calls: 0, records: 0, bytes: 0 },
    loadStartedAt: 0,
    loadGenerated: 0,
    stats: {
      incomingRecords: 0,
      incomingBytes: 0,
      incomingPutRequests: 0,
      throttledRecords: 0,
      deliveredRecords: 0,
      deliveredBytes: 0,
      deliveredObjects: 0,
      transformOk: 0,
      transformDropped: 0,
      transformFailed: 0,
      failedInvocations: 0,
      errorRecords: 0,
      maxDataFreshnessMs: 0,
      minObjectBytes: null,
      readThrottles: 0,
      readRecords: 0,
      readBytes: 0,
    },
    dataFreshnessMs: 0,
    metrics: { at: state.now - (state.now % 60_000), series: {}, last: {} },
  };
  firehose.deliveryStreams[config.name] = stream;
  bucketNamed(firehose, config.bucket);
  emit(state, { type: 'firehose/created', deliveryStream: config.name });
  return stream;
}

/**
 * Changes the destination settings (UpdateDestination): the version goes up by one. Dynamic
 * partitioning cannot be switched on or off after creation (fact 29).
 * @example updateDeliveryStream(sim, 'deliveries', { buffering: { sizeMiB: 1, intervalSeconds: 60 } })
 */
export function updateDeliveryStream(
  state: SimState,
  name: string,
  changes: Partial<Omit<DeliveryStreamConfig, 'name' | 'source' | 'partitioning'>>,
): DeliveryStreamState {
  const stream = deliveryStreamNamed(state, name);
  if (stream.status !== 'ACTIVE') {
    throw new KinesisError(
      'ResourceInUseException',
      `Firehose stream ${name} under account ${state.account} is not ACTIVE (it is ${stream.status}).`,
    );
  }
  const config = { ...stream.config, ...changes };
  for (const key of Object.keys(changes) as (keyof typeof changes)[])
    if (changes[key] === undefined) delete config[key];
  checkDeliveryStreamConfig(state, config);
  stream.config = config;
  if ('load' in changes) {
    stream.loadStartedAt = state.now;
    stream.loadGenerated = 0;
  }
  stream.version++;
  stream.lastUpdatedAt = state.now;
  bucketNamed(firehoseOf(state), config.bucket);
  emit(state, { type: 'firehose/updated', deliveryStream: name, version: stream.version });
  return stream;
}

/**
 * Deletes a Firehose stream: DELETING, then gone; data still in its buffer is not delivered.
 * @example deleteDeliveryStream(sim, 'deliveries')
 */
export function deleteDeliveryStream(state: SimState, name: string): void {
  const stream = deliveryStreamNamed(state, name);
  if (stream.status === 'CREATING') {
    throw new KinesisError(
      'ResourceInUseException',
      `Firehose stream ${name} under account ${state.account} is CREATING; it can be deleted once it is ACTIVE.`,
    );
  }
  stream.status = 'DELETING';
  stream.statusUntil = state.now + DELETE_DELIVERY_STREAM_DELAY_MS;
  emit(state, { type: 'firehose/deleting', deliveryStream: name });
}

/** Default buffering for a configuration: 5 MiB / 300 s, or 128 MiB with conversion or partitioning. */
export function defaultSizeMiB(config: Pick<DeliveryStreamConfig, 'conversion' | 'partitioning'>): number {
  return config.conversion || config.partitioning ? 128 : DEFAULT_BUFFER_SIZE_MIB;
}
