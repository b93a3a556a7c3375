import { DataTable, type Column } from '@/components/ui/DataTable';
import type { StreamCost } from '@/simulator/views/estimateCost';
import { formatQuantity, formatUnitPrice, formatUsd } from './formatCost';

const MODE_LABEL = { PROVISIONED: 'provisioned', ON_DEMAND: 'on-demand' } as const;

type Line = StreamCost['lines'][number];

const columns: Column<Line>[] = [
  {
    key: 'charge',
    header: 'Charge',
    cell: (line) => (
      <>
        {line.label}
        {line.basis ? <span className="mt-0.5 block text-xs text-muted">{line.basis}</span> : null}
      </>
    ),
  },
  {
    key: 'quantity',
    header: 'Quantity',
    align: 'end',
    className: 'whitespace-nowrap',
    cell: (line) => `${formatQuantity(line.quantity)} ${line.unit}`,
  },
  {
    key: 'price',
    header: 'Unit price',
    align: 'end',
    className: 'whitespace-nowrap',
    cell: (line) => `${formatUnitPrice(line.unitPrice)} per ${line.priceUnit}`,
  },
  {
    key: 'hour',
    header: 'Per hour',
    align: 'end',
    className: 'whitespace-nowrap',
    cell: (line) => formatUsd(line.perHour),
  },
  {
    key: 'month',
    header: 'Per month',
    align: 'end',
    className: 'whitespace-nowrap',
    cell: (line) => formatUsd(line.perMonth),
  },
];

/**
 * One stream's line items. The table keeps its columns on a 390 px phone and scrolls sideways inside a
 * focusable, labelled region, so keyboard and screen-reader users can reach and scroll it too.
 */
export function StreamCostTable({ cost }: { cost: StreamCost }) {
  return (
    <div className="mt-3">
      <DataTable
        caption={
          <>
            Stream {cost.stream} ({MODE_LABEL[cost.mode]})
          </>
        }
        minWidth="min-w-[36rem]"
        columns={columns}
        rows={cost.lines}
        rowKey={(line) => line.id}
        footer={
          <tr>
            <th scope="row" colSpan={3} className="px-3 py-1.5 text-left">
              Total for {cost.stream}
            </th>
            <td className="px-3 py-1.5 text-right tabular-nums whitespace-nowrap">{formatUsd(cost.perHour)}</td>
            <td className="px-3 py-1.5 text-right tabular-nums whitespace-nowrap">{formatUsd(cost.perMonth)}</td>
          </tr>
        }
      />
    </div>
  );
}
