import type { HTMLAttributes, ReactNode } from 'react';

/** One column of a `DataTable`: its header, and how a row fills its cell. */
export interface Column<R> {
  /** Stable React key of the column. */
  key: string;
  header: ReactNode;
  /** Class of the column's header cell (`num`, …). */
  headerClassName?: string;
  /** The header is read by screen readers only (an actions column, say). */
  headerHidden?: boolean;
  /** The cell is the row's header (`<th scope="row">`): the name a screen reader announces with each cell. */
  rowHeader?: boolean;
  /** Class of the column's cells (`num`, `nowrap`, …). */
  className?: string;
  cell: (row: R, index: number) => ReactNode;
}

/** A header row for tables whose body is not one line per item (grouped rows, totals). */
export function TableHead({
  headers,
}: {
  headers: readonly { key: string; header: ReactNode; headerHidden?: boolean; headerClassName?: string }[];
}) {
  return (
    <thead>
      <tr>
        {headers.map((h) => (
          <th key={h.key} scope="col" className={h.headerClassName}>
            {h.headerHidden ? <span className="visually-hidden">{h.header}</span> : h.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface DataTableProps<R> {
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** The table's class names (`table` unless told: `table table--rows`, …). */
  className?: string;
  /** Without the sideways-scrolling `.table-wrap` around it (a table already inside a scrolling box). */
  bare?: boolean;
  /** Attributes of the `<table>` (`data-testid`, …). */
  tableProps?: Record<`data-${string}`, string>;
  caption?: ReactNode;
  captionClassName?: string;
  /** Attributes of each row (`data-task-id`, an `aria-current`, …). */
  rowProps?: (row: R) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  /** Rows after the body's, such as totals. */
  footer?: ReactNode;
}

/**
 * The apps' one table: scrolls sideways inside `.table-wrap` on a narrow panel, headers are `<th scope>`, and a
 * column marked `rowHeader` names each row for screen readers.
 */
export function DataTable<R>({
  columns,
  rows,
  rowKey,
  className = 'table',
  bare,
  tableProps,
  caption,
  captionClassName,
  rowProps,
  footer,
}: DataTableProps<R>) {
  const table = (
    <table className={className} {...tableProps}>
      {caption ? <caption className={captionClassName}>{caption}</caption> : null}
      <TableHead headers={columns} />
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row" className={c.className}>
                  {c.cell(row, index)}
                </th>
              ) : (
                <td key={c.key} className={c.className}>
                  {c.cell(row, index)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
  return bare ? table : <div className="table-wrap">{table}</div>;
}
