import { KinesisError } from '../KinesisError';
import { parseShardId } from '../../engine/ids';
import { createStream, deleteStream, getStream } from '../../engine/streams';
import type { SimState, StreamMode } from '../../engine/types';
import { enhancedMonitoringShape, epochSeconds, shardShape, streamSummaryShape } from './describeShapes';
import type { Input } from './input';
import { num, str, streamName } from './input';

export function CreateStream(sim: SimState, input: Input) {
  const details = input.StreamModeDetails as { StreamMode?: StreamMode } | undefined;
  const mode = details?.StreamMode ?? 'PROVISIONED';
  const shardCount = num(input, 'ShardCount');
  if (mode === 'PROVISIONED' && shardCount === undefined) {
    throw new KinesisError('InvalidArgumentException', 'ShardCount is required for a stream in PROVISIONED mode.');
  }
  createStream(sim, { name: str(input, 'StreamName')!, shardCount, mode });
  return {};
}

export function DeleteStream(sim: SimState, input: Input) {
  deleteStream(sim, streamName(sim, input));
  return {};
}

export function DescribeStream(sim: SimState, input: Input) {
  const stream = getStream(sim, streamName(sim, input));
  const limit = num(input, 'Limit') ?? 100;
  const after = str(input, 'ExclusiveStartShardId');
  const afterIndex = after ? parseShardId(after) : null;
  const all = stream.shards.filter((s) => afterIndex === null || s.index > afterIndex);
  const shards = all.slice(0, limit);
  const summary = streamSummaryShape(sim, stream);
  return {
    StreamDescription: {
      StreamName: stream.name,
      StreamARN: stream.arn,
      StreamStatus: stream.status,
      StreamModeDetails: summary.StreamModeDetails,
      Shards: shards.map(shardShape),
      HasMoreShards: all.length > shards.length,
      RetentionPeriodHours: stream.retentionHours,
      StreamCreationTimestamp: epochSeconds(stream.createdAt),
      EnhancedMonitoring: enhancedMonitoringShape(stream),
      EncryptionType: 'NONE',
    },
  };
}

export function DescribeStreamSummary(sim: SimState, input: Input) {
  return { StreamDescriptionSummary: streamSummaryShape(sim, getStream(sim, streamName(sim, input))) };
}

export function ListStreams(sim: SimState, input: Input) {
  const limit = num(input, 'Limit') ?? 100;
  const start = str(input, 'ExclusiveStartStreamName') ?? decodeToken(str(input, 'NextToken'));
  const names = Object.keys(sim.streams)
    .sort()
    .filter((n) => !start || n > start);
  const page = names.slice(0, limit);
  const more = names.length > page.length;
  return {
    StreamNames: page,
    HasMoreStreams: more,
    ...(more ? { NextToken: encodeToken(page.at(-1)!) } : {}),
    StreamSummaries: page.map((name) => {
      const s = sim.streams[name]!;
      return {
        StreamName: s.name,
        StreamARN: s.arn,
        StreamStatus: s.status,
        StreamModeDetails: { StreamMode: s.mode },
        StreamCreationTimestamp: epochSeconds(s.createdAt),
      };
    }),
  };
}

export function encodeToken(value: string): string {
  return btoa(JSON.stringify({ after: value }));
}

export function decodeToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    const parsed = JSON.parse(atob(token)) as { after?: unknown };
    if (typeof parsed.after === 'string') return parsed.after;
  } catch {
    // fall through
  }
  throw new KinesisError('InvalidArgumentException', `Invalid NextToken: ${token}`);
}
