'use client';

import {
  Background,
  MiniMap,
  ReactFlow,
  applyNodeChanges,
  useReactFlow,
  useStore,
  type Connection,
  type Edge,
  type FitViewOptions,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { addNode, connect, deleteNode, disconnect, moveNode, tidy } from '@/simulator/runtime/canvasActions';
import type { XY } from '@/simulator/runtime/createCanvasStore';
import { topologyKey, topologyOf } from '@/simulator/runtime/kinds/topology';
import { layoutTopology, type CanvasPlacement } from '@/simulator/runtime/layout/layoutTopology';
import { newNodeSize, type NodeKind } from '@/simulator/runtime/kinds/kindModels';
import { nudgeClear } from '@/simulator/runtime/layout/separateBoxes';
import { Button } from '@/components/ui/Button';
import { NODE_TYPES } from '../kinds/kindViews';
import { minZoom } from '../kinds/nodeForm';
import { useSimulationHandle } from '../SimulationContext';
import { useCanvas, useEditor, useSimValue } from '../useSimulation';
import { useProjector } from '../useProjector';
import { buildFlow, type FlowNode } from './buildFlow';
import { CanvasControls } from './CanvasControls';
import { contentHeight, FIT_PADDING, fitZoom } from './canvasSizing';
import { EmptyCanvas } from './EmptyCanvas';
import { PALETTE_MIME, parsePaletteData } from './paletteMime';
import { TrafficLayer } from './TrafficLayer';
import { TrafficLegend } from './TrafficLegend';
import { useCanvasDirection } from './useCanvasDirection';
import { useTouchCanvas } from './useTouchCanvas';

const ariaLabelConfig = {
  'node.a11yDescription.default':
    'Press Enter or Space to select a node; its settings open in the inspector. Arrow keys move a selected node, Delete removes a producer or consumer.',
  'minimap.ariaLabel': 'Overview of the canvas',
};

interface SimulatorCanvasProps {
  onMessage: (message: string) => void;
  colorMode: 'light' | 'dark';
  /**
   * `fill`: the canvas fills the box its parent gives it (playground, projector). `content`: it is as
   * tall as the scenario needs at its width (a chapter), within CONTENT_HEIGHT.
   */
  sizing: 'fill' | 'content';
}

/**
 * The canvas. React Flow receives topology only: nodes are rebuilt when the topology, the layout or
 * the canvas's direction changes; live numbers reach each node through its own selector, and moving
 * records are drawn on one overlay (TrafficLayer).
 */
export function SimulatorCanvas({ onMessage, colorMode, sizing }: SimulatorCanvasProps) {
  const { store } = useSimulationHandle();
  const editor = useEditor();
  const projector = useProjector();
  const box = useRef<HTMLDivElement>(null);
  const { width, height: boxHeight, direction } = useCanvasDirection(box);
  const key = useSimValue(topologyKey);
  const positions = useCanvas((c) => c.positions);
  const drafts = useCanvas((c) => c.drafts);
  const topology = useMemo(
    () => topologyOf(store.getState().sim, drafts),
    // `key` stands for the topology: the engine mutates `sim` in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, drafts, store],
  );
  const placement = useMemo(() => {
    const tall = layoutTopology(topology, positions, direction);
    if (direction === 'TB' || !topology.nodes.some((n) => n.kind === 'stream' && Number(n.facts.shards) > 2))
      return tall;
    // A wide, short canvas shows more of a many-shard stream with its shards squared up: take whichever
    // arrangement the canvas can show larger.
    const grid = layoutTopology(topology, positions, direction, { grid: true });
    const room = { width, height: sizing === 'fill' ? boxHeight : Infinity };
    return fitZoom(grid.bounds, room) > fitZoom(tall.bounds, room) + 0.02 ? grid : tall;
  }, [topology, positions, direction, width, boxHeight, sizing]);
  // Selection is not a dependency: React Flow tracks it in the local nodes below, so selecting a node
  // re-renders that node, not all of them. A rebuild (topology, layout) picks the current selection up.
  const built = useMemo(
    () => buildFlow(topology, placement, editor.canvas.getState().selected, direction),
    [topology, placement, direction, editor],
  );
  // Local copy so a drag moves smoothly; a finished move is committed to the canvas store (undoable).
  const [local, setLocal] = useState({ from: built.nodes, nodes: built.nodes });
  if (local.from !== built.nodes) setLocal({ from: built.nodes, nodes: built.nodes });
  const nodes = local.from === built.nodes ? local.nodes : built.nodes;
  const flow = useReactFlow<FlowNode>();
  const fitOptions = useMemo<FitViewOptions<FlowNode>>(
    () => ({
      padding: { x: `${FIT_PADDING.x}px`, top: `${FIT_PADDING.top}px`, bottom: `${FIT_PADDING.bottom}px` },
      maxZoom: projector ? 1.6 : 1,
      minZoom: minZoom(projector),
    }),
    [projector],
  );
  const touch = useTouchCanvas(box);
  const [perDot, setPerDot] = useState<number | null>(null);

  // Fit the whole pipeline when what is on the canvas changes (a node added, a shard split), not when
  // a node is only moved: the learner's own zoom and pan stay.
  const shape = `${direction}|${placement.grid ? 'grid' : 'tall'}|${topology.nodes.map((n) => n.id).join(',')}|${sizing === 'content' ? placement.bounds.height : ''}`;
  useEffect(() => {
    if (width === 0) return;
    const frame = requestAnimationFrame(() => void flow.fitView(fitOptions));
    return () => cancelAnimationFrame(frame);
  }, [shape, width, boxHeight, flow, fitOptions]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      setLocal((current) => ({ ...current, nodes: applyNodeChanges(changes, current.nodes) }));
      for (const change of changes) {
        if (change.type === 'position' && change.position && !change.dragging)
          moveNode(editor, change.id, clearSpot(placement, change.id, change.position, direction));
        if (change.type === 'select' && change.selected) editor.canvas.setState({ selected: change.id });
        if (change.type === 'select' && !change.selected && editor.canvas.getState().selected === change.id)
          editor.canvas.setState({ selected: null });
      }
    },
    [editor, placement, direction],
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
        const result = disconnect(editor, edge.target, edge.source);
        onMessage(
          result.ok ? `Disconnected ${edge.source.split(':')[1]} from ${edge.target.split(':')[1]}.` : result.error,
        );
      }
    },
    [editor, onMessage],
  );
  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = parsePaletteData(event.dataTransfer.getData(PALETTE_MIME));
      if (!item) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const result = addNode(editor, item.kind, dropSpot(placement, item.kind, at, direction), item.preset);
      onMessage(result.ok ? `Added ${result.id.split(':')[1]}.` : result.error);
    },
    [editor, flow, onMessage, placement, direction],
  );
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const height = sizing === 'content' ? contentHeight(placement.bounds, width, minZoom(projector)) : undefined;
  return (
    <div className="flex h-full flex-col">
      <div
        ref={box}
        className={`shardlab-canvas relative w-full ${sizing === 'fill' ? 'min-h-0 flex-1' : ''} ${
          touch.locked ? 'shardlab-canvas-locked' : ''
        }`}
        style={height ? { height } : undefined}
        {...touch.handlers}
      >
        <ReactFlow
          nodes={nodes}
          edges={built.edges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onConnect={onConnect}
          onNodesDelete={onNodesDelete}
          onEdgesDelete={onEdgesDelete}
          onDrop={onDrop}
          onDragOver={onDragOver}
          colorMode={colorMode}
          ariaLabelConfig={ariaLabelConfig}
          deleteKeyCode={['Delete', 'Backspace']}
          // Space plays and pauses (usePlayShortcut); dragging the background pans.
          panActivationKeyCode={null}
          minZoom={minZoom(projector)}
          maxZoom={2}
          panOnDrag={!touch.locked}
          zoomOnPinch={!touch.locked}
          preventScrolling={!touch.locked}
          nodesDraggable={!touch.locked}
          aria-label="Simulation canvas"
        >
          <Background gap={24} />
          <TrafficLayer direction={direction} onLegend={setPerDot} />
          <CanvasControls
            fitOptions={fitOptions}
            onTidy={() => {
              tidy(editor);
              onMessage('Tidied the canvas: every node is back in the layout. Undo brings your arrangement back.');
            }}
            canTidy={Object.keys(positions).length > 0}
            onMessage={onMessage}
          />
          <OverviewMap bounds={placement.bounds} />
          {topology.nodes.length === 0 && <EmptyCanvas onMessage={onMessage} />}
        </ReactFlow>
        {touch.isTouch && !touch.locked && (
          <Button
            size="sm"
            variant="primary"
            className="absolute bottom-2 left-1/2 z-10 -translate-x-1/2"
            onClick={touch.release}
          >
            Done: let the page scroll
          </Button>
        )}
      </div>
      <TrafficLegend perDot={perDot} />
    </div>
  );
}

/** The minimap, only while the graph is bigger than the view: a mostly empty overview is no use. */
function OverviewMap({ bounds }: { bounds: CanvasPlacement['bounds'] }) {
  const larger = useStore(
    (s) => bounds.width * s.transform[2] > s.width + 1 || bounds.height * s.transform[2] > s.height + 1,
  );
  if (!larger) return null;
  return <MiniMap pannable zoomable position="top-right" style={{ width: 150, height: 96 }} />;
}

/** Where a moved node lands: where it was let go, nudged clear of every other node. */
function clearSpot(placement: CanvasPlacement, id: string, at: XY, direction: 'LR' | 'TB'): XY {
  const size = placement.sizes[id];
  if (!size || id.startsWith('shard:')) return at;
  const others = Object.entries(placement.positions)
    .filter(([other]) => other !== id && !other.startsWith('shard:'))
    .map(([other, xy]) => ({ ...xy, ...placement.sizes[other]! }));
  const { x, y } = nudgeClear({ ...at, ...size }, others, direction);
  return { x, y };
}

/** Where a dropped node goes: its centre under the pointer, nudged clear of the others. */
function dropSpot(placement: CanvasPlacement, kind: NodeKind, pointer: XY, direction: 'LR' | 'TB'): XY {
  const size = newNodeSize(kind, direction);
  const at = { x: pointer.x - size.width / 2, y: pointer.y - size.height / 2 };
  const others = Object.entries(placement.positions)
    .filter(([id]) => !id.startsWith('shard:'))
    .map(([id, xy]) => ({ ...xy, ...placement.sizes[id]! }));
  const { x, y } = nudgeClear({ ...at, ...size }, others, direction);
  return { x: Math.round(x), y: Math.round(y) };
}
