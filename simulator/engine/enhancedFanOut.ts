import type { ConsumerAppState, Lease } from './consumerTypes';
import { EFO_BYTES_PER_SECOND, EFO_PUSH_INTERVAL_MS, GET_RECORDS_MAX_BYTES, SUBSCRIPTION_LIFETIME_MS } from './limits';
import { canRead, chargeRead } from './readLimits';
import type { ShardState, StreamState } from './types';

/**
 * How a consumer application gets a shard's records: the shared GetRecords path, or its own enhanced
 * fan-out pipe. Everything else (leases, checkpoints, processing, lag) is the same for both.
 */
export interface ReadPath {
  /** Whether a read may happen now; a refused shared read counts as a read throttle. */
  ready: () => boolean;
  /** The most bytes this read may return. */
  maxBytes: number;
  charge: (bytes: number) => void;
  /** Time to the next read when nothing came back. */
  idleMs: number;
}

export function isEnhanced(app: ConsumerAppState): boolean {
  return app.config.fanOut === 'enhanced';
}

/**
 * Whether an enhanced fan-out application can read: its registered stream consumer (named after the
 * application) must be ACTIVE. Until then it waits, as SubscribeToShard would refuse it.
 * @example enhancedReady(stream, app) // false while the consumer is CREATING
 */
export function enhancedReady(stream: StreamState, app: ConsumerAppState): boolean {
  return stream.consumers.some((c) => c.name === app.config.name && c.status === 'ACTIVE');
}

/** Shared throughput (fact 2, 3): the shard's 5 calls/s and 2 MB/s, split among every poller. */
export function sharedPath(app: ConsumerAppState, shard: ShardState, now: number): ReadPath {
  return sharedReadPath(shard, now, app.config.pollIntervalMs);
}

/**
 * The shared GetRecords path for any reader (a consumer application, a Lambda event source mapping):
 * every call counts against the shard's 5 calls/s and 2 MB/s.
 * @example sharedReadPath(shard, sim.now, 1000).ready() // false once five calls were made this second
 */
export function sharedReadPath(shard: ShardState, now: number, idleMs: number): ReadPath {
  return {
    ready: () => canRead(shard, now),
    maxBytes: GET_RECORDS_MAX_BYTES,
    charge: (bytes) => chargeRead(shard, now, bytes),
    idleMs,
  };
}

/**
 * Enhanced fan-out (fact 4): the application's own 2 MB/s per shard, pushed every EFO_PUSH_INTERVAL_MS
 * over a SubscribeToShard subscription renewed every 5 minutes. It never touches the shard's shared
 * read limits, so it neither throttles nor is throttled by polling consumers.
 */
export function enhancedPath(app: ConsumerAppState, lease: Lease, now: number): ReadPath {
  return pushReadPath(lease, app.stats, now);
}

/** One subscriber's SubscribeToShard pipe on one shard: its subscription and its 2 MB/s allowance. */
export interface PushPipe {
  pushAllowance?: number;
  pushAllowanceAt?: number;
  subscribedUntil?: number;
}

/**
 * The enhanced fan-out path for any subscriber (a consumer application's lease, a Lambda mapping's
 * shard): renews the subscription every 5 minutes (counted in `stats.subscriptions`) and refills the
 * pipe's own 2 MB/s allowance. The shard's shared read limits are never touched.
 * @example pushReadPath(mappingShard, mapping.stats, sim.now).idleMs // 200
 */
export function pushReadPath(pipe: PushPipe, stats: { subscriptions?: number }, now: number): ReadPath {
  if (pipe.subscribedUntil === undefined || pipe.subscribedUntil <= now) {
    pipe.subscribedUntil = now + SUBSCRIPTION_LIFETIME_MS;
    stats.subscriptions = (stats.subscriptions ?? 0) + 1;
  }
  const elapsed = now - (pipe.pushAllowanceAt ?? now);
  pipe.pushAllowance = Math.min(
    EFO_BYTES_PER_SECOND,
    (pipe.pushAllowance ?? EFO_BYTES_PER_SECOND) + (elapsed * EFO_BYTES_PER_SECOND) / 1000,
  );
  pipe.pushAllowanceAt = now;
  return {
    ready: () => (pipe.pushAllowance ?? 0) > 0,
    maxBytes: Math.max(1, pipe.pushAllowance),
    charge: (bytes) => {
      pipe.pushAllowance = (pipe.pushAllowance ?? 0) - bytes;
    },
    idleMs: EFO_PUSH_INTERVAL_MS,
  };
}
