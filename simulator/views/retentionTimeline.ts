import { shardId } from '../engine/ids';
import { HOUR_MS } from '../engine/limits';
import { readSummary, trimHorizonOrdinal } from '../engine/shardLog';
import type { ShardState, SimState } from '../engine/types';

export interface ConsumerPosition {
  consumer: string;
  /** The lease checkpoint: the next ordinal to read, or SHARD_END once a closed shard is finished. */
  checkpoint: number | 'SHARD_END';
  /**
   * Where the consumer is on the bar, 0 = the oldest moment retention keeps (now − retention), 1 = now:
   * the arrival time of the next record it will read, or the shard's tip when it has read everything.
   */
  position: number;
  /** Arrival time of the next record it will read; null when it has read everything there is. */
  nextArrival: number | null;
  /** Retained records it has not read yet. */
  unread: number;
  /** Unread records that expired since its last poll: counted as lost when it next polls. */
  expiredUnread: number;
  iteratorAgeMs: number;
  /** Time left before its oldest unread record expires (retention − iterator age); null when caught up. */
  msUntilLoss: number | null;
  enabled: boolean;
}

export interface ShardRetention {
  shardId: string;
  open: boolean;
  /** The oldest retained record's ordinal and arrival (null arrival when the shard holds nothing). */
  trimHorizonOrdinal: number;
  oldestArrival: number | null;
  /** The ordinal the next record will get. */
  tipOrdinal: number;
  /** Bar positions (0 … 1) of the oldest retained record and of the newest data (now, or when it closed). */
  oldestPosition: number;
  tipPosition: number;
  retainedRecords: number;
  expiredRecords: number;
  consumers: ConsumerPosition[];
}

export interface ConsumerAppLoss {
  consumer: string;
  lostRecords: number;
  maxIteratorAgeMs: number;
}

export interface RetentionView {
  now: number;
  retentionMs: number;
  /** now − retention: the left edge of every bar. */
  windowStart: number;
  shards: ShardRetention[];
  /** Per consumer application reading this stream: records lost to expiry and its worst lag. */
  apps: ConsumerAppLoss[];
}

/** Arrival time of the first retained record at or after `ordinal`, or null when there is none. */
function arrivalFrom(shard: ShardState, ordinal: number): number | null {
  const next = readSummary(shard, ordinal, 1, Infinity);
  return next.count > 0 ? next.lastArrival : null;
}

/**
 * Everything the retention timeline draws for a stream, or null when the stream does not exist. Each
 * shard's bar spans the retention period up to now; records leave at the left edge as they pass it,
 * and every consumer application sits where its lease checkpoint is.
 * Counts come from ordinals (ordinals are consecutive and only leave from the trim horizon), so they
 * cost nothing per frame however much the shard holds.
 * @example retentionView(sim, 'sensors')?.shards[0]?.consumers[0]?.unread // 22590 an hour into consumer-falls-behind
 */
export function retentionView(sim: SimState, streamName: string): RetentionView | null {
  const stream = sim.streams[streamName];
  if (!stream) return null;
  const retentionMs = stream.retentionHours * HOUR_MS;
  const windowStart = sim.now - retentionMs;
  const position = (t: number) => Math.min(1, Math.max(0, (t - windowStart) / retentionMs));
  const apps = sim.consumerApps.filter((a) => a.config.stream === streamName);
  const shards = stream.shards.map((shard): ShardRetention => {
    const id = shardId(shard.index);
    const horizon = trimHorizonOrdinal(shard);
    const oldestArrival = arrivalFrom(shard, horizon);
    const tipTime = shard.closedAt ?? sim.now;
    const consumers: ConsumerPosition[] = [];
    for (const app of apps) {
      const lease = app.leases.find((l) => l.leaseKey === id);
      if (!lease) continue;
      const done = lease.checkpoint === 'SHARD_END' || lease.checkpoint >= shard.nextOrdinal;
      const from = lease.checkpoint === 'SHARD_END' ? shard.nextOrdinal : Math.max(lease.checkpoint, horizon);
      const nextArrival = done ? null : arrivalFrom(shard, from);
      consumers.push({
        consumer: app.config.name,
        checkpoint: lease.checkpoint,
        position: position(nextArrival ?? tipTime),
        nextArrival,
        unread: shard.nextOrdinal - from,
        expiredUnread: lease.checkpoint === 'SHARD_END' ? 0 : Math.max(0, horizon - lease.checkpoint),
        iteratorAgeMs: lease.iteratorAgeMs,
        msUntilLoss: nextArrival === null ? null : Math.max(0, nextArrival + retentionMs - sim.now),
        enabled: app.config.enabled,
      });
    }
    return {
      shardId: id,
      open: shard.closedAt === null,
      trimHorizonOrdinal: horizon,
      oldestArrival,
      tipOrdinal: shard.nextOrdinal,
      oldestPosition: oldestArrival === null ? position(tipTime) : position(oldestArrival),
      tipPosition: position(tipTime),
      retainedRecords: shard.nextOrdinal - horizon,
      expiredRecords: shard.stats.expiredRecords,
      consumers,
    };
  });
  return {
    now: sim.now,
    retentionMs,
    windowStart,
    shards,
    apps: apps.map((a) => ({
      consumer: a.config.name,
      lostRecords: a.stats.lostRecords,
      maxIteratorAgeMs: a.leases.reduce((m, l) => Math.max(m, l.iteratorAgeMs), 0),
    })),
  };
}

/**
 * The data-loss sentence for a consumer application, or null when it lost nothing.
 * @example lossSentence({ consumer: 'analytics', lostRecords: 12345, maxIteratorAgeMs: 0 }) // 'analytics lost 12,345 records that expired before it read them'
 */
export function lossSentence(app: ConsumerAppLoss): string | null {
  if (app.lostRecords === 0) return null;
  const count = app.lostRecords.toLocaleString('en-US');
  return `${app.consumer} lost ${count} ${app.lostRecords === 1 ? 'record' : 'records'} that expired before it read them`;
}
