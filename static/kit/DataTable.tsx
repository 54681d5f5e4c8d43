import { Fragment, type HTMLAttributes, type ReactNode } from 'react';

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
  /** Class of one row's cell, when it depends on the row (`text-danger` on a late one, say); instead of `className`. */
  cellClassName?: (row: R) => string | undefined;
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
  rowKey: (row: R, index: number) => string;
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
  /** A row drawn its own way (one being edited, say) instead of the columns' cells; `undefined` keeps the columns. */
  renderRow?: (row: R, index: number) => ReactNode;
  /** Full-width rows under a row's own (its details, its blockers). */
  rowAfter?: (row: R) => ReactNode;
  /**
   * The name of the scrolling box, read when the keyboard focuses it (a box that scrolls must be reachable by
   * keyboard): `labelledBy` names the id of the section's heading; without either, a text caption names it.
   */
  label?: string;
  labelledBy?: string;
}

type BodyProps<R> = Pick<DataTableProps<R>, 'columns' | 'rows' | 'rowKey' | 'rowProps' | 'renderRow' | 'rowAfter'>;

function TableBody<R>({ columns, rows, rowKey, rowProps, renderRow, rowAfter }: BodyProps<R>) {
  return (
    <tbody>
      {rows.map((row, index) => (
        <Fragment key={rowKey(row, index)}>
          {renderRow?.(row, index) ?? (
            <tr {...rowProps?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={c.cellClassName ? c.cellClassName(row) : c.className}>
                    {c.cell(row, index)}
                  </th>
                ) : (
                  <td key={c.key} className={c.cellClassName ? c.cellClassName(row) : c.className}>
                    {c.cell(row, index)}
                  </td>
                ),
              )}
            </tr>
          )}
          {rowAfter?.(row)}
        </Fragment>
      ))}
    </tbody>
  );
}

/** The sideways-scrolling box around a table: focusable and named, so that keyboard users can scroll it too. */
export function TableWrap({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }) {
  const named = label !== undefined || labelledBy !== undefined;
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role={named ? 'region' : undefined}
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
    >
      {children}
    </div>
  );
}

/**
 * The apps' one table: scrolls sideways inside `.table-wrap` on a narrow panel, headers are `<th scope>`, and a
 * column marked `rowHeader` names each row for screen readers.
 */
export function DataTable<R>({
  className = 'table',
  bare,
  tableProps,
  caption,
  captionClassName,
  footer,
  label,
  labelledBy,
  ...body
}: DataTableProps<R>) {
  const table = (
    <table className={className} {...tableProps}>
      {caption ? <caption className={captionClassName}>{caption}</caption> : null}
      <TableHead headers={body.columns} />
      <TableBody {...body} />
      {footer ? <tfoot>{footer}</tfoot> : null}
    </table>
  );
  if (bare) return table;
  return (
    <TableWrap label={label ?? (typeof caption === 'string' ? caption : undefined)} labelledBy={labelledBy}>
      {table}
    </TableWrap>
  );
}
