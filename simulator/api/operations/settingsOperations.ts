import { getStream } from '../../engine/streams';
import {
  addTags,
  deregisterConsumer,
  findConsumer,
  registerConsumer,
  removeTags,
  setEnhancedMonitoring,
  setMaxRecordSize,
  setRetention,
  setStreamMode,
} from '../../engine/streamSettings';
import type { SimState, StreamConsumer, StreamMode } from '../../engine/types';
import { epochSeconds } from './describeShapes';
import { num, str, streamName, type Input } from './input';

export function IncreaseStreamRetentionPeriod(sim: SimState, input: Input) {
  setRetention(sim, streamName(sim, input), num(input, 'RetentionPeriodHours')!, 'increase');
  return {};
}

export function DecreaseStreamRetentionPeriod(sim: SimState, input: Input) {
  setRetention(sim, streamName(sim, input), num(input, 'RetentionPeriodHours')!, 'decrease');
  return {};
}

export function UpdateStreamMode(sim: SimState, input: Input) {
  const mode = (input.StreamModeDetails as { StreamMode: StreamMode }).StreamMode;
  setStreamMode(sim, streamName(sim, input), mode);
  return {};
}

export function UpdateMaxRecordSize(sim: SimState, input: Input) {
  setMaxRecordSize(sim, streamName(sim, input), num(input, 'MaxRecordSizeInKiB')!);
  return {};
}

function monitoring(enable: boolean) {
  return (sim: SimState, input: Input) => {
    const name = streamName(sim, input);
    const { current, desired } = setEnhancedMonitoring(sim, name, input.ShardLevelMetrics as string[], enable);
    return {
      StreamName: name,
      StreamARN: getStream(sim, name).arn,
      CurrentShardLevelMetrics: current,
      DesiredShardLevelMetrics: desired,
    };
  };
}
export const EnableEnhancedMonitoring = monitoring(true);
export const DisableEnhancedMonitoring = monitoring(false);

export function AddTagsToStream(sim: SimState, input: Input) {
  addTags(sim, streamName(sim, input), input.Tags as Record<string, string>);
  return {};
}

export function ListTagsForStream(sim: SimState, input: Input) {
  const stream = getStream(sim, streamName(sim, input));
  const start = str(input, 'ExclusiveStartTagKey');
  const limit = num(input, 'Limit') ?? 50;
  const keys = Object.keys(stream.tags)
    .sort()
    .filter((k) => !start || k > start);
  const page = keys.slice(0, limit);
  return { Tags: page.map((Key) => ({ Key, Value: stream.tags[Key]! })), HasMoreTags: keys.length > page.length };
}

export function RemoveTagsFromStream(sim: SimState, input: Input) {
  removeTags(sim, streamName(sim, input), input.TagKeys as string[]);
  return {};
}

function consumerShape(consumer: StreamConsumer) {
  return {
    ConsumerName: consumer.name,
    ConsumerARN: consumer.arn,
    ConsumerStatus: consumer.status,
    ConsumerCreationTimestamp: epochSeconds(consumer.createdAt),
  };
}

/** Consumer operations name the stream by StreamARN, or (Describe/Deregister) only by ConsumerARN. */
function streamOfConsumer(sim: SimState, input: Input): string {
  const consumerArn = str(input, 'ConsumerARN');
  if (!str(input, 'StreamARN') && consumerArn) return consumerArn.split('/consumer/')[0]!.split('/').pop()!;
  return streamName(sim, input);
}

export function RegisterStreamConsumer(sim: SimState, input: Input) {
  return { Consumer: consumerShape(registerConsumer(sim, streamName(sim, input), str(input, 'ConsumerName')!)) };
}

export function DeregisterStreamConsumer(sim: SimState, input: Input) {
  deregisterConsumer(sim, streamOfConsumer(sim, input), str(input, 'ConsumerName'), str(input, 'ConsumerARN'));
  return {};
}

export function DescribeStreamConsumer(sim: SimState, input: Input) {
  const { stream, consumer } = findConsumer(
    sim,
    streamOfConsumer(sim, input),
    str(input, 'ConsumerName'),
    str(input, 'ConsumerARN'),
  );
  return { ConsumerDescription: { ...consumerShape(consumer), StreamARN: stream.arn } };
}

export function ListStreamConsumers(sim: SimState, input: Input) {
  const stream = getStream(sim, streamName(sim, input));
  return { Consumers: stream.consumers.map(consumerShape) };
}
