import { useId, type ReactNode } from 'react';

export interface Column<Row> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers line up on the right, in tabular figures. */
  align?: 'start' | 'end';
  /** The cell that names the row (a `<th scope="row">`): the first column unless another is marked. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  /** The caption is for assistive technology only (a heading nearby already says what the table is). */
  captionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Extra classes for a row, e.g. to mark a throttling shard (always paired with words in a cell). */
  rowClassName?: (row: Row) => string;
  /** Shown instead of an empty body. */
  empty?: ReactNode;
  dense?: boolean;
  /** A minimum width: wider than the screen, the table scrolls inside its own focusable region. */
  minWidth?: string;
  footer?: ReactNode;
}

/**
 * The site's data table: a caption, column headers, row headers, numbers aligned, and a focusable
 * region that scrolls sideways on a narrow screen so the page itself never does.
 * @example <DataTable caption="Shards" columns={columns} rows={rows} rowKey={(r) => r.shardId} />
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  rowClassName,
  empty,
  dense = false,
  minWidth = '',
  footer,
}: DataTableProps<Row>) {
  const captionId = useId();
  const headerIndex = Math.max(
    0,
    columns.findIndex((c) => c.rowHeader),
  );
  const pad = dense ? 'px-2 py-1' : 'px-3 py-1.5';
  const align = (c: Column<Row>) => (c.align === 'end' ? 'text-right tabular-nums' : 'text-left');
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="table-scroll max-w-full overflow-x-auto rounded-md border border-border"
    >
      <table className={`w-full border-collapse text-sm ${minWidth}`}>
        <caption
          id={captionId}
          className={captionHidden ? 'sr-only' : 'px-3 py-2 text-left text-sm font-semibold text-fg'}
        >
          {caption}
        </caption>
        <thead className="bg-surface">
          <tr className="border-b border-border">
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`${pad} align-bottom font-semibold ${align(c)} ${c.className ?? ''}`}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && empty !== undefined ? (
            <tr>
              <td colSpan={columns.length} className={`${pad} text-muted`}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr
                key={rowKey(row)}
                className={`border-b border-border/60 last:border-b-0 ${rowClassName?.(row) ?? ''}`}
              >
                {columns.map((c, i) =>
                  i === headerIndex ? (
                    <th key={c.key} scope="row" className={`${pad} font-normal ${align(c)} ${c.className ?? ''}`}>
                      {c.cell(row)}
                    </th>
                  ) : (
                    <td key={c.key} className={`${pad} ${align(c)} ${c.className ?? ''}`}>
                      {c.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
        {footer && <tfoot className="border-t-2 border-border font-semibold">{footer}</tfoot>}
      </table>
    </div>
  );
}
