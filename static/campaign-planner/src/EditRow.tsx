import { useState } from 'react';
import { Button } from '../../kit/Button';
import { PeopleOptions } from '../../kit/people';
import type { Strings } from './i18n';
import type { PersonOption, PlanRow } from './types';

/** What an edit of a plan row changes. */
export interface RowEdit {
  summary?: string;
  dueDate?: string;
  assigneeAccountId?: string | null;
}

/** A plan row being edited in place: summary, assignee and due date; Enter in the summary applies, Escape cancels. */
export function EditRow({
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
        <Button variant="primary" small onClick={apply}>
          {t.save}
        </Button>
        <Button variant="subtle" small onClick={onCancel}>
          {t.cancel}
        </Button>
      </td>
    </tr>
  );
}
