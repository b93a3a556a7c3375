'use client';

import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CliConsole } from '@/components/simulator/CliConsole';
import { EventLog } from '@/components/simulator/EventLog';
import { ShardTable } from '@/components/simulator/ShardTable';
import { SimulationProvider } from '@/components/simulator/SimulationContext';
import { SimulatorControls } from '@/components/simulator/SimulatorControls';
import { SimulatorPanels, type Panel } from '@/components/simulator/SimulatorPanels';
import { useSimulationLoop } from '@/components/simulator/useSimulationLoop';
import { useProgress } from '@/components/progress/useProgress';
import { Button } from '@/components/ui/Button';
import { clearLab, historyKey } from '@/lib/lab/labStorage';
import type { LabRuntime } from '@/lib/lab/sandbox/sandboxTypes';
import { apiCommand } from '@/simulator/api/apiCommand';
import { zipPackage } from '@/simulator/api/lambda/deploymentPackage';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { CodePanel } from './CodePanel';
import { dispatchCalls } from './dispatchCall';
import { labInvoker } from './invokeFunction';
import { LabProvider, type LabFiles, type LabState } from './LabContext';
import { openLab, type Opened } from './openLab';
import { loadSandbox, type Sandbox } from './labSandbox';
import { LogViewer } from './LogViewer';
import { ProducerPanel } from './ProducerPanel';
import { S3Objects } from './S3Objects';
import { TestInvocation } from './TestInvocation';
import { TriggerForm } from './TriggerForm';
import { useBuiltPackage } from './useBuiltPackage';
import { FIREHOSE_TRANSFORMS, MAPPING_INVOCATIONS, useCodeRunner } from './useCodeRunner';
import { useLabAutosave } from './useLabAutosave';

export interface LabWorkspaceProps {
  slug: string;
  editor: 'handler' | 'producer';
  functionName: string | null;
  runtimes: LabRuntime[];
  starters: Partial<Record<LabRuntime, LabFiles>>;
  scenarioId: string;
  scenario: Scenario;
  stepIds: string[];
  /** The lab's steps (compiled MDX). */
  children: ReactNode;
}

/**
 * A hands-on lab: the steps beside the tools (editor, AWS CLI console, logs and the simulation), one
 * simulation running in real time (1×) underneath. Work survives reloads: the simulation is saved as
 * its command log (which includes every invocation's result), the drafts as text.
 */
export function LabWorkspace(props: LabWorkspaceProps) {
  const [opened, setOpened] = useState<Opened | null>(null);
  // The saved lab lives in localStorage, so it can only be opened once the page runs in the browser.
  // eslint-disable-next-line react-hooks/set-state-in-effect, react-hooks/exhaustive-deps -- once, on the client
  useEffect(() => setOpened(openLab(props)), []);
  if (!opened)
    return (
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-2">
        <div className="lab-steps prose max-w-none">{props.children}</div>
        <div aria-busy="true" className="h-[32rem] animate-pulse rounded-lg border border-border bg-surface">
          <p className="p-4 text-sm text-muted">Loading the lab tools…</p>
        </div>
      </div>
    );
  return (
    <Workspace
      key={opened.session.instance}
      {...props}
      opened={opened}
      onRevert={() => {
        clearLab(props.slug);
        opened.session.store.getState().pause();
        setOpened({
          ...openLab(props),
          notice: 'Back at the start: the simulation, your code and the console history are reset.',
        });
      }}
    />
  );
}

function Workspace({ opened, onRevert, ...props }: LabWorkspaceProps & { opened: Opened; onRevert: () => void }) {
  const { session } = opened;
  const confirmRevert = () => {
    if (window.confirm('Revert this lab to its start? Your code, the simulation and the console history are reset.'))
      onRevert();
  };
  const { store } = session;
  const [runtime, setRuntime] = useState(opened.runtime);
  const [drafts, setDrafts] = useState(opened.drafts);
  const [sandbox, setSandbox] = useState<Sandbox | null>(null);
  const completeLabStep = useProgress((s) => s.completeLabStep);
  useSimulationLoop(store);
  useCodeRunner(store, sandbox, MAPPING_INVOCATIONS);
  useCodeRunner(store, sandbox, FIREHOSE_TRANSFORMS);

  // A lab runs in real time from the moment it opens, like the AWS account it stands for.
  useEffect(() => store.getState().play(), [store]);

  useEffect(() => {
    let live = true;
    let created: Sandbox | null = null;
    void loadSandbox((call) => {
      const outcome = dispatchCalls(store, [apiCommand(call.service, call.operation, call.input)]);
      return outcome.ok ? { ok: true, output: outcome.output } : { ok: false, error: outcome.error };
    }).then((s) => {
      created = s;
      if (live) setSandbox(s);
      else s.dispose();
    });
    return () => {
      live = false;
      created?.dispose();
    };
  }, [store]);

  useLabAutosave(props.slug, session, runtime, drafts);

  const files = useMemo(() => drafts[runtime] ?? {}, [drafts, runtime]);
  const { built, lastGood } = useBuiltPackage(files);
  const setFiles = useCallback((next: LabFiles) => setDrafts((d) => ({ ...d, [runtime]: next })), [runtime]);
  const setFile = useCallback(
    (name: string, source: string) =>
      setDrafts((d) => ({ ...d, [runtime]: { ...(d[runtime] ?? {}), [name]: source } })),
    [runtime],
  );
  const onStepDone = useCallback(
    (stepId: string) => completeLabStep(props.slug, stepId, props.stepIds),
    [completeLabStep, props.slug, props.stepIds],
  );
  const lab: LabState = {
    slug: props.slug,
    editor: props.editor,
    functionName: props.functionName,
    runtimes: props.runtimes,
    runtime,
    setRuntime,
    files,
    setFile,
    setFiles,
    built,
    lastGood,
    sandbox,
    onStepDone,
  };
  // The console's files: the editor's sources, and function.zip as the build step and
  // `zip function.zip <files>` would make it.
  const readFile = useMemo(() => {
    const encoder = new TextEncoder();
    return (path: string) => {
      const name = path.replace(/^\.\//, '');
      if (name === 'function.zip') return zipPackage(lastGood);
      const source = files[name] ?? lastGood[name];
      return source === undefined ? null : encoder.encode(source);
    };
  }, [files, lastGood]);

  const invoke = useMemo(() => labInvoker(store, () => sandbox), [store, sandbox]);

  const panels: Panel[] = [
    {
      id: 'console',
      label: 'AWS CLI',
      render: () => (
        <CliConsole
          historyKey={historyKey(props.slug)}
          readFile={readFile}
          invoke={invoke}
          intro={
            <p className="m-0 text-sm text-muted">
              Runs <code>aws kinesis</code>, <code>aws lambda</code>, <code>aws firehose</code>,{' '}
              <code>aws logs tail</code>, <code>aws cloudwatch</code> and <code>aws s3 ls</code>/<code>cp</code> as AWS
              CLI v2 would, against this lab’s simulated account (<code>000000000000</code>, us-east-1).{' '}
              <code>fileb://function.zip</code> is the editor’s code, zipped; <code>cat</code> shows a file a command
              wrote. Tab completes; ↑ ↓ recall; a line ending in <code>\</code> continues.
            </p>
          }
        />
      ),
    },
    { id: 'logs', label: 'Logs', render: () => <LogViewer /> },
    ...(props.functionName && props.editor === 'handler'
      ? [
          { id: 'test', label: 'Test', render: () => <TestInvocation functionName={props.functionName!} /> },
          { id: 'trigger', label: 'Trigger', render: () => <TriggerForm functionName={props.functionName!} /> },
        ]
      : []),
    { id: 'streams', label: 'Streams', render: () => <ShardTable /> },
    { id: 's3', label: 'S3', render: () => <S3Objects /> },
    { id: 'events', label: 'Events', render: () => <EventLog start={session.start} /> },
  ];

  return (
    <SimulationProvider value={session}>
      <LabProvider value={lab}>
        <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.15fr)]">
          <div className="lab-steps prose max-w-none">
            <p className="lg:hidden">
              <a href="#lab-tools">Go to the lab tools</a> (the editor, the AWS CLI and the logs are below the steps).
            </p>
            {opened.notice && (
              <p role="status" className="rounded-md border border-border bg-surface p-3 text-sm">
                {opened.notice}
              </p>
            )}
            {props.children}
          </div>
          {/* On wide screens the tools stay in view (scrolling on their own) while the steps scroll by. */}
          <div
            id="lab-tools"
            className="scroll-mt-2 space-y-4 lg:sticky lg:top-14 lg:max-h-[calc(100vh-4rem)] lg:overflow-y-auto lg:pr-1"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <SimulatorControls start={session.start} seed={session.seed} onReset={confirmRevert} />
              <Button onClick={confirmRevert}>Revert to start</Button>
            </div>
            {props.editor === 'handler' && props.functionName ? (
              <CodePanel functionName={props.functionName} />
            ) : (
              <ProducerPanel />
            )}
            <SimulatorPanels panels={panels} label="Lab tools" />
          </div>
        </div>
      </LabProvider>
    </SimulationProvider>
  );
}
