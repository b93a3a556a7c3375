'use client';

import { useState } from 'react';
import { formatDuration } from '@/simulator/views/format';
import { formatBytes, s3ObjectPage } from '@/simulator/views/firehoseSummary';
import { useSimulationHandle } from './SimulationContext';
import { TableRegion } from './TableRegion';
import { useSimFrame } from './useSimulation';

/** Rows per page: the engine keeps a bucket's newest 200 objects, so at most 10 pages. */
export const S3_BROWSER_PAGE_SIZE = 20;

const utc = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

/**
 * The objects Firehose delivered to one bucket, newest first: key, size, record count, delivery time,
 * how long the data waited, and the contents of records put through the API. Totals are exact; the
 * list holds the newest 200.
 */
export function S3Browser({ bucket }: { bucket: string }) {
  const { store } = useSimulationHandle();
  useSimFrame();
  const [page, setPage] = useState(0);
  const { rows, kept, total } = s3ObjectPage(store.getState().sim, bucket, page, S3_BROWSER_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(kept / S3_BROWSER_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  return (
    <section aria-label={`Objects in s3://${bucket}`}>
      <TableRegion
        minWidth="min-w-[44rem]"
        caption={
          <>
            s3://{bucket}: {total.toLocaleString('en-US')} objects
            {total > kept ? ` (the newest ${kept} listed)` : ''}, page {current + 1} of {pages}
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Size</th>
            <th scope="col">Records</th>
            <th scope="col">Delivered (UTC)</th>
            <th scope="col">Waited</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5} className="text-muted">
                No objects yet: Firehose delivers when the buffer reaches its size or interval hint.
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="font-mono text-xs font-normal break-all">
                {row.contents.length > 0 ? (
                  <details>
                    <summary className="cursor-pointer">{row.key}</summary>
                    <pre className="mt-1 max-h-40 overflow-auto text-xs whitespace-pre-wrap">
                      {row.contents.join('')}
                    </pre>
                    {row.contents.length < row.records && (
                      <p className="m-0 font-sans text-xs text-muted">
                        {row.records - row.contents.length} synthetic records are counted, not stored.
                      </p>
                    )}
                  </details>
                ) : (
                  row.key
                )}
                {row.errorOutputType && (
                  <span className="block font-sans text-xs font-semibold text-pitfall">
                    error output: {row.errorOutputType}
                  </span>
                )}
              </th>
              <td className="whitespace-nowrap">{formatBytes(row.size)}</td>
              <td>{row.records.toLocaleString('en-US')}</td>
              <td className="whitespace-nowrap">{utc(row.createdAt)}</td>
              <td className="whitespace-nowrap">{formatDuration(row.waitedMs)}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <nav aria-label={`Pages of s3://${bucket}`} className="mt-2 flex gap-2">
        <button
          type="button"
          className="min-h-11 rounded-md border border-border px-3"
          disabled={current === 0}
          onClick={() => setPage(current - 1)}
        >
          Newer
        </button>
        <button
          type="button"
          className="min-h-11 rounded-md border border-border px-3"
          disabled={current >= pages - 1}
          onClick={() => setPage(current + 1)}
        >
          Older
        </button>
      </nav>
    </section>
  );
}
