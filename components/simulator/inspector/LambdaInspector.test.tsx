// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '@/simulator/api/callApi';
import { advance } from '@/simulator/engine/advance';
import { createCanvasStore } from '@/simulator/runtime/createCanvasStore';
import { createSimulationStore } from '@/simulator/runtime/createSimulationStore';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import { loadScenarioFile } from '@/simulator/scenarios/testing/loadScenarioFile';
import type { FlowNode } from '../canvas/buildFlow';
import { LambdaNode } from '../nodes/LambdaNode';
import { SimulationProvider } from '../SimulationContext';
import { LambdaInspector } from './LambdaInspector';

afterEach(cleanup);

function mount(children: React.ReactNode) {
  const scenario = loadScenarioFile('lambda-poison-pill');
  const sim = startScenario(scenario);
  advance(sim, sim.now + 120_000);
  const store = createSimulationStore(sim, callApi);
  const handle = { store, canvas: createCanvasStore(), scenarioId: 'lambda-poison-pill', scenario };
  render(
    <SimulationProvider value={handle}>
      <ReactFlowProvider>{children}</ReactFlowProvider>
    </SimulationProvider>,
  );
  return store;
}

describe('Lambda components', () => {
  it('the node says which shard is blocked and why', () => {
    // Only the props the node reads; React Flow passes the rest.
    const props = { id: 'lambda:enrich-orders', data: { name: 'enrich-orders', slot: 0 }, selected: false };
    mount(<LambdaNode {...(props as unknown as NodeProps<FlowNode>)} />);
    expect(screen.getByText(/shard 1 blocked for 1 min 9 s by a failing batch/)).toBeTruthy();
    expect(
      screen.getByText(/last error: Unhandled: cannot process the record with partition key order-corrupt/),
    ).toBeTruthy();
  });

  it('the inspector validates limits and applies bisect, retries and a destination', () => {
    const messages: string[] = [];
    const store = mount(<LambdaInspector name="enrich-orders" onMessage={(m) => messages.push(m)} />);
    fireEvent.change(screen.getByLabelText('ParallelizationFactor'), { target: { value: '11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(messages.at(-1)).toBe('Not applied: 1 field(s) need attention.');
    expect(screen.getByText(/Too big: expected number to be <=10/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('ParallelizationFactor'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('BisectBatchOnFunctionError'), { target: { value: 'true' } });
    fireEvent.change(screen.getByLabelText('MaximumRetryAttempts'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('On-failure destination ARN'), {
      target: { value: 'arn:aws:sqs:us-east-1:000000000000:orders-dlq' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(messages.at(-1)).toBe('Applied the settings of enrich-orders.');
    expect(store.getState().log.map((c) => c.type)).toEqual(['lambda/updateFunction', 'lambda/updateMapping']);
    act(() => {
      for (let i = 0; i < 30; i++) store.getState().step();
    });
    // The bad orders so far (two by now), each set aside alone after bisecting and two retries.
    expect(
      screen.getAllByText(/^shardId-000000000001: 1 record, RetryAttemptsExhausted after \d+ invocations$/),
    ).toHaveLength(2);
  });
});
