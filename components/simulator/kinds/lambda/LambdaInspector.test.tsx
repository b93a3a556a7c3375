// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '@/simulator/api/callApi';
import { advance } from '@/simulator/engine/advance';
import { createFunction } from '@/simulator/engine/lambda/functions';
import { registerConsumer } from '@/simulator/engine/streamSettings';
import type { SimState } from '@/simulator/engine/types';
import { createCanvasStore } from '@/simulator/runtime/createCanvasStore';
import { createSimulationStore } from '@/simulator/runtime/createSimulationStore';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import { loadScenarioFile } from '@/simulator/scenarios/testing/loadScenarioFile';
import type { FlowNode } from '../../canvas/buildFlow';
import { LambdaNode } from './LambdaNode';
import { SimulationProvider } from '../../SimulationContext';
import { LambdaInspector } from './LambdaInspector';

afterEach(cleanup);

function mount(children: React.ReactNode, prepare: (sim: SimState) => void = () => {}) {
  const scenario = loadScenarioFile('lambda-poison-pill');
  const sim = startScenario(scenario);
  advance(sim, sim.now + 120_000);
  prepare(sim);
  const store = createSimulationStore(sim, callApi);
  const handle = { store, canvas: createCanvasStore(), scenarioId: 'lambda-poison-pill', scenario, start: 0 };
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
    const props = {
      id: 'lambda:enrich-orders',
      data: { name: 'enrich-orders', facts: {}, direction: 'LR' },
      selected: false,
    };
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

  it('the inspector creates a mapping that reads through an enhanced fan-out consumer', () => {
    const messages: string[] = [];
    const store = mount(<LambdaInspector name="audit" onMessage={(m) => messages.push(m)} />, (sim) => {
      createFunction(sim, { name: 'audit', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } });
      registerConsumer(sim, 'orders', 'audit-efo');
    });
    expect(screen.getByText(/One GetRecords per shard a second, sharing the shard’s 5 calls\/s/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Stream'), { target: { value: 'orders' } });
    fireEvent.change(screen.getByLabelText('Reads with'), { target: { value: 'enhanced' } });
    expect(screen.getByText(/Its own 2 MB\/s per shard, pushed every 200 ms/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(messages.at(-1)).toBe('Not applied: 1 field(s) need attention.');
    expect(screen.getByText('Name the registered stream consumer to read through.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Stream consumer'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(messages.at(-1)).toMatch(/^InvalidParameterValueException: Stream consumer not found: nope under /);
    fireEvent.change(screen.getByLabelText('Stream consumer'), { target: { value: 'audit-efo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(messages.at(-1)).toBe('Applied the settings of audit.');
    const mapping = store.getState().sim.lambda!.mappings.find((m) => m.config.functionName === 'audit')!;
    expect(mapping.config.consumerName).toBe('audit-efo');
    expect(screen.getByText(/Reads orders through the enhanced fan-out consumer audit-efo/)).toBeTruthy();
  });
});
