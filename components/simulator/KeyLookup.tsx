'use client';

import { useId, useState } from 'react';
import { shardId } from '@/simulator/engine/ids';
import { partitionKeyProblem, routeKey } from '@/simulator/views/hashRing';
import { useSimulation, useSimValue } from './useSimulation';

export interface KeyLookupProps {
  stream: string;
  /** Called as the learner types: the key when it is valid, null when it is not (to place it on the ring). */
  onKeyChange?: (partitionKey: string | null) => void;
}

/**
 * "Where does this key go?": the partition key's MD5, the 128-bit hash key it becomes, and the open
 * shard of the stream whose range holds it (fact 9).
 */
export function KeyLookup({ stream, onKeyChange }: KeyLookupProps) {
  const id = useId();
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const state = useSimulation((s) => s.sim.streams[stream]);
  // Routing changes only when the set of open shards does (a split or merge).
  useSimValue((sim) =>
    sim.streams[stream]?.shards
      .filter((s) => s.closedAt === null)
      .map((s) => shardId(s.index))
      .join(','),
  );

  if (!state)
    return <p className="text-sm text-muted">The stream {stream} no longer exists, so no key routes to it.</p>;

  const problem = partitionKeyProblem(value);
  const route = problem === null ? routeKey(state, value) : null;
  const showProblem = problem !== null && touched;

  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        Partition key
      </label>
      <input
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint${showProblem ? ` ${id}-error` : ''}`}
        aria-invalid={showProblem || undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setTouched(true);
          onKeyChange?.(partitionKeyProblem(e.target.value) === null ? e.target.value : null);
        }}
        className="mt-0.5 block min-h-10 w-full rounded-md border border-border bg-bg px-2 font-mono text-sm aria-[invalid=true]:border-pitfall"
      />
      <p id={`${id}-hint`} className="m-0 text-xs text-muted">
        1–256 characters. Kinesis takes its MD5 as a 128-bit number and sends the record to the open shard whose hash
        key range holds it.
      </p>
      {showProblem && (
        <p id={`${id}-error`} className="m-0 text-xs font-semibold text-pitfall">
          {problem}
        </p>
      )}
      <p role="status" className="mt-2 mb-0 text-sm">
        {route && (
          <>
            <span className="break-all">“{route.partitionKey}”</span> goes to{' '}
            <strong className="font-mono">{route.shardId}</strong>.
          </>
        )}
      </p>
      {route && (
        <dl className="mt-1 mb-0 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 text-xs">
          <dt className="text-muted">MD5 (hex)</dt>
          <dd className="m-0 font-mono break-all">{route.md5Hex}</dd>
          <dt className="text-muted">Hash key</dt>
          <dd className="m-0 font-mono break-all">{route.hash.toString()}</dd>
          <dt className="text-muted">On the ring</dt>
          <dd className="m-0">{(route.fraction * 100).toFixed(1)}% of the way round from 0</dd>
        </dl>
      )}
    </div>
  );
}
