'use client';

import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  type Connection,
  type Edge,
  type FitViewOptions,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import { addNode, connect, deleteNode, disconnect, moveNode } from '@/simulator/runtime/canvasActions';
import type { PaletteKind } from '@/simulator/runtime/editorCore';
import { disconnectLambda } from '@/simulator/runtime/pipelineActions';
import { topologyKey, topologyOf } from '@/simulator/views/topology';
import { ConsumerNode } from '../nodes/ConsumerNode';
import { FirehoseNode } from '../nodes/FirehoseNode';
import { LambdaNode } from '../nodes/LambdaNode';
import { S3BucketNode } from '../nodes/S3BucketNode';
import { ProducerNode } from '../nodes/ProducerNode';
import { ShardNode } from '../nodes/ShardNode';
import { StreamNode } from '../nodes/StreamNode';
import { useSimulationHandle } from '../SimulationContext';
import { useCanvas, useEditor, useSimValue } from '../useSimulation';
import { buildFlow, type FlowNode } from './buildFlow';
import { FlowEdge } from './FlowEdge';
import { PALETTE_MIME } from './paletteMime';

// Module constants: React Flow re-mounts every node when these objects change identity.
const nodeTypes = {
  producer: ProducerNode,
  stream: StreamNode,
  shard: ShardNode,
  consumer: ConsumerNode,
  lambda: LambdaNode,
  firehose: FirehoseNode,
  s3: S3BucketNode,
};
const edgeTypes = { flow: FlowEdge };
const ariaLabelConfig = {
  'node.a11yDescription.default':
    'Press Enter or Space to select a node; its settings open in the inspector. Arrow keys move a selected node, Delete removes a producer or consumer.',
  'controls.ariaLabel': 'Zoom controls',
  'minimap.ariaLabel': 'Overview of the canvas',
};

interface SimulatorCanvasProps {
  onMessage: (message: string) => void;
  colorMode: 'light' | 'dark';
}

/**
 * The canvas. React Flow receives topology only: it rebuilds nodes when the topology signature, the
 * layout or the selection changes; live numbers reach each node through its own selector.
 */
export function SimulatorCanvas({ onMessage, colorMode }: SimulatorCanvasProps) {
  const { store } = useSimulationHandle();
  const editor = useEditor();
  const key = useSimValue(topologyKey);
  const positions = useCanvas((c) => c.positions);
  const drafts = useCanvas((c) => c.drafts);
  // Selection is not a dependency: React Flow tracks it in the local nodes below, so selecting a node
  // re-renders that node, not all of them. A rebuild (topology, layout) picks the current selection up.
  const built = useMemo(
    () => buildFlow(topologyOf(store.getState().sim), { positions, drafts }, editor.canvas.getState().selected),
    // `key` stands for the topology: the engine mutates `sim` in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, positions, drafts, store, editor],
  );
  // Local copy so a drag moves smoothly; a finished move is committed to the canvas store (undoable).
  const [local, setLocal] = useState({ from: built.nodes, nodes: built.nodes });
  if (local.from !== built.nodes) setLocal({ from: built.nodes, nodes: built.nodes });
  const nodes = local.from === built.nodes ? local.nodes : built.nodes;
  const flow = useReactFlow();
  // The minimap only fits beside the nodes on wide screens; fitting the view leaves room for it there.
  const [wide] = useState(() => window.matchMedia('(min-width: 1024px)').matches);
  const fitViewOptions = useMemo<FitViewOptions>(
    () => ({ padding: wide ? { x: '24px', y: '24px', right: '180px' } : 0.1 }),
    [wide],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setLocal((current) => ({ ...current, nodes: applyNodeChanges(changes, current.nodes) }));
      for (const change of changes) {
        if (change.type === 'position' && change.position && !change.dragging)
          moveNode(editor, change.id, change.position);
        if (change.type === 'select' && change.selected) editor.canvas.setState({ selected: change.id });
        if (change.type === 'select' && !change.selected && editor.canvas.getState().selected === change.id)
          editor.canvas.setState({ selected: null });
      }
    },
    [editor],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      const result = connect(editor, c.source, c.target);
      onMessage(result.ok ? `Connected ${c.source.split(':')[1]} to ${c.target.split(':')[1]}.` : result.error);
    },
    [editor, onMessage],
  );
  const onNodesDelete = useCallback(
    (deleted: FlowNode[]) => {
      for (const node of deleted) {
        const result = deleteNode(editor, node.id);
        onMessage(result.ok ? `Deleted ${node.data.name}. Undo brings it back.` : result.error);
      }
    },
    [editor, onMessage],
  );
  const onEdgesDelete = useCallback(
    (deleted: Edge[]) => {
      for (const edge of deleted) {
        const end = edge.source.startsWith('producer:') ? edge.source : edge.target;
        const result = end.startsWith('lambda:')
          ? disconnectLambda(editor, edge.source.split(':')[1] ?? '', end.split(':')[1] ?? '')
          : disconnect(editor, end);
        onMessage(result.ok ? `Disconnected ${end.split(':')[1]}.` : result.error);
      }
    },
    [editor, onMessage],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME) as PaletteKind;
      if (!kind) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const result = addNode(editor, kind, at);
      onMessage(result.ok ? `Added ${result.id.split(':')[1]}.` : result.error);
    },
    [editor, flow, onMessage],
  );
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  return (
    <ReactFlow
      nodes={nodes}
      edges={built.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onConnect={onConnect}
      onNodesDelete={onNodesDelete}
      onEdgesDelete={onEdgesDelete}
      onDrop={onDrop}
      onDragOver={onDragOver}
      colorMode={colorMode}
      ariaLabelConfig={ariaLabelConfig}
      deleteKeyCode={['Delete', 'Backspace']}
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.1}
      aria-label="Simulation canvas"
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
      {wide && <MiniMap pannable zoomable position="top-right" style={{ width: 150, height: 90 }} />}
    </ReactFlow>
  );
}
