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
  return {
    ready: () => canRead(shard, now),
    maxBytes: GET_RECORDS_MAX_BYTES,
    charge: (bytes) => chargeRead(shard, now, bytes),
    idleMs: app.config.pollIntervalMs,
  };
}

/**
 * Enhanced fan-out (fact 4): the application's own 2 MB/s per shard, pushed every EFO_PUSH_INTERVAL_MS
 * over a SubscribeToShard subscription renewed every 5 minutes. It never touches the shard's shared
 * read limits, so it neither throttles nor is throttled by polling consumers.
 */
export function enhancedPath(app: ConsumerAppState, lease: Lease, now: number): ReadPath {
  if (lease.subscribedUntil === undefined || lease.subscribedUntil <= now) {
    lease.subscribedUntil = now + SUBSCRIPTION_LIFETIME_MS;
    app.stats.subscriptions = (app.stats.subscriptions ?? 0) + 1;
  }
  const elapsed = now - (lease.pushAllowanceAt ?? now);
  lease.pushAllowance = Math.min(
    EFO_BYTES_PER_SECOND,
    (lease.pushAllowance ?? EFO_BYTES_PER_SECOND) + (elapsed * EFO_BYTES_PER_SECOND) / 1000,
  );
  lease.pushAllowanceAt = now;
  return {
    ready: () => (lease.pushAllowance ?? 0) > 0,
    maxBytes: Math.max(1, lease.pushAllowance),
    charge: (bytes) => {
      lease.pushAllowance = (lease.pushAllowance ?? 0) - bytes;
    },
    idleMs: EFO_PUSH_INTERVAL_MS,
  };
}
