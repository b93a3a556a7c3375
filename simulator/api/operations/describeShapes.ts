import { shardId } from '../../engine/ids';
import { sequenceNumber } from '../../engine/ids';
import { openShards } from '../../engine/shards';
import type { ShardState, SimState, StreamState } from '../../engine/types';

/** Timestamps travel as epoch seconds in the JSON protocol. */
export const epochSeconds = (ms: number) => ms / 1000;

/** A shard as DescribeStream and ListShards show it. */
export function shardShape(shard: ShardState) {
  return {
    ShardId: shardId(shard.index),
    ...(shard.parentIndex !== null ? { ParentShardId: shardId(shard.parentIndex) } : {}),
    ...(shard.adjacentParentIndex !== null ? { AdjacentParentShardId: shardId(shard.adjacentParentIndex) } : {}),
    HashKeyRange: { StartingHashKey: shard.hashKeyStart, EndingHashKey: shard.hashKeyEnd },
    SequenceNumberRange: {
      StartingSequenceNumber: shard.sequenceBase,
      ...(shard.closedAt !== null
        ? { EndingSequenceNumber: sequenceNumber(shard.sequenceBase, Math.max(0, shard.nextOrdinal - 1)) }
        : {}),
    },
  };
}

export function enhancedMonitoringShape(stream: StreamState) {
  return [{ ShardLevelMetrics: [...stream.enhancedMonitoring] }];
}

export function streamSummaryShape(state: SimState, stream: StreamState) {
  return {
    StreamName: stream.name,
    StreamARN: stream.arn,
    StreamStatus: stream.status,
    StreamModeDetails: { StreamMode: stream.mode },
    RetentionPeriodHours: stream.retentionHours,
    StreamCreationTimestamp: epochSeconds(stream.createdAt),
    EnhancedMonitoring: enhancedMonitoringShape(stream),
    EncryptionType: 'NONE',
    OpenShardCount: openShards(stream).length,
    ConsumerCount: stream.consumers.length,
    MaxRecordSizeInKiB: stream.maxRecordSizeKiB,
  };
}
