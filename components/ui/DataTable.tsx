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
  /** The column headers are for assistive technology only (a log reads as lines, not as a grid). */
  headersHidden?: boolean;
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
  /**
   * False when the table sits in a container that already scrolls and takes focus (a log), so the
   * keyboard meets one stop there instead of two nested ones.
   */
  scrollRegion?: boolean;
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
  headersHidden = false,
  rows,
  rowKey,
  rowClassName,
  empty,
  dense = false,
  minWidth = '',
  footer,
  scrollRegion = true,
}: DataTableProps<Row>) {
  const captionId = useId();
  const headerIndex = Math.max(
    0,
    columns.findIndex((c) => c.rowHeader),
  );
  // Column headers break between words, never inside one, though the page lets long API names break anywhere.
  const header = 'align-bottom font-semibold wrap-normal';
  const pad = dense ? 'px-2 py-1' : 'px-3 py-1.5';
  const align = (c: Column<Row>) => (c.align === 'end' ? 'text-right tabular-nums' : 'text-left');
  const table = (
    <table className={`w-full border-collapse text-sm ${minWidth}`}>
      <caption
        id={captionId}
        className={captionHidden ? 'sr-only' : 'px-3 py-2 text-left text-sm font-semibold text-fg'}
      >
        {caption}
      </caption>
      <thead className={headersHidden ? 'sr-only' : 'bg-surface'}>
        <tr className="border-b border-border">
          {columns.map((c) => (
            <th key={c.key} scope="col" className={`${pad} ${header} ${align(c)} ${c.className ?? ''}`}>
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
            <tr key={rowKey(row)} className={`border-b border-border/60 last:border-b-0 ${rowClassName?.(row) ?? ''}`}>
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
  );
  if (!scrollRegion) return table;
  // Not the global .table-scroll class: its unlayered cell rules would override the alignment and padding above.
  // Relative, so screen-reader-only text in a cell (absolutely positioned) scrolls with the table instead of
  // widening the page.
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto rounded-md border border-border"
    >
      {table}
    </div>
  );
}
