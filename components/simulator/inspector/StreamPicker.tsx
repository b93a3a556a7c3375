'use client';

import { connect, disconnect } from '@/simulator/runtime/canvasActions';
import { useEditor, useSimValue } from '../useSimulation';
import { Field, inputClass } from './Field';

/** Connecting without a mouse: choose the stream a producer writes to or a consumer reads. */
export function StreamPicker({
  node,
  current,
  label,
  onMessage,
}: {
  node: string;
  current: string | null;
  label: string;
  onMessage: (m: string) => void;
}) {
  const editor = useEditor();
  const streams = useSimValue((sim) => Object.keys(sim.streams));
  const choose = (stream: string) => {
    const result = stream === '' ? disconnect(editor, node) : connect(editor, node, `stream:${stream}`);
    onMessage(result.ok ? (stream ? `Connected to ${stream}.` : 'Disconnected.') : result.error);
  };
  return (
    <Field label={label} hint={streams.length === 0 ? 'Add a data stream first.' : undefined}>
      {(p) => (
        <select {...p} value={current ?? ''} onChange={(e) => choose(e.target.value)} className={inputClass}>
          <option value="">— not connected —</option>
          {streams.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
