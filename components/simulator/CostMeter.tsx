'use client';

import { useId, useMemo } from 'react';
import { HOURS_PER_MONTH, priceUsage } from '@/simulator/views/estimateCost';
import type { PriceTable } from '@/simulator/views/priceTableSchema';
import { formatDay, formatUsd } from './cost/formatCost';
import { StreamCostTable } from './cost/StreamCostTable';
import { usageFromKey, usageKey } from './cost/usageKey';
import { useSimValue } from './useSimulation';

const LEFT_OUT =
  'Not included: the AWS Free Tier, data transfer, KMS requests for encrypted streams, CloudWatch charges for enhanced (shard-level) monitoring, reads of data older than 7 days, and the DynamoDB tables and compute your consumers run on.';

/**
 * What the simulated configuration would cost at its current traffic, from a dated example price table.
 * Traffic is averaged over the last simulated minute and rounded, so the meter settles instead of
 * redrawing every frame.
 */
export function CostMeter({ prices }: { prices: PriceTable }) {
  const headingId = useId();
  const key = useSimValue(usageKey);
  const estimate = useMemo(() => priceUsage(usageFromKey(key), prices), [key, prices]);
  const unpriced = estimate.streams.flatMap((s) => s.unpriced.map((label) => `${label} (${s.stream})`));

  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-border bg-surface p-4 text-fg">
      <h3 id={headingId} className="text-lg font-semibold">
        Cost meter
      </h3>
      <p className="mt-1 text-sm text-muted">
        Example {prices.region} prices, <time dateTime={prices.retrieved}>{formatDay(prices.retrieved)}</time>, from{' '}
        <a href={prices.source} className="text-accent underline underline-offset-2">
          {prices.sourceTitle}
        </a>
        .
      </p>

      <dl className="mt-3 grid grid-cols-2 gap-3">
        <div className="rounded-md border border-border bg-bg p-3">
          <dt className="text-sm text-muted">Per hour</dt>
          <dd className="text-2xl font-semibold tabular-nums">{formatUsd(estimate.perHour)}</dd>
        </div>
        <div className="rounded-md border border-border bg-bg p-3">
          <dt className="text-sm text-muted">Per month ({HOURS_PER_MONTH} h)</dt>
          <dd className="text-2xl font-semibold tabular-nums">{formatUsd(estimate.perMonth)}</dd>
        </div>
      </dl>

      {estimate.streams.length === 0 ? (
        <p className="mt-3 text-sm">No streams yet. Create one to see what it would cost.</p>
      ) : (
        estimate.streams.map((cost) => <StreamCostTable key={cost.stream} cost={cost} />)
      )}

      {unpriced.length > 0 ? (
        <p className="mt-3 text-sm">
          Not priced, because the price table has no figure for them: {unpriced.join('; ')}.
        </p>
      ) : null}
      <p className="mt-3 text-xs text-muted">{LEFT_OUT}</p>
      <p className="mt-1 text-xs text-muted">{prices.note}</p>
    </section>
  );
}
