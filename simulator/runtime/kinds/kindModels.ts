import type { KindModel, NodeKind } from './kindModel';
import { bucketKind } from './bucketKind';
import { consumerKind } from './consumerKind';
import { firehoseKind } from './firehoseKind';
import { lambdaKind } from './lambdaKind';
import { producerKind } from './producerKind';
import { shardKind, streamKind } from './streamKind';

/** The one table of canvas node kinds (their looks are in components/simulator/kinds/kindViews.tsx). */
export const KIND_MODELS: Record<NodeKind, KindModel> = {
  producer: producerKind,
  stream: streamKind,
  shard: shardKind,
  consumer: consumerKind,
  lambda: lambdaKind,
  firehose: firehoseKind,
  bucket: bucketKind,
};

export const isNodeKind = (kind: string): kind is NodeKind => Object.hasOwn(KIND_MODELS, kind);
