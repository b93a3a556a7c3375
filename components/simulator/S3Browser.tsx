'use client';

import { useState } from 'react';
import { formatDuration } from '@/simulator/views/format';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/Button';
import { DataTable, type Column } from '@/components/ui/DataTable';
import { formatBytes, s3ObjectPage, type S3ObjectRow } from '@/simulator/views/firehoseSummary';
import { useSimulationHandle } from './SimulationContext';
import { useSimFrame } from './useSimulation';

/** Rows per page: the engine keeps a bucket's newest 200 objects, so at most 10 pages. */
export const S3_BROWSER_PAGE_SIZE = 20;

const utc = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

const columns: Column<S3ObjectRow>[] = [
  {
    key: 'key',
    header: 'Key',
    className: 'font-mono text-xs break-all',
    cell: (row) => (
      <>
        {row.contents.length > 0 ? (
          <details>
            <summary className="cursor-pointer">{row.key}</summary>
            <pre className="mt-1 max-h-40 overflow-auto text-xs whitespace-pre-wrap">{row.contents.join('')}</pre>
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
      </>
    ),
  },
  { key: 'size', header: 'Size', align: 'end', className: 'whitespace-nowrap', cell: (row) => formatBytes(row.size) },
  { key: 'records', header: 'Records', align: 'end', cell: (row) => row.records.toLocaleString('en-US') },
  { key: 'delivered', header: 'Delivered (UTC)', className: 'whitespace-nowrap', cell: (row) => utc(row.createdAt) },
  { key: 'waited', header: 'Waited', className: 'whitespace-nowrap', cell: (row) => formatDuration(row.waitedMs) },
];

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
      <DataTable
        minWidth="min-w-[44rem]"
        caption={
          <>
            s3://{bucket}: {total.toLocaleString('en-US')} objects
            {total > kept ? ` (the newest ${kept} listed)` : ''}, page {current + 1} of {pages}
          </>
        }
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        empty="No objects yet: Firehose delivers when the buffer reaches its size or interval hint."
      />
      <nav aria-label={`Pages of s3://${bucket}`} className="mt-2 flex gap-2">
        <Button icon={ChevronLeft} disabled={current === 0} onClick={() => setPage(current - 1)}>
          Newer
        </Button>
        <Button icon={ChevronRight} disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          Older
        </Button>
      </nav>
    </section>
  );
}
