'use client';

import { ArrowLeft, ArrowRight } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Demo } from '@/lib/demos/demoSchema';
import {
  openPresentChannel,
  type AudienceStatus,
  type PresentChannel,
  type PresenterCommand,
} from '@/lib/demos/presentChannel';
import { Button } from '@/components/ui/Button';
import { buttonClasses } from '@/components/ui/buttonClasses';
import { InlineIcon } from '@/components/ui/InlineIcon';
import { ToggleButton } from '@/components/ui/ToggleButton';
import { hashForBeat } from './beatHash';
import { PredictionCard } from './PredictionCard';
import { formatElapsed, useElapsed } from './useElapsed';

/**
 * The presenter's window: the current beat with its notes and the prediction's answer, the next beat,
 * the elapsed time of the talk and buttons that drive the audience window. Alone (no audience window
 * open) it still walks the beats, as speaker notes.
 */
export function PresenterView({ demoId, demo }: { demoId: string; demo: Demo }) {
  const channel = useRef<PresentChannel | null>(null);
  const [audience, setAudience] = useState<AudienceStatus | null>(null);
  const [localBeat, setLocalBeat] = useState(0);
  const [elapsed, restart] = useElapsed();
  const beat = audience?.beat ?? localBeat;
  const current = demo.beats[beat]!;
  const next = demo.beats[beat + 1];

  useEffect(() => {
    channel.current = openPresentChannel(demoId, (m) => {
      if (m.kind === 'status') setAudience(m);
    });
    channel.current.send({ kind: 'command', demo: demoId, command: 'hello' });
    return () => channel.current?.close();
  }, [demoId]);

  const send = useCallback(
    (command: PresenterCommand, target?: number) => {
      channel.current?.send({
        kind: 'command',
        demo: demoId,
        command,
        ...(target === undefined ? {} : { beat: target }),
      });
      // Alone, the presenter keeps its own place; with an audience window, that window's status decides.
      if (command === 'next') setLocalBeat((b) => Math.min(b + 1, demo.beats.length - 1));
      if (command === 'previous') setLocalBeat((b) => Math.max(b - 1, 0));
      if (command === 'goto' && target !== undefined) setLocalBeat(target);
    },
    [demoId, demo.beats.length],
  );

  const phase = audience?.phase;
  const nextLabel =
    phase === 'running'
      ? 'Skip to the end of the run'
      : phase === 'holding'
        ? 'Run'
        : beat < demo.beats.length - 1
          ? 'Next beat'
          : 'End';
  const audienceUrl = `/present/show/?demo=${encodeURIComponent(demoId)}${hashForBeat(beat)}`;

  return (
    <main id="main" className="mx-auto max-w-screen-2xl space-y-4 px-4 py-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <h1 className="m-0 text-xl font-bold">Presenter: {demo.title}</h1>
        <p className="m-0 text-lg tabular-nums" aria-label={`Elapsed time ${formatElapsed(elapsed)}`}>
          <span aria-hidden="true">Elapsed {formatElapsed(elapsed)}</span>{' '}
          <span className="text-muted">of about {demo.minutes} min</span>
        </p>
        <Button size="lg" onClick={restart}>
          Restart timer
        </Button>
        <p className="m-0" role="status">
          {audience
            ? `Audience window connected${audience.blank ? ' (blanked)' : ''}${audience.offScript ? ', off script' : ''}.`
            : 'No audience window connected: these buttons only move your notes.'}
        </p>
        {/* A plain link, not Next's: it opens (or reuses) the named window the audience view runs in. */}
        <a href={audienceUrl} target="shardlab-audience" className={buttonClasses({ variant: 'primary', size: 'lg' })}>
          Open the audience window
        </a>
      </div>
      <nav aria-label="Drive the audience view" className="flex flex-wrap gap-2">
        <Button size="lg" icon={ArrowLeft} onClick={() => send('previous')}>
          Previous
        </Button>
        <Button variant="primary" size="lg" onClick={() => send('next')}>
          {nextLabel}
          <InlineIcon icon={ArrowRight} />
        </Button>
        <Button size="lg" onClick={() => send('togglePlay')}>
          Play / pause
        </Button>
        <ToggleButton size="lg" pressed={audience?.blank ?? false} onClick={() => send('blank')}>
          Blank screen
        </ToggleButton>
        <Button size="lg" onClick={() => send('backToScript')} disabled={!audience?.offScript}>
          Back to script
        </Button>
      </nav>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="current-beat" className="space-y-3 rounded-lg border-2 border-accent p-4">
          <p className="m-0 text-sm font-semibold text-muted uppercase">
            Now: beat {beat + 1} of {demo.beats.length}
            {phase === 'holding' && ' · waiting for you to run it'}
            {phase === 'running' && ' · running'}
            {phase === 'done' && ' · done'}
          </p>
          <h2 id="current-beat" className="m-0 text-2xl font-bold">
            {current.title}
          </h2>
          <p className="m-0 text-lg">
            <span className="font-semibold">On screen:</span> {current.text}
          </p>
          <div>
            <h3 className="m-0 text-base font-semibold">Notes</h3>
            <p className="m-0 text-lg leading-relaxed whitespace-pre-line">{current.notes}</p>
          </div>
          {current.prediction && (
            <div>
              <p className="m-0 mb-1 text-sm text-muted">
                The class sees the question now and the answer after the run. You see it already:
              </p>
              <PredictionCard prediction={current.prediction} revealed size="small" />
            </div>
          )}
        </section>
        <div className="space-y-4">
          <section aria-labelledby="next-beat" className="rounded-lg border-2 border-border p-4">
            <p className="m-0 text-sm font-semibold text-muted uppercase">Next</p>
            <h2 id="next-beat" className="m-0 text-xl font-semibold">
              {next ? next.title : 'The end of the demo'}
            </h2>
            {next && <p className="m-0 mt-1">{next.text}</p>}
          </section>
          <nav aria-label="All beats" className="rounded-lg border-2 border-border p-4">
            <h2 className="mt-0 mb-2 text-base font-semibold">All beats</h2>
            <ol className="m-0 list-none space-y-1 p-0">
              {demo.beats.map((b, i) => (
                <li key={i}>
                  <Button
                    variant="ghost"
                    align="start"
                    fullWidth
                    onClick={() => send('goto', i)}
                    aria-current={i === beat ? 'step' : undefined}
                    className="aria-[current=step]:bg-accent aria-[current=step]:text-accent-fg"
                  >
                    {i + 1}. {b.title}
                  </Button>
                </li>
              ))}
            </ol>
          </nav>
        </div>
      </div>
    </main>
  );
}
