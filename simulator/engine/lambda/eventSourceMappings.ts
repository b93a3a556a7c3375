import { randomUuid } from '../dataTemplate';
import { emit } from '../events';
import { shardId, streamArn } from '../ids';
import { ordinalAtTime, trimHorizonOrdinal } from '../shardLog';
import type { ShardState, SimState, StreamConsumer, StreamState } from '../types';
import { findFunction, lambdaState } from './functions';
import { LambdaError, mappingNotFound } from './lambdaErrors';
import { MAPPING_TRANSITION_MS } from './lambdaLimits';
import type { EventSourceMapping, Lane, MappingConfig, MappingShard } from './lambdaTypes';
import { checkMappingConfig, withDefaults, type MappingRequest } from './mappingConfig';

function lanes(factor: number, checkpoint: number): Lane[] {
  return Array.from({ length: factor }, () => ({
    checkpoint,
    inFlight: null,
    pending: [],
    retryAt: 0,
    failing: false,
    windowStart: null,
  }));
}

/** Where a new mapping starts reading a shard; child shards created later always start at their beginning. */
function startOrdinal(config: MappingConfig, shard: ShardState): number {
  if (config.startingPosition === 'LATEST') return shard.nextOrdinal;
  if (config.startingPosition === 'AT_TIMESTAMP') return ordinalAtTime(shard, config.startingPositionTimestamp ?? 0);
  return trimHorizonOrdinal(shard);
}

/** A mapping's view of one shard, reading from `checkpoint`. */
export function mappingShard(state: SimState, shard: ShardState, factor: number, checkpoint: number): MappingShard {
  return {
    shardId: shardId(shard.index),
    fetched: checkpoint,
    laneBase: checkpoint,
    laneOf: [],
    lanes: lanes(factor, checkpoint),
    nextPollAt: state.now,
    finished: false,
    started: false,
    blockedSince: null,
    blockedMs: 0,
    iteratorAgeMs: 0,
  };
}

function streamOf(state: SimState, name: string): StreamState {
  const stream = state.streams[name];
  if (!stream)
    throw new LambdaError(
      'InvalidParameterValueException',
      `Stream not found: ${streamArn(state.region, state.account, name)}`,
    );
  return stream;
}

/**
 * The stream consumer a mapping reads through, which must already be registered (CREATING or ACTIVE), as
 * on AWS where the EventSourceArn names it; null for a mapping that polls with shared throughput.
 */
function consumerOf(stream: StreamState, name: string | null): StreamConsumer | null {
  if (name === null) return null;
  const consumer = stream.consumers.find((c) => c.name === name);
  if (!consumer)
    throw new LambdaError(
      'InvalidParameterValueException',
      `Stream consumer not found: ${name} under ${stream.arn}. Register it first (RegisterStreamConsumer); the mapping reads through it once it is ACTIVE.`,
    );
  return consumer;
}

/** Whether a mapping may read now: always with shared throughput, only while its consumer is ACTIVE otherwise. */
export function consumerReady(stream: StreamState, mapping: EventSourceMapping): boolean {
  if (!mapping.config.consumerName) return true;
  return stream.consumers.some((c) => c.arn === mapping.consumerArn && c.status === 'ACTIVE');
}

export function findMapping(state: SimState, uuid: string): EventSourceMapping {
  const mapping = state.lambda?.mappings.find((m) => m.uuid === uuid);
  if (!mapping) throw mappingNotFound();
  return mapping;
}

/**
 * Creates an event source mapping from a stream to a function (`lambda/createMapping`): state Creating,
 * then Enabled (or Disabled) one second later. With `consumerName` it reads through that registered
 * stream consumer (enhanced fan-out) instead of polling.
 * @example createEventSourceMapping(sim, { functionName: 'enrich', stream: 'orders', startingPosition: 'TRIM_HORIZON' })
 * @example createEventSourceMapping(sim, { functionName: 'enrich', stream: 'orders', consumerName: 'enrich-efo', startingPosition: 'LATEST' })
 */
export function createEventSourceMapping(state: SimState, request: MappingRequest): EventSourceMapping {
  const config = withDefaults(request);
  checkMappingConfig(config);
  findFunction(state, config.functionName);
  const stream = streamOf(state, config.stream);
  const consumer = consumerOf(stream, config.consumerName);
  const lambda = lambdaState(state);
  // The event source is the stream or one of its consumers: a function may have one mapping on each.
  const existing = lambda.mappings.find(
    (m) =>
      m.config.functionName === config.functionName &&
      m.config.stream === config.stream &&
      (m.config.consumerName ?? null) === config.consumerName,
  );
  if (existing)
    throw new LambdaError(
      'ResourceConflictException',
      `The event source arn (" ${consumer?.arn ?? stream.arn} ") and function (" ${config.functionName} ") provided mapping already exists. Please update or delete the existing mapping with UUID ${existing.uuid}`,
    );
  const [uuid, prng] = randomUuid(lambda.prng);
  lambda.prng = prng;
  const mapping: EventSourceMapping = {
    uuid,
    config,
    consumerArn: consumer?.arn ?? null,
    state: 'Creating',
    stateUntil: state.now + MAPPING_TRANSITION_MS,
    lastModified: state.now,
    lastProcessingResult: 'No records processed',
    stateTransitionReason: 'USER_INITIATED',
    // Shards that exist now start at the starting position; children found later start at their beginning.
    shards: stream.shards.map((s) => mappingShard(state, s, config.parallelizationFactor, startOrdinal(config, s))),
    stats: {
      invocations: 0,
      failedInvocations: 0,
      retries: 0,
      bisections: 0,
      discardedBatches: 0,
      discardedRecords: 0,
      processedRecords: 0,
      lostRecords: 0,
      readThrottles: 0,
    },
    destinationMessages: [],
    destinationMessageCount: 0,
    lastError: null,
    iteratorAgeMs: 0,
    iteratorAgeSeries: { at: state.now, values: [] },
  };
  lambda.mappings.push(mapping);
  emit(state, { type: 'lambda/mappingCreated', mapping: uuid, function: config.functionName, stream: config.stream });
  return mapping;
}

/** Settings an update may change (the event source and starting position are fixed once created, as on AWS). */
export type MappingChanges = Partial<
  Omit<MappingConfig, 'stream' | 'consumerName' | 'startingPosition' | 'startingPositionTimestamp'>
>;

/**
 * Changes a mapping's settings (`lambda/updateMapping`): state Updating (or Enabling / Disabling) for a
 * second. A new ParallelizationFactor takes effect for each shard once its running batches are done.
 * @example updateEventSourceMapping(sim, uuid, { bisectBatchOnFunctionError: true, maximumRetryAttempts: 2 })
 */
export function updateEventSourceMapping(state: SimState, uuid: string, changes: MappingChanges): EventSourceMapping {
  const mapping = findMapping(state, uuid);
  if (mapping.state === 'Deleting') throw mappingNotFound();
  const config: MappingConfig = { ...mapping.config, ...changes };
  checkMappingConfig(config);
  if (changes.functionName !== undefined) findFunction(state, changes.functionName);
  const enabling = changes.enabled !== undefined && changes.enabled !== mapping.config.enabled;
  if (config.functionName !== mapping.config.functionName) {
    // Running batches finish against the new function's concurrency (they complete through it).
    const running = mapping.shards.reduce((n, s) => n + s.lanes.filter((l) => l.inFlight !== null).length, 0);
    const before = findFunction(state, mapping.config.functionName);
    before.running = Math.max(0, before.running - running);
    findFunction(state, config.functionName).running += running;
  }
  mapping.config = config;
  mapping.state = enabling ? (config.enabled ? 'Enabling' : 'Disabling') : 'Updating';
  mapping.stateUntil = state.now + MAPPING_TRANSITION_MS;
  mapping.lastModified = state.now;
  emit(state, { type: 'lambda/mappingUpdated', mapping: uuid });
  return mapping;
}

/**
 * Deletes a mapping (`lambda/deleteMapping`): state Deleting, gone a second later.
 * @example deleteEventSourceMapping(sim, uuid)
 */
export function deleteEventSourceMapping(state: SimState, uuid: string): EventSourceMapping {
  const mapping = findMapping(state, uuid);
  mapping.state = 'Deleting';
  mapping.stateUntil = state.now + MAPPING_TRANSITION_MS;
  emit(state, { type: 'lambda/mappingDeleted', mapping: uuid });
  return mapping;
}
