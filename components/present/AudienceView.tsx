'use client';

import { ArrowLeft, ArrowRight, Keyboard } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Demo } from '@/lib/demos/demoSchema';
import { openPresentChannel, type PresentChannel } from '@/lib/demos/presentChannel';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { formatClock } from '@/simulator/views/format';
import { useSimulation } from '@/components/simulator/useSimulation';
import { hashForBeat } from './beatHash';
import { audienceKeyAction, ownsKey } from './keyTarget';
import { PredictionCard } from './PredictionCard';
import { PresentSimulator } from './PresentSimulator';
import { ShortcutHelp } from './ShortcutHelp';
import { toggleFullscreen } from './toggleFullscreen';
import { usePresentation } from './usePresentation';
import { useAudienceChrome } from './useAudienceChrome';
import { SimulationProvider } from '@/components/simulator/SimulationContext';
import { Button } from '@/components/ui/Button';
import { IconButton } from '@/components/ui/IconButton';
import { InlineIcon } from '@/components/ui/InlineIcon';

export interface AudienceViewProps {
  demoId: string;
  demo: Demo;
  scenarios: Record<string, Scenario>;
  startBeat: number;
  /** `projector`: the class's screen, driven by keys or the presenter; `self`: a student's own pace, with buttons. */
  mode: 'projector' | 'self';
}

/** The virtual clock of the simulation on screen. */
function VirtualClock({ start }: { start: number }) {
  const now = useSimulation((s) => s.sim.now);
  const { elapsed } = formatClock(now, start);
  return (
    <span className="tabular-nums">
      <span className="sr-only">Virtual time </span>
      {elapsed}
    </span>
  );
}

/**
 * What the class sees: the beat's words, large; the simulator, large; a prediction before the run and
 * its answer after. Driven by the keyboard (→ Space ← P B F ?), by the presenter window over a
 * BroadcastChannel, or, in a student's self-paced mode, by visible buttons.
 */
export function AudienceView({ demoId, demo, scenarios, startBeat, mode }: AudienceViewProps) {
  useAudienceChrome(mode === 'projector');
  const presentation = usePresentation(demo, scenarios, startBeat);
  const beat = useStore(presentation, (s) => s.beat);
  const phase = useStore(presentation, (s) => s.phase);
  const stage = useStore(presentation, (s) => s.stage);
  const session = useStore(presentation, (s) => s.session);
  const view = useStore(presentation, (s) => s.view);
  const offScript = useStore(presentation, (s) => s.offScript);
  const animation = useStore(presentation, (s) => s.animation);
  const problem = useStore(presentation, (s) => s.problem);
  const [blank, setBlank] = useState(false);
  const [help, setHelp] = useState(false);
  const [message, setMessage] = useState('');
  const channel = useRef<PresentChannel | null>(null);
  const current = demo.beats[beat]!;
  const actions = presentation.getState();
  const running = useStore(session.store, (s) => s.clock.running);

  const act = useCallback(
    (action: string, target?: number) => {
      const p = presentation.getState();
      if (action === 'next') p.next();
      if (action === 'previous') p.previous();
      if (action === 'goto' && target !== undefined) p.goto(target);
      if (action === 'togglePlay') p.togglePlay();
      if (action === 'backToScript') p.backToScript();
      if (action === 'blank') setBlank((b) => !b);
      if (action === 'fullscreen') void toggleFullscreen(document);
      if (action === 'help') setHelp(true);
    },
    [presentation],
  );

  // Keys: the presentation's, unless the focused element needs them (a field, a button, the canvas).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || ownsKey(e.target, e.key)) return;
      const action = audienceKeyAction(e.key);
      if (!action) return;
      e.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  // The presenter window: commands in, status out.
  const status = useCallback(
    () => ({
      kind: 'status' as const,
      demo: demoId,
      beat,
      stage,
      phase,
      blank,
      offScript,
      running: running || (animation !== null && !animation.held),
    }),
    [demoId, beat, stage, phase, blank, offScript, running, animation],
  );
  const statusRef = useRef(status);
  useEffect(() => {
    if (mode !== 'projector') return;
    channel.current = openPresentChannel(demoId, (m) => {
      if (m.kind !== 'command') return;
      if (m.command === 'hello') channel.current?.send(statusRef.current());
      else act(m.command, m.beat);
    });
    return () => channel.current?.close();
  }, [demoId, mode, act]);
  useEffect(() => {
    // The channel's "hello" handler answers with the latest status, kept here rather than during render.
    statusRef.current = status;
    channel.current?.send(status());
  }, [status]);

  // The beat in the address, so a reload or a copied link opens the same beat.
  useEffect(() => {
    history.replaceState(null, '', `${location.pathname}${location.search}${hashForBeat(beat)}`);
  }, [beat]);
  useEffect(() => {
    const onHash = () => {
      const match = /beat=(\d+)/.exec(location.hash);
      if (match && Number(match[1]) - 1 !== presentation.getState().beat)
        presentation.getState().goto(Number(match[1]) - 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [presentation]);

  const revealed = phase === 'done';
  const waiting = phase === 'holding';
  const last = beat === demo.beats.length - 1;
  const projector = mode === 'projector';
  const nextLabel =
    phase === 'running' ? 'Skip to the end of the run' : waiting ? 'Run' : last ? 'End of the demo' : 'Next beat';

  return (
    <main
      id="main"
      className={`flex flex-col gap-3 p-3 sm:p-4 ${projector ? 'lg:h-screen lg:overflow-hidden' : ''}`}
      aria-label={`Demo: ${demo.title}`}
    >
      <header className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p className="m-0 text-base font-semibold text-muted">{demo.title}</p>
        <p className="m-0 text-base text-muted" aria-live="polite" aria-atomic="true">
          Beat {beat + 1} of {demo.beats.length}: {current.title}
        </p>
        <p className="m-0 text-base text-muted">
          <SimulationProvider value={session} key={session.instance}>
            <VirtualClock start={session.start} />
          </SimulationProvider>
          {animation && !animation.held && ' · running'}
          {animation?.held && ' · held'}
          {running && ' · running freely'}
        </p>
        <Button
          size="lg"
          onClick={() => session.store.getState().step()}
          disabled={running || animation !== null}
          className="ml-auto"
        >
          Step 1 s
        </Button>
        <IconButton
          size="lg"
          icon={Keyboard}
          label="Keyboard shortcuts"
          onClick={() => setHelp(true)}
          aria-keyshortcuts="?"
        />
      </header>
      <div
        className={`grid min-h-0 grow grid-cols-[minmax(0,1fr)] gap-4 ${projector ? 'lg:grid-cols-[minmax(0,1fr)_minmax(22rem,28%)]' : 'lg:grid-cols-[minmax(0,1fr)_24rem]'}`}
      >
        <div className="order-2 min-h-0 lg:order-1">
          <PresentSimulator
            session={session}
            view={view}
            onMessage={setMessage}
            layout={projector ? 'wide' : 'stacked'}
          />
        </div>
        {/* Focusable: on a short screen this column scrolls, and keyboard users must reach all of it. */}
        <div
          role="region"
          aria-label="This beat"
          tabIndex={0}
          className="order-1 flex min-h-0 flex-col gap-4 overflow-y-auto lg:order-2"
        >
          <h1 className="m-0 text-2xl leading-tight font-bold sm:text-3xl">{current.text}</h1>
          {view.highlight && (
            <p className="m-0 text-xl">
              <span className="font-semibold">Look at:</span> {describeNode(view.highlight)} (outlined)
            </p>
          )}
          {current.prediction && <PredictionCard prediction={current.prediction} revealed={revealed} />}
          {waiting && (
            <p className="m-0 text-xl font-semibold" role="status">
              {current.prediction ? 'Predict, then press → to run.' : 'Press → to go on.'}
            </p>
          )}
          {offScript && (
            <div className="rounded-md border-2 border-accent p-3">
              <p className="m-0 text-lg">You have taken over the simulation.</p>
              <Button variant="primary" size="lg" onClick={() => actions.backToScript()} className="mt-2">
                Back to script
              </Button>
            </div>
          )}
          {problem && (
            <p role="alert" className="m-0 rounded-md border-2 border-pitfall bg-pitfall-bg p-3">
              This beat could not do everything it should: {problem}.
            </p>
          )}
          {!projector && (
            <nav aria-label="Demo controls" className="flex flex-wrap gap-2">
              <Button
                size="lg"
                icon={ArrowLeft}
                onClick={() => act('previous')}
                disabled={beat === 0 && phase !== 'done'}
              >
                Previous
              </Button>
              <Button size="lg" onClick={() => act('togglePlay')}>
                {animation && !animation.held ? 'Pause' : animation ? 'Resume' : running ? 'Pause' : 'Play freely'}
              </Button>
              <Button variant="primary" size="lg" onClick={() => act('next')} disabled={last && phase === 'done'}>
                {nextLabel}
                <InlineIcon icon={ArrowRight} />
              </Button>
            </nav>
          )}
          <p className="sr-only" aria-live="polite">
            {revealed && current.prediction ? `Answer: ${current.prediction.options[current.prediction.answer]}` : ''}
            {message}
          </p>
        </div>
      </div>
      {blank && (
        <div
          role="dialog"
          aria-modal="true"
          aria-label="Screen blanked"
          className="fixed inset-0 z-50 flex items-end justify-end bg-black p-4"
          onClick={() => setBlank(false)}
        >
          <p className="m-0 text-sm text-neutral-400">Blanked: press B to show the demo again.</p>
        </div>
      )}
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </main>
  );
}

/** A node id in words: "shardId-000000000001 of game-events". */
export function describeNode(id: string): string {
  const [kind, name, shard] = id.split(':');
  switch (kind) {
    case 'shard':
      return `${shard} of ${name}`;
    case 'stream':
      return `the stream ${name}`;
    case 'producer':
      return `the producer ${name}`;
    case 'consumer':
      return `the consumer application ${name}`;
    case 'lambda':
      return `the Lambda function ${name}`;
    case 'firehose':
      return `the Firehose stream ${name}`;
    default:
      return `the S3 bucket ${name}`;
  }
}
