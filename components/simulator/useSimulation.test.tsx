// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '@/simulator/api/callApi';
import { createCanvasStore } from '@/simulator/runtime/createCanvasStore';
import { createSimulationStore } from '@/simulator/runtime/createSimulationStore';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import { loadScenarioFile } from '@/simulator/scenarios/testing/loadScenarioFile';
import { producerSummary } from '@/simulator/views/nodeSummaries';
import { shardRows } from '@/simulator/views/shardRows';
import { SimulationProvider, useSimulationHandle } from './SimulationContext';
import { useFrameValue, useSimFrame, useSimValue } from './useSimulation';

afterEach(cleanup);

/** Reads like a canvas node: a selector over the frame. */
function NodeLike() {
  const accepted = useSimValue((sim) => producerSummary(sim, 'game-servers').accepted);
  const frame = useFrameValue((s) => s.frame);
  return <p data-testid="node">{`${frame}:${accepted}`}</p>;
}

/** Reads like the table view: re-renders each frame and reads the state itself. */
function TableLike() {
  const frame = useSimFrame();
  const { store } = useSimulationHandle();
  const throttled = shardRows(store.getState().sim, 'game-events').reduce((n, r) => n + r.throttledRecords, 0);
  const accepted = store.getState().sim.producers[0]!.stats.accepted;
  return <p data-testid="table">{`${frame}:${accepted}:${throttled}`}</p>;
}

describe('frame-keyed views', () => {
  it('every view shows the same frame after each tick, at 1× and at 3600×', () => {
    const scenario = loadScenarioFile('hot-key');
    const store = createSimulationStore(startScenario(scenario), callApi);
    const handle = {
      store,
      canvas: createCanvasStore(),
      scenarioId: 'hot-key',
      scenario,
      start: store.getState().sim.now,
    };
    render(
      <SimulationProvider value={handle}>
        <NodeLike />
        <TableLike />
      </SimulationProvider>,
    );
    store.getState().play();
    const seen: string[] = [];
    let wall = 0;
    for (const [speed, frames] of [
      [1, 130],
      [3600, 5],
    ] as const) {
      act(() => store.getState().setSpeed(speed));
      for (let i = 0; i < frames; i++) {
        wall += 1000 / 60;
        act(() => store.getState().tick(wall));
        const node = screen.getByTestId('node').textContent!;
        const table = screen.getByTestId('table').textContent!;
        expect(table.startsWith(`${node}:`)).toBe(true);
        seen.push(node);
      }
    }
    // 1,500 records/s into one shard: 1,000 accepted each second; the node showed each second as it ran.
    expect(seen).toContain('1:1000');
    expect(seen).toContain('2:2000');
    expect(screen.getByTestId('table').textContent).toMatch(/:500$/);
  });
});
