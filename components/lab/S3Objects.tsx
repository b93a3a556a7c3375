'use client';

import { useId, useState } from 'react';
import { S3Browser } from '@/components/simulator/S3Browser';
import { useSimValue } from '@/components/simulator/useSimulation';

/** The simulated account's S3 buckets (those Firehose delivers to), one at a time. */
export function S3Objects() {
  const buckets = useSimValue((sim) => Object.keys(sim.firehose?.buckets ?? {}).sort());
  const [chosen, setChosen] = useState('');
  const id = useId();
  const bucket = buckets.includes(chosen) ? chosen : (buckets[0] ?? '');
  if (!bucket)
    return <p className="m-0 text-sm text-muted">No buckets yet. A Firehose stream’s S3 destination appears here.</p>;
  return (
    <div className="space-y-2">
      {buckets.length > 1 && (
        <label htmlFor={`${id}-bucket`} className="block text-sm font-semibold">
          Bucket{' '}
          <select
            id={`${id}-bucket`}
            value={bucket}
            onChange={(e) => setChosen(e.target.value)}
            className="ml-2 min-h-10 rounded-md border border-border bg-bg px-2"
          >
            {buckets.map((b) => (
              <option key={b}>{b}</option>
            ))}
          </select>
        </label>
      )}
      <S3Browser key={bucket} bucket={bucket} />
    </div>
  );
}
