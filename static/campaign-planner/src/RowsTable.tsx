import { PeopleOptions } from '../../kit/people';
import { useState } from 'react';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { groupRows } from './timeline-layout';
import type { PersonOption, PlanRow, PlanWarning } from './types';

export interface RowEdit {
  summary?: string;
  dueDate?: string;
  assigneeAccountId?: string | null;
}

interface Props {
  t: Strings;
  f: Formatters;
  rows: PlanRow[];
  people: PersonOption[];
  warningsByRow: Map<string, PlanWarning[]>;
  removed: { rowId: string; summary: string }[];
  busy: boolean;
  onEdit: (rowId: string, edit: RowEdit) => void;
  onRemove: (row: PlanRow) => void;
  onRestore: (rowId: string) => void;
}

export function RowsTable({ t, f, rows, people, warningsByRow, removed, busy, onEdit, onRemove, onRestore }: Props) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const nameOf = new Map(people.map((p) => [p.accountId, p.displayName]));
  const summaryOf = new Map(rows.map((r) => [r.rowId, r.summary]));
  return (
    <section aria-labelledby="rows-heading" className="section">
      <h3 id="rows-heading" className="section__title">
        {t.milestonesAndTasks}
      </h3>
      <div className="table-wrap">
        <table className="table table--rows" data-testid="rows-table">
          <thead>
            <tr>
              <th scope="col">{t.colSummary}</th>
              <th scope="col">{t.colRole}</th>
              <th scope="col">{t.colAssignee}</th>
              <th scope="col">{t.colStart}</th>
              <th scope="col">{t.colDue}</th>
              <th scope="col" className="num">
                {t.colCost}
              </th>
              <th scope="col">{t.colDeps}</th>
              <th scope="col">
                <span className="visually-hidden">{t.colActions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {groupRows(rows).map((row) =>
              editing === row.rowId ? (
                <EditRow
                  key={row.rowId}
                  t={t}
                  row={row}
                  people={people}
                  onCancel={() => setEditing(undefined)}
                  onApply={(edit) => {
                    setEditing(undefined);
                    onEdit(row.rowId, edit);
                  }}
                />
              ) : (
                <tr
                  key={row.rowId}
                  className={`row row--${row.kind}${warningsByRow.has(row.rowId) ? ' row--warned' : ''}`}
                  data-row-id={row.rowId}
                >
                  <th scope="row" className="row__summary">
                    {row.kind === 'milestone' && <span className="diamond" aria-label={t.milestone} role="img" />}
                    <span>{row.summary}</span>
                    {(warningsByRow.get(row.rowId) ?? []).map((w, i) => (
                      <span key={i} className="lozenge lozenge--warning row__warning" title={w.message}>
                        {t.warningKinds[w.kind]}
                      </span>
                    ))}
                  </th>
                  <td>{t.roleNames[row.ownerRole]}</td>
                  <td>
                    {row.assigneeAccountId ? (
                      (nameOf.get(row.assigneeAccountId) ?? row.assigneeAccountId)
                    ) : (
                      <span className="muted">{t.unassigned}</span>
                    )}
                  </td>
                  <td className="nowrap">{f.date(row.startDate)}</td>
                  <td className="nowrap">{f.date(row.dueDate)}</td>
                  <td className="num nowrap">
                    {row.plannedCost !== undefined ? f.money(row.plannedCost) : <span className="muted">{t.none}</span>}
                  </td>
                  <td>
                    {row.dependsOn.length === 0 ? (
                      <span className="muted">{t.none}</span>
                    ) : (
                      <ul className="deps">
                        {row.dependsOn.map((d) => (
                          <li key={d.rowId}>
                            {summaryOf.get(d.rowId) ?? d.rowId}
                            {d.lagBusinessDays > 0 && <span className="muted"> {t.lag(d.lagBusinessDays)}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="row__actions">
                    <button
                      type="button"
                      className="icon-button"
                      disabled={busy}
                      aria-label={t.editRow(row.summary)}
                      title={t.edit}
                      onClick={() => setEditing(row.rowId)}
                    >
                      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                        <path d="M10.5 2.5l3 3L6 13H3v-3z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
                      </svg>
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      disabled={busy}
                      aria-label={t.removeRow(row.summary)}
                      title={t.remove}
                      onClick={() => onRemove(row)}
                    >
                      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                        <path
                          d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
                          fill="none"
                          stroke="currentColor"
                          strokeWidth="1.5"
                          strokeLinejoin="round"
                        />
                      </svg>
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {removed.length > 0 && (
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
      )}
    </section>
  );
}

function EditRow({
  t,
  row,
  people,
  onApply,
  onCancel,
}: {
  t: Strings;
  row: PlanRow;
  people: PersonOption[];
  onApply: (edit: RowEdit) => void;
  onCancel: () => void;
}) {
  const [summary, setSummary] = useState(row.summary);
  const [dueDate, setDueDate] = useState(row.dueDate);
  const [assignee, setAssignee] = useState(row.assigneeAccountId ?? '');
  const apply = (): void => {
    const edit: RowEdit = {};
    if (summary.trim() && summary.trim() !== row.summary) edit.summary = summary.trim();
    if (dueDate && dueDate !== row.dueDate) edit.dueDate = dueDate;
    if (assignee !== (row.assigneeAccountId ?? '')) edit.assigneeAccountId = assignee || null;
    onApply(edit);
  };
  const id = `edit-${row.rowId}`;
  return (
    <tr className="row row--editing" data-row-id={row.rowId} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <th scope="row">
        <label className="visually-hidden" htmlFor={`${id}-summary`}>
          {t.colSummary}
        </label>
        <input
          id={`${id}-summary`}
          className="input"
          autoFocus
          value={summary}
          maxLength={255}
          onChange={(e) => setSummary(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && apply()}
        />
      </th>
      <td>{t.roleNames[row.ownerRole]}</td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-assignee`}>
          {t.colAssignee}
        </label>
        <select id={`${id}-assignee`} className="input" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">{t.unassigned}</option>
          <PeopleOptions people={people} />
        </select>
      </td>
      <td />
      <td>
        <label className="visually-hidden" htmlFor={`${id}-due`}>
          {t.colDue}
        </label>
        <input id={`${id}-due`} className="input" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </td>
      <td />
      <td />
      <td className="row__actions">
        <button type="button" className="button button--primary button--small" onClick={apply}>
          {t.save}
        </button>
        <button type="button" className="button button--subtle button--small" onClick={onCancel}>
          {t.cancel}
        </button>
      </td>
    </tr>
  );
}
