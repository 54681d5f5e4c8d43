import { useState } from 'react';
import { DataTable, type Column } from '../../kit/DataTable';
import { EditRow, type RowEdit } from './EditRow';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { PlanSection } from './PlanSection';
import { RowActions } from './RowActions';
import { groupRows } from './timeline-layout';
import type { PersonOption, PlanRow, PlanWarning } from './types';

export type { RowEdit } from './EditRow';

interface Props {
  t: Strings;
  f: Formatters;
  rows: PlanRow[];
  people: PersonOption[];
  /** The people the assignee picker offers (those who may be given work in the project); `people` when absent. */
  offered?: PersonOption[];
  warningsByRow: Map<string, PlanWarning[]>;
  removed: { rowId: string; summary: string }[];
  busy: boolean;
  onEdit: (rowId: string, edit: RowEdit) => void;
  onRemove: (row: PlanRow) => void;
  onRestore: (rowId: string) => void;
}

type ColumnProps = Pick<Props, 't' | 'f' | 'rows' | 'people' | 'warningsByRow' | 'busy' | 'onRemove'> & {
  startEdit: (rowId: string) => void;
};

function Summary({ t, row, warnings }: { t: Strings; row: PlanRow; warnings: PlanWarning[] }) {
  return (
    <>
      {row.kind === 'milestone' && <span className="diamond" aria-label={t.milestone} role="img" />}
      <span>{row.summary}</span>
      {warnings.map((w, i) => (
        <span key={i} className="lozenge lozenge--warning row__warning" title={w.message}>
          {t.warningKinds[w.kind]}
        </span>
      ))}
    </>
  );
}

function Dependencies({ t, row, summaryOf }: { t: Strings; row: PlanRow; summaryOf: Map<string, string> }) {
  if (row.dependsOn.length === 0) return <span className="muted">{t.none}</span>;
  return (
    <ul className="deps">
      {row.dependsOn.map((d) => (
        <li key={d.rowId}>
          {summaryOf.get(d.rowId) ?? d.rowId}
          {d.lagBusinessDays > 0 && <span className="muted"> {t.lag(d.lagBusinessDays)}</span>}
        </li>
      ))}
    </ul>
  );
}

function rowColumns({ t, f, rows, people, warningsByRow, busy, onRemove, startEdit }: ColumnProps): Column<PlanRow>[] {
  const nameOf = new Map(people.map((p) => [p.accountId, p.displayName]));
  const summaryOf = new Map(rows.map((r) => [r.rowId, r.summary]));
  const muted = (text: string) => <span className="muted">{text}</span>;
  return [
    {
      key: 'summary',
      header: t.colSummary,
      rowHeader: true,
      className: 'row__summary',
      cell: (row) => <Summary t={t} row={row} warnings={warningsByRow.get(row.rowId) ?? []} />,
    },
    { key: 'role', header: t.colRole, cell: (row) => t.roleNames[row.ownerRole] },
    {
      key: 'assignee',
      header: t.colAssignee,
      cell: (row) => (row.assigneeAccountId ? (nameOf.get(row.assigneeAccountId) ?? row.assigneeAccountId) : muted(t.unassigned)),
    },
    { key: 'start', header: t.colStart, className: 'nowrap', cell: (row) => f.date(row.startDate) },
    { key: 'due', header: t.colDue, className: 'nowrap', cell: (row) => f.date(row.dueDate) },
    {
      key: 'cost',
      header: t.colCost,
      headerClassName: 'num',
      className: 'num nowrap',
      cell: (row) => (row.plannedCost !== undefined ? f.money(row.plannedCost) : muted(t.none)),
    },
    { key: 'deps', header: t.colDeps, cell: (row) => <Dependencies t={t} row={row} summaryOf={summaryOf} /> },
    {
      key: 'actions',
      header: t.colActions,
      headerHidden: true,
      className: 'row__actions',
      cell: (row) => <RowActions t={t} row={row} busy={busy} onEdit={() => startEdit(row.rowId)} onRemove={() => onRemove(row)} />,
    },
  ];
}

function RemovedRows({ t, removed, busy, onRestore }: Pick<Props, 't' | 'removed' | 'busy' | 'onRestore'>) {
  if (removed.length === 0) return null;
  return (
    <details className="removed">
      <summary>{t.removedRows(removed.length)}</summary>
      <ul>
        {removed.map((r) => (
          <li key={r.rowId}>
            {r.summary}{' '}
            <button type="button" className="button button--subtle button--small" disabled={busy} onClick={() => onRestore(r.rowId)}>
              {t.restore}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function RowsTable({ onEdit, removed, onRestore, offered, ...props }: Props) {
  const { t, people, rows, warningsByRow } = props;
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const editRow = (row: PlanRow) => (
    <EditRow
      t={t}
      row={row}
      people={offered ?? people}
      onCancel={() => setEditing(undefined)}
      onApply={(edit) => {
        setEditing(undefined);
        onEdit(row.rowId, edit);
      }}
    />
  );
  return (
    <PlanSection id="rows" title={t.milestonesAndTasks}>
      <DataTable
        labelledBy="rows-heading"
        className="table table--rows"
        tableProps={{ 'data-testid': 'rows-table' }}
        columns={rowColumns({ ...props, startEdit: setEditing })}
        rows={groupRows(rows)}
        rowKey={(row) => row.rowId}
        renderRow={(row) => (editing === row.rowId ? editRow(row) : undefined)}
        rowProps={(row) => ({
          className: `row row--${row.kind}${warningsByRow.has(row.rowId) ? ' row--warned' : ''}`,
          'data-row-id': row.rowId,
        })}
      />
      <RemovedRows t={t} removed={removed} busy={props.busy} onRestore={onRestore} />
    </PlanSection>
  );
}
