// The canvas-edit tests' fixture: a two-stream scenario, its saved layout and an editor over both stores.
import { callApi } from '../../api/callApi';
import { startScenario } from '../../scenarios/loadScenario';
import type { Scenario } from '../../scenarios/scenarioSchema';
import { type Editor } from '../editorCore';
import { createCanvasStore, type CanvasLayout } from '../createCanvasStore';
import { createSimulationStore } from '../createSimulationStore';

export const scenario: Scenario = {
  title: 'Canvas test',
  brief: 'Two streams, a producer and a consumer application for the canvas edit tests.',
  seed: 7,
  streams: [
    { name: 'orders', mode: 'PROVISIONED', shardCount: 2 },
    { name: 'audit', mode: 'PROVISIONED', shardCount: 1 },
  ],
  producers: [
    {
      id: 'web',
      stream: 'orders',
      rate: { kind: 'constant', recordsPerSecond: 200 },
      size: { kind: 'fixed', bytes: 100 },
      keys: { kind: 'uuid' },
    },
  ],
  consumers: [
    {
      name: 'billing',
      stream: 'orders',
      workers: 1,
      pollIntervalMs: 1000,
      maxRecords: 10_000,
      processingMsPerRecord: 1,
      initialPosition: 'TRIM_HORIZON',
    },
  ],
  faithfulness: 'Only used by the tests of canvas edits.',
};

/** Where the playground would put the scenario's nodes. */
export const startLayout: CanvasLayout = {
  positions: {
    'producer:web': { x: 0, y: 0 },
    'stream:orders': { x: 300, y: 0 },
    'stream:audit': { x: 300, y: 300 },
    'consumer:billing': { x: 600, y: 0 },
  },
  drafts: [],
};

export function editor(): Editor {
  return { sim: createSimulationStore(startScenario(scenario), callApi), canvas: createCanvasStore(startLayout) };
}

export const liveProducers = (e: Editor) => e.sim.getState().sim.producers.filter((p) => !p.removed);
export const producer = (e: Editor, id: string) => liveProducers(e).find((p) => p.config.id === id)?.config;
export const app = (e: Editor, name: string) =>
  e.sim.getState().sim.consumerApps.find((a) => a.config.name === name)?.config;
export const labels = (e: Editor) => e.canvas.getState().undo.map((u) => u.label);
