'use client';

import type { NodeProps } from '@xyflow/react';
import { Archive, Flame, Layers, RadioTower, Send, SquareFunction, Users, type LucideIcon } from 'lucide-react';
import type { ComponentType, ReactNode } from 'react';
import type { End } from '@/simulator/runtime/kinds/kindModel';
import { NODE_KINDS, type NodeKind } from '@/simulator/runtime/kinds/kindModels';
import type { FlowNode } from '../canvas/buildFlow';
import { S3Browser } from '../S3Browser';
import { BucketNode } from './bucket/BucketNode';
import { ConsumerInspector } from './consumer/ConsumerInspector';
import { ConsumerNode } from './consumer/ConsumerNode';
import { FirehoseInspector } from './firehose/FirehoseInspector';
import { FirehoseNode } from './firehose/FirehoseNode';
import { LambdaInspector } from './lambda/LambdaInspector';
import { LambdaNode } from './lambda/LambdaNode';
import { ProducerInspector } from './producer/ProducerInspector';
import { ProducerNode } from './producer/ProducerNode';
import { ShardInspector } from './stream/ShardInspector';
import { ShardNode } from './stream/ShardNode';
import { StreamInspector } from './stream/StreamInspector';
import { StreamNode } from './stream/StreamNode';

/** A palette button: the kind it adds, a variant of it, and its words. */
export interface PaletteEntry {
  kind: NodeKind;
  preset?: string;
  label: string;
  hint: string;
  icon: LucideIcon;
}

/** How a kind looks and is edited; what it means is its model (simulator/runtime/kinds). */
export interface KindView {
  /** The canvas node, drawing its full and compact forms (see NodeFrame). */
  Node: ComponentType<NodeProps<FlowNode>>;
  /** The inspector's heading for a selected node. */
  title: (end: End) => string;
  inspector: (end: End, onMessage: (m: string) => void) => ReactNode;
  palette?: PaletteEntry[];
}

/** The one table of what each kind of node looks like, in the palette's order. */
export const KIND_VIEWS: Record<NodeKind, KindView> = {
  producer: {
    Node: ProducerNode,
    title: (e) => `Producer ${e.name}`,
    inspector: (e, onMessage) => <ProducerInspector id={e.name} onMessage={onMessage} />,
    palette: [{ kind: 'producer', label: 'Producer', hint: 'sends records', icon: Send }],
  },
  stream: {
    Node: StreamNode,
    title: (e) => `Stream ${e.name}`,
    inspector: (e, onMessage) => <StreamInspector name={e.name} onMessage={onMessage} />,
    palette: [{ kind: 'stream', label: 'Data stream', hint: 'CreateStream, 2 shards', icon: Layers }],
  },
  shard: {
    Node: ShardNode,
    title: (e) => `${e.shard} of ${e.name}`,
    inspector: (e, onMessage) =>
      e.shard ? <ShardInspector stream={e.name} shard={e.shard} onMessage={onMessage} /> : null,
  },
  consumer: {
    Node: ConsumerNode,
    title: (e) => `Consumer application ${e.name}`,
    inspector: (e, onMessage) => <ConsumerInspector name={e.name} onMessage={onMessage} />,
    palette: [
      { kind: 'consumer', label: 'Consumer app', hint: 'KCL, polls GetRecords', icon: Users },
      { kind: 'consumer', preset: 'enhanced', label: 'EFO consumer', hint: 'own 2 MB/s per shard', icon: RadioTower },
    ],
  },
  lambda: {
    Node: LambdaNode,
    title: (e) => `Lambda function ${e.name}`,
    inspector: (e, onMessage) => <LambdaInspector name={e.name} onMessage={onMessage} />,
    palette: [{ kind: 'lambda', label: 'Lambda function', hint: 'connect a stream to it', icon: SquareFunction }],
  },
  firehose: {
    Node: FirehoseNode,
    title: (e) => `Firehose stream ${e.name}`,
    inspector: (e, onMessage) => <FirehoseInspector name={e.name} onMessage={onMessage} />,
    palette: [{ kind: 'firehose', label: 'Firehose to S3', hint: 'reads the selected stream', icon: Flame }],
  },
  bucket: {
    Node: BucketNode,
    title: (e) => `S3 bucket ${e.name}`,
    inspector: (e) => <S3Browser bucket={e.name} />,
    palette: [{ kind: 'bucket', label: 'S3 bucket', hint: 'a Firehose destination', icon: Archive }],
  },
};

// Module constants: React Flow re-mounts every node when these objects change identity.
export const NODE_TYPES = Object.fromEntries(NODE_KINDS.map((k) => [k, KIND_VIEWS[k].Node]));
export const PALETTE: PaletteEntry[] = NODE_KINDS.flatMap((k) => KIND_VIEWS[k].palette ?? []);
