// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider, type NodeProps } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '@/simulator/api/callApi';
import { advance } from '@/simulator/engine/advance';
import { createCanvasStore } from '@/simulator/runtime/createCanvasStore';
import { createSimulationStore } from '@/simulator/runtime/createSimulationStore';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import { loadScenarioFile } from '@/simulator/scenarios/testing/loadScenarioFile';
import type { FlowNode } from '../../canvas/buildFlow';
import { FirehoseNode } from './FirehoseNode';
import { BucketNode } from '../bucket/BucketNode';
import { S3Browser } from '../../S3Browser';
import { SimulationProvider } from '../../SimulationContext';
import { FirehoseInspector } from './FirehoseInspector';

afterEach(cleanup);

function mount(children: React.ReactNode) {
  const scenario = loadScenarioFile('firehose-transform');
  const sim = startScenario(scenario);
  advance(sim, sim.now + 130_000);
  const store = createSimulationStore(sim, callApi);
  const handle = { store, canvas: createCanvasStore(), scenarioId: 'firehose-transform', scenario, start: 0 };
  render(
    <SimulationProvider value={handle}>
      <ReactFlowProvider>{children}</ReactFlowProvider>
    </SimulationProvider>,
  );
  return store;
}

// Only the props the nodes read; React Flow passes the rest.
const nodeProps = (name: string) =>
  ({ id: name, data: { name, facts: {}, direction: 'LR' }, selected: false }) as unknown as NodeProps<FlowNode>;

describe('Firehose components', () => {
  it('the nodes show the buffer, the deliveries and the error prefix', () => {
    mount(
      <>
        <FirehoseNode {...nodeProps('logs-to-s3')} />
        <BucketNode {...nodeProps('log-archive')} />
      </>,
    );
    expect(screen.getByText('from app-logs → s3://log-archive')).toBeTruthy();
    expect(screen.getByText(/· 2 objects$/)).toBeTruthy();
    expect(screen.getByText(/1,200 to the error prefix/)).toBeTruthy();
    expect(screen.getByText(/4 objects ·/)).toBeTruthy();
  });

  it('the S3 browser lists objects newest first in a captioned table', () => {
    mount(<S3Browser bucket="log-archive" />);
    expect(screen.getByRole('region', { name: /s3:\/\/log-archive: 4 objects, page 1 of 1/ })).toBeTruthy();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[1]!.textContent).toMatch(/^processing-failed\/2026\/01\/01\/00\/logs-to-s3-1-2026-01-01-00-02-04-/);
    expect(screen.getAllByText('error output: processing-failed')).toHaveLength(2);
  });

  it('the inspector validates hints and applies them through UpdateDestination', () => {
    const messages: string[] = [];
    const store = mount(<FirehoseInspector name="logs-to-s3" onMessage={(m) => messages.push(m)} />);
    expect(screen.getByText(/Firehose has no read API and no replay/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Buffer interval (s)'), { target: { value: '901' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply (UpdateDestination)' }));
    expect(messages.at(-1)).toBe('Not applied: 1 field(s) need attention.');
    fireEvent.change(screen.getByLabelText('Buffer interval (s)'), { target: { value: '30' } });
    fireEvent.change(screen.getByLabelText('Convert JSON to Apache Parquet'), { target: { value: 'on' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply (UpdateDestination)' }));
    expect(messages.at(-1)).toBe(
      'UpdateDestination failed: InvalidArgumentException: With data format conversion enabled, BufferingHints.SizeInMBs must be at least 64 MiB; it is 5. Raise it (the default is then 128).',
    );
    fireEvent.change(screen.getByLabelText('Buffer size (MiB)'), { target: { value: '64' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply (UpdateDestination)' }));
    expect(messages.at(-1)).toBe('Applied: logs-to-s3 is now at version 2.');
    expect(store.getState().log.map((c) => c.type)).toEqual(['firehose/call', 'firehose/call']);
    const stream = store.getState().sim.firehose!.deliveryStreams['logs-to-s3']!;
    expect(stream.config.buffering).toEqual({ sizeMiB: 64, intervalSeconds: 30 });
    expect(stream.config.conversion).toEqual({ format: 'PARQUET', sizeRatio: 0.3 });
    expect(stream.config.transform).toMatchObject({ durationMsPerBatch: 2000, dropRate: 0.2, failureRate: 0.05 });
  });
});
