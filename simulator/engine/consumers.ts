import { KinesisError } from './errors';
import { emit } from './events';
import type { ConsumerAppConfig, ConsumerAppState, Lease } from './consumerTypes';
import { enhancedPath, enhancedReady, isEnhanced, sharedPath } from './enhancedFanOut';
import { shardId } from './ids';
import { deregisterConsumer, registerConsumer } from './streamSettings';
import { readSummary, trimHorizonOrdinal } from './shardLog';
import { shardsById } from './shards';
import type { ShardState, SimState, StreamState } from './types';
import { dueLeases, hasRoom, queueBatch } from './workerQueue';

/** A stream consumer the application registered may go when it does, unless a Lambda mapping reads through it. */
function releasable(state: SimState, stream: string, consumer: string): boolean {
  const registered = state.streams[stream]?.consumers.some((c) => c.name === consumer) ?? false;
  const usedByLambda = (state.lambda?.mappings ?? []).some(
    (m) => m.config.stream === stream && m.config.consumerName === consumer,
  );
  return registered && !usedByLambda;
}

/**
 * Adds a polling consumer application (`consumer/add`).
 * @example addConsumerApp(sim, { name: 'analytics', stream: 'demo', workers: 2, pollIntervalMs: 1000, … })
 */
export function addConsumerApp(state: SimState, config: ConsumerAppConfig): ConsumerAppState {
  if (state.consumerApps.some((a) => a.config.name === config.name)) {
    throw new KinesisError('ResourceInUseException', `A consumer application named ${config.name} already exists.`);
  }
  const app: ConsumerAppState = {
    config,
    leases: [],
    workers: Array.from({ length: config.workers }, (_, i) => ({ id: `worker-${i + 1}`, busyUntil: 0 })),
    stats: { processedRecords: 0, processedUserRecords: 0, processedBytes: 0, lostRecords: 0, readThrottles: 0 },
  };
  // An enhanced fan-out application registers its stream consumer first, so a refusal (20 per stream,
  // 5 CREATING at once) leaves nothing half-added.
  const stream = state.streams[config.stream];
  if (config.fanOut === 'enhanced' && stream && !stream.consumers.some((c) => c.name === config.name))
    registerConsumer(state, config.stream, config.name);
  state.consumerApps.push(app);
  emit(state, { type: 'consumer/added', consumer: config.name, stream: config.stream });
  return app;
}

/**
 * Changes a consumer application's settings (`consumer/update`); fewer workers release their leases.
 * @example updateConsumerApp(sim, 'analytics', { workers: 4 })
 */
export function updateConsumerApp(
  state: SimState,
  name: string,
  changes: Partial<Omit<ConsumerAppConfig, 'name' | 'stream'>>,
): void {
  const app = state.consumerApps.find((a) => a.config.name === name);
  if (!app) throw new KinesisError('ResourceNotFoundException', `No consumer application named ${name}.`);
  const stream = state.streams[app.config.stream];
  const wasEnhanced = isEnhanced(app);
  // Switching to enhanced fan-out registers the stream consumer first: if that is refused, nothing changes.
  if (changes.fanOut === 'enhanced' && !wasEnhanced && stream && !stream.consumers.some((c) => c.name === name))
    registerConsumer(state, stream.name, name);
  app.config = { ...app.config, ...changes };
  if (wasEnhanced && !isEnhanced(app) && stream && releasable(state, stream.name, name))
    deregisterConsumer(state, stream.name, name);
  if (changes.workers !== undefined) {
    app.workers = Array.from(
      { length: changes.workers },
      (_, i) => app.workers[i] ?? { id: `worker-${i + 1}`, busyUntil: 0 },
    );
    for (const lease of app.leases) if (!app.workers.some((w) => w.id === lease.leaseOwner)) lease.leaseOwner = null;
  }
}

/**
 * Stops a consumer application and deletes it with its lease table (`consumer/remove`), so the name can
 * be used again. Unlike a producer it can leave the list: nothing stored refers to it by position.
 * @example removeConsumerApp(sim, 'analytics')
 */
export function removeConsumerApp(state: SimState, name: string): void {
  const index = state.consumerApps.findIndex((a) => a.config.name === name);
  if (index === -1) throw new KinesisError('ResourceNotFoundException', `No consumer application named ${name}.`);
  const [app] = state.consumerApps.splice(index, 1);
  const stream = app && state.streams[app.config.stream];
  if (app && isEnhanced(app) && stream && releasable(state, stream.name, name))
    deregisterConsumer(state, stream.name, name);
  emit(state, { type: 'consumer/removed', consumer: name });
}

function parentsFinished(leases: Map<string, Lease>, shard: ShardState, stream: StreamState): boolean {
  return [shard.parentIndex, shard.adjacentParentIndex].every((p) => {
    if (p === null) return true;
    const parentStillListed = shardsById(stream).has(shardId(p));
    const lease = leases.get(shardId(p));
    // A parent that has aged out of the stream cannot be read any more; its children may start.
    return !parentStillListed || lease?.checkpoint === 'SHARD_END';
  });
}

/**
 * KCL's lease management, simplified: a lease per shard (created when the shard is seen), parents are
 * finished before children, and unowned leases go to the worker holding the fewest.
 */
function syncLeases(state: SimState, app: ConsumerAppState, stream: StreamState): void {
  // Lease-table changes only happen when the set of shards changes or a lease is unowned: skip the
  // common case before building anything, since this runs on every step.
  if (
    app.leases.length === stream.shards.length &&
    app.leases.every((l) => l.leaseOwner !== null || l.checkpoint === 'SHARD_END')
  )
    return;
  const leases = new Map(app.leases.map((l) => [l.leaseKey, l]));
  for (const [key, shard] of shardsById(stream)) {
    if (leases.has(key)) continue;
    const isChild = shard.parentIndex !== null;
    const start =
      isChild || app.config.initialPosition === 'TRIM_HORIZON' ? trimHorizonOrdinal(shard) : shard.nextOrdinal;
    const lease: Lease = {
      leaseKey: key,
      checkpoint: start,
      leaseOwner: null,
      leaseCounter: 0,
      parentShardIds: [shard.parentIndex, shard.adjacentParentIndex]
        .filter((p): p is number => p !== null)
        .map(shardId),
      nextPollAt: state.now,
      iteratorAgeMs: 0,
    };
    app.leases.push(lease);
    leases.set(key, lease);
  }
  for (const lease of app.leases) {
    if (lease.leaseOwner !== null || lease.checkpoint === 'SHARD_END' || app.workers.length === 0) continue;
    const shard = shardsById(stream).get(lease.leaseKey);
    if (!shard || !parentsFinished(leases, shard, stream)) continue;
    const load = (id: string) => app.leases.filter((l) => l.leaseOwner === id && l.checkpoint !== 'SHARD_END').length;
    const worker = [...app.workers].sort((a, b) => load(a.id) - load(b.id))[0]!;
    lease.leaseOwner = worker.id;
    lease.leaseCounter++;
    emit(state, { type: 'lease/taken', consumer: app.config.name, shard: lease.leaseKey, worker: worker.id });
  }
}

function poll(state: SimState, app: ConsumerAppState, stream: StreamState, lease: Lease, shard: ShardState): void {
  const worker = app.workers.find((w) => w.id === lease.leaseOwner)!;
  if (lease.checkpoint === 'SHARD_END') return;
  // The worker has a batch queue: a lease it has no room for now keeps its place in line.
  if (!hasRoom(worker, state.now)) return;
  let position = lease.checkpoint;
  const horizon = trimHorizonOrdinal(shard);
  if (position < horizon) {
    const lost = horizon - position;
    app.stats.lostRecords += lost;
    emit(state, {
      type: 'records/lost',
      consumer: app.config.name,
      stream: stream.name,
      shard: lease.leaseKey,
      count: lost,
    });
    position = horizon;
  }
  const path = isEnhanced(app) ? enhancedPath(app, lease, state.now) : sharedPath(app, shard, state.now);
  if (!path.ready()) {
    if (!isEnhanced(app)) {
      app.stats.readThrottles++;
      shard.stats.readThrottles++;
    }
    lease.nextPollAt = state.now + path.idleMs;
    return;
  }
  const read = readSummary(shard, position, app.config.maxRecords, path.maxBytes);
  path.charge(read.bytes);
  shard.stats.outgoingRecords += read.count;
  shard.stats.outgoingBytes += read.bytes;
  const next = read.next;
  const caughtUp = next >= shard.nextOrdinal;
  if (read.count > 0) {
    // Your code runs once per user record: KCL hands the processor de-aggregated records.
    const processing = read.userRecords * app.config.processingMsPerRecord;
    // Queued behind the worker's other batches rather than read only when the worker is idle: that let
    // a worker take one batch per 50 ms grid step, always for the same leases, so a worker holding more
    // than 4 leases pushed every 200 ms (or pollIntervalMs ÷ 50 polled) never read the rest.
    const processed = queueBatch(worker, state.now, processing);
    app.stats.processedRecords += read.count;
    app.stats.processedUserRecords += read.userRecords;
    app.stats.processedBytes += read.bytes;
    // KCL checkpoints after the batch is processed; modelled as checkpointing when the poll is made.
    lease.checkpoint = next;
    // The lease reads again once its batch is processed (KCL hands a shard's batches to your code one
    // at a time) and, like KCL's idle time between reads, no sooner than the poll or push interval.
    lease.nextPollAt = Math.max(processed, state.now + path.idleMs);
  } else {
    lease.checkpoint = next;
    lease.nextPollAt = state.now + path.idleMs;
  }
  if (shard.closedAt !== null && caughtUp) {
    lease.checkpoint = 'SHARD_END';
    lease.leaseOwner = null;
    emit(state, { type: 'lease/shardEnded', consumer: app.config.name, shard: lease.leaseKey });
  }
}

/**
 * How far behind the lease is: the age of its oldest record not yet checkpointed (0 when caught up).
 * Simplification: KCL's IteratorAge is measured when GetRecords returns; this is the same lag, measured
 * continuously, so it keeps growing while a worker is busy with a long batch.
 */
function lagOf(state: SimState, lease: Lease, shard: ShardState): number {
  if (lease.checkpoint === 'SHARD_END' || lease.checkpoint >= shard.nextOrdinal) return 0;
  const oldest = readSummary(shard, lease.checkpoint, 1, Infinity);
  return oldest.count > 0 ? Math.max(0, state.now - oldest.lastArrival) : 0;
}

/** Runs every consumer application at the current virtual time. */
export function stepConsumers(state: SimState): void {
  for (const app of state.consumerApps) {
    const stream = state.streams[app.config.stream];
    if (!app.config.enabled || !stream || (stream.status !== 'ACTIVE' && stream.status !== 'UPDATING')) continue;
    if (isEnhanced(app) && !enhancedReady(stream, app)) continue;
    syncLeases(state, app, stream);
    const shards = shardsById(stream);
    for (const lease of dueLeases(app, state.now)) {
      const shard = shards.get(lease.leaseKey);
      if (shard) poll(state, app, stream, lease, shard);
    }
    for (const lease of app.leases) {
      const shard = shards.get(lease.leaseKey);
      if (shard) lease.iteratorAgeMs = lagOf(state, lease, shard);
    }
    // Leases of shards that aged out of the stream are dropped from the table.
    if (app.leases.length > shards.size) app.leases = app.leases.filter((l) => shards.has(l.leaseKey));
  }
}

/** The largest iterator age across an application's leases: what its lag alarm would watch. */
export function maxIteratorAge(app: ConsumerAppState): number {
  return app.leases.reduce((max, l) => Math.max(max, l.iteratorAgeMs), 0);
}
