import type { ReactNode } from 'react';
import { PeopleOptions } from '../../kit/people';
import type { Column } from '../../kit/DataTable';
import type { Strings } from './i18n';
import type { BreakdownTaskView, OwnerRole, SuggestBreakdownResult } from './types';

/** What every cell of a task row needs: the words, the people to assign, and how to change or drop the task. */
export interface TaskCellContext {
  t: Strings;
  people: SuggestBreakdownResult['people'];
  disabled: boolean;
  summaryOf: Map<string, string>;
  onChange: (taskId: string, patch: Partial<BreakdownTaskView>) => void;
  onRemove: (taskId: string) => void;
}

type CellProps = { task: BreakdownTaskView; c: TaskCellContext };

/** Each input is labelled with its column and its task ("Due — Press kit"). */
const labelOf = (col: string, task: BreakdownTaskView): string => `${col} — ${task.summary || task.taskId}`;

const estimateOf = (value: string): number => Math.max(1, Math.min(60, Math.round(Number(value) || 1)));

function RoleSelect({ task, c }: CellProps) {
  const roles = Object.keys(c.t.roleNames) as OwnerRole[];
  return (
    <select
      className="input"
      aria-label={labelOf(c.t.colRole, task)}
      value={task.ownerRole}
      disabled={c.disabled}
      onChange={(e) => c.onChange(task.taskId, { ownerRole: e.target.value as OwnerRole })}
    >
      {roles.map((r) => (
        <option key={r} value={r}>
          {c.t.roleNames[r]}
        </option>
      ))}
    </select>
  );
}

function AssigneeSelect({ task, c }: CellProps) {
  return (
    <select
      className="input"
      aria-label={labelOf(c.t.colAssignee, task)}
      value={task.assigneeAccountId ?? ''}
      disabled={c.disabled}
      onChange={(e) => c.onChange(task.taskId, { assigneeAccountId: e.target.value || undefined })}
    >
      <option value="">{c.t.unassigned}</option>
      <PeopleOptions people={c.people} />
    </select>
  );
}

function DateInput({ task, c, field }: CellProps & { field: 'startDate' | 'dueDate' }) {
  const start = field === 'startDate';
  return (
    <input
      className="input"
      type="date"
      aria-label={labelOf(start ? c.t.colStart : c.t.colDue, task)}
      value={task[field]}
      {...(start ? { max: task.dueDate } : { min: task.startDate })}
      disabled={c.disabled}
      onChange={(e) => {
        const day = e.target.value;
        if (day) c.onChange(task.taskId, start ? { startDate: day } : { dueDate: day });
      }}
    />
  );
}

function SummaryInput({ task, c }: CellProps) {
  return (
    <input
      className="input input--wide"
      aria-label={labelOf(c.t.colSummary, task)}
      value={task.summary}
      maxLength={255}
      disabled={c.disabled}
      onChange={(e) => c.onChange(task.taskId, { summary: e.target.value })}
    />
  );
}

function EstimateInput({ task, c }: CellProps) {
  return (
    <input
      className="input input--narrow"
      type="number"
      min={1}
      max={60}
      aria-label={labelOf(c.t.colEstimate, task)}
      value={task.estimateBusinessDays}
      disabled={c.disabled}
      onChange={(e) => c.onChange(task.taskId, { estimateBusinessDays: estimateOf(e.target.value) })}
    />
  );
}

function RemoveButton({ task, c }: CellProps) {
  return (
    <button
      type="button"
      className="button button--subtle"
      aria-label={c.t.remove(task.summary || task.taskId)}
      disabled={c.disabled}
      onClick={() => c.onRemove(task.taskId)}
    >
      ✕
    </button>
  );
}

/**
 * A cell's column name, shown only when the rows are laid out as cards (a narrow modal hides the table's header);
 * hidden from screen readers, which read the inputs' own labels.
 */
function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <span className="cell-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </>
  );
}

/** The task table's columns, every cell editable but the dependencies and the reasons. */
export function taskColumns(c: TaskCellContext): Column<BreakdownTaskView>[] {
  const { t } = c;
  const column = (key: string, header: string, cell: (task: BreakdownTaskView) => ReactNode): Column<BreakdownTaskView> => ({
    key,
    header,
    className: `c-${key}`,
    cell: (task) => <Labelled label={header}>{cell(task)}</Labelled>,
  });
  return [
    column('summary', t.colSummary, (task) => <SummaryInput task={task} c={c} />),
    column('role', t.colRole, (task) => <RoleSelect task={task} c={c} />),
    column('assignee', t.colAssignee, (task) => <AssigneeSelect task={task} c={c} />),
    column('estimate', t.colEstimate, (task) => <EstimateInput task={task} c={c} />),
    column('start', t.colStart, (task) => <DateInput task={task} c={c} field="startDate" />),
    column('due', t.colDue, (task) => <DateInput task={task} c={c} field="dueDate" />),
    column('after', t.colAfter, (task) => task.dependsOn.map((d) => c.summaryOf.get(d) ?? d).join(', ') || '—'),
    column('why', t.colWhy, (task) =>
      task.reasons.map((r) => (
        <span key={r} className="reason">
          {r}
        </span>
      )),
    ),
    { key: 'remove', header: t.colRemove, headerHidden: true, className: 'c-remove', cell: (task) => <RemoveButton task={task} c={c} /> },
  ];
}
