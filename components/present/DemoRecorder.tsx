'use client';

import { Circle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { InlineIcon } from '@/components/ui/InlineIcon';
import { recordingToDemo, addBeat, capture, newCommands, startRecording, type Recording } from '@/lib/demos/recordDemo';
import type { Demo } from '@/lib/demos/demoSchema';
import type { Session } from '@/components/simulator/createSession';
import { DemoEditor } from './DemoEditor';

/**
 * "Record a demo" in the playground: captures the scenario and everything done from here on (settings,
 * API calls, time passing), a beat per "Add beat" press, then opens the editor for the beats' words.
 */
export function DemoRecorder({ session }: { session: Session }) {
  const [recording, setRecording] = useState<Recording | null>(null);
  const [draft, setDraft] = useState<Demo | null>(null);
  const seen = useRef(session.store.getState().log);

  useEffect(() => {
    if (!recording) return;
    return session.store.subscribe((state) => {
      if (state.log === seen.current) return;
      const added = newCommands(seen.current, state.log);
      seen.current = state.log;
      setRecording((r) => (r ? capture(r, added, state.clock.speed) : r));
    });
  }, [recording !== null, session.store]); // eslint-disable-line react-hooks/exhaustive-deps

  if (draft) return <DemoEditor demo={draft} onChange={setDraft} onClose={() => setDraft(null)} />;
  if (!recording)
    return (
      <Button
        onClick={() => {
          const state = session.store.getState();
          seen.current = state.log;
          setRecording(startRecording(session.scenarioId, session.seed, session.start, state.log, state.clock.speed));
        }}
      >
        <RecordDot />
        Record a demo
      </Button>
    );
  const steps = recording.beats.at(-1)!.length;
  return (
    <div
      role="group"
      aria-label="Demo recorder"
      className="flex flex-wrap items-center gap-2 rounded-md border-2 border-pitfall px-2 py-1"
    >
      <p className="m-0 text-sm font-semibold" role="status">
        <RecordDot /> Recording beat {recording.beats.length}
        {steps > 0 ? ` (${steps} step${steps === 1 ? '' : 's'})` : ''}
      </p>
      <Button onClick={() => setRecording(addBeat(recording))}>Add beat</Button>
      <Button
        variant="primary"
        onClick={() => {
          session.store.getState().pause();
          setDraft(recordingToDemo(recording, `${session.scenario.title}, live`));
          setRecording(null);
        }}
      >
        Stop and edit
      </Button>
    </div>
  );
}

/** The red dot of a recorder, filled, as on a camera. */
function RecordDot() {
  return <InlineIcon icon={Circle} className="fill-current text-pitfall" />;
}
