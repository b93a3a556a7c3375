import type { StreamCost } from '@/simulator/views/estimateCost';
import { formatQuantity, formatUnitPrice, formatUsd } from './formatCost';

const MODE_LABEL = { PROVISIONED: 'provisioned', ON_DEMAND: 'on-demand' } as const;

const cell = 'px-3 py-2 text-right tabular-nums whitespace-nowrap';
const colHeader = 'px-3 py-2 font-semibold';

/**
 * One stream's line items. The table keeps its columns on a 390 px phone and scrolls sideways inside a
 * focusable, labelled region, so keyboard and screen-reader users can reach and scroll it too.
 */
export function StreamCostTable({ cost }: { cost: StreamCost }) {
  const mode = MODE_LABEL[cost.mode];
  return (
    <div
      role="region"
      aria-label={`Cost breakdown for stream ${cost.stream} (scrolls sideways)`}
      tabIndex={0}
      className="mt-3 overflow-x-auto rounded-md border border-border bg-bg"
    >
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="px-3 pt-2 text-left font-semibold">
          Stream {cost.stream} ({mode})
        </caption>
        <thead>
          <tr className="border-b border-border text-muted">
            <th scope="col" className={`${colHeader} text-left`}>
              Charge
            </th>
            <th scope="col" className={`${colHeader} text-right`}>
              Quantity
            </th>
            <th scope="col" className={`${colHeader} text-right`}>
              Unit price
            </th>
            <th scope="col" className={`${colHeader} text-right`}>
              Per hour
            </th>
            <th scope="col" className={`${colHeader} text-right`}>
              Per month
            </th>
          </tr>
        </thead>
        <tbody>
          {cost.lines.map((line) => (
            <tr key={line.id} className="border-b border-border align-top">
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {line.label}
                {line.basis ? <span className="mt-0.5 block text-xs text-muted">{line.basis}</span> : null}
              </th>
              <td className={cell}>
                {formatQuantity(line.quantity)} {line.unit}
              </td>
              <td className={cell}>
                {formatUnitPrice(line.unitPrice)} per {line.priceUnit}
              </td>
              <td className={cell}>{formatUsd(line.perHour)}</td>
              <td className={cell}>{formatUsd(line.perMonth)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" colSpan={3} className="px-3 py-2 text-left">
              Total for {cost.stream}
            </th>
            <td className={cell}>{formatUsd(cost.perHour)}</td>
            <td className={cell}>{formatUsd(cost.perMonth)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
