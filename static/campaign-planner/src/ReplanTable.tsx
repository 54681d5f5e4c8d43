import { DataTable, type Column } from '../../kit/DataTable';
import { daysBetween, type Formatters } from './format';
import type { Strings } from './i18n';
import { IssueLink } from '../../kit/issue-link';
import type { DateChange } from './types';

/** The old date struck through, an arrow, the new date; done work keeps its date. */
function Dates({ t, f, c }: { t: Strings; f: Formatters; c: DateChange }) {
  if (c.done)
    return (
      <>
        <time dateTime={c.from}>{f.date(c.from)}</time> <span className="lozenge lozenge--success">{t.doneKeeps}</span>
      </>
    );
  return (
    <>
      <time dateTime={c.from} className="date--from">
        {f.date(c.from)}
      </time>
      <span className="date__arrow" aria-hidden="true">
        →
      </span>
      <span className="visually-hidden"> {t.movesTo} </span>
      <time dateTime={c.to} className="date--to">
        {f.date(c.to)}
      </time>
    </>
  );
}

function changeColumns(t: Strings, f: Formatters): Column<DateChange>[] {
  return [
    { key: 'issue', header: t.colIssue, className: 'nowrap', cell: (c) => <IssueLink issueKey={c.issueKey} /> },
    { key: 'summary', header: t.colSummary, rowHeader: true, className: 'row__summary', cell: (c) => c.summary },
    { key: 'dates', header: t.colDates, className: 'nowrap', cell: (c) => <Dates t={t} f={f} c={c} /> },
    {
      key: 'shift',
      header: t.colShift,
      headerClassName: 'num',
      className: 'num nowrap muted',
      cell: (c) => (c.done ? t.none : f.dayShift(daysBetween(c.from, c.to))),
    },
  ];
}

/** One line per issue whose due date changes; done work is listed too, marked as keeping its date. */
export function ReplanTable({ t, f, changes, label }: { t: Strings; f: Formatters; changes: DateChange[]; label: string }) {
  return (
    <DataTable
      label={label}
      tableProps={{ 'data-testid': 'replan-changes' }}
      columns={changeColumns(t, f)}
      rows={changes}
      rowKey={(c) => c.issueKey}
      rowProps={(c) => ({ className: c.done ? 'row--done' : undefined })}
    />
  );
}
