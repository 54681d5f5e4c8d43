import { PeopleOptions } from '../../kit/people';
import type { Strings } from './i18n';
import type { BreakdownTaskView, OwnerRole, SuggestBreakdownResult } from './types';

interface Props {
  t: Strings;
  tasks: BreakdownTaskView[];
  people: SuggestBreakdownResult['people'];
  disabled: boolean;
  onChange: (taskId: string, patch: Partial<BreakdownTaskView>) => void;
  onRemove: (taskId: string) => void;
}

/** The proposed tasks, every cell editable; each input is labelled with its column and its task. */
export function TaskTable({ t, tasks, people, disabled, onChange, onRemove }: Props) {
  const roles = Object.keys(t.roleNames) as OwnerRole[];
  const summaryOf = new Map(tasks.map((task) => [task.taskId, task.summary]));
  if (tasks.length === 0) return <p className="muted">{t.noTasks}</p>;
  return (
    <div className="table-wrap">
      <table className="tasks">
        <thead>
          <tr>
            <th scope="col">{t.colSummary}</th>
            <th scope="col">{t.colRole}</th>
            <th scope="col">{t.colAssignee}</th>
            <th scope="col">{t.colEstimate}</th>
            <th scope="col">{t.colStart}</th>
            <th scope="col">{t.colDue}</th>
            <th scope="col">{t.colAfter}</th>
            <th scope="col">{t.colWhy}</th>
            <th scope="col">
              <span className="visually-hidden">{t.colRemove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => {
            const label = (col: string): string => `${col} — ${task.summary || task.taskId}`;
            return (
              <tr key={task.taskId} data-task-id={task.taskId}>
                <td>
                  <input
                    className="input input--wide"
                    aria-label={label(t.colSummary)}
                    value={task.summary}
                    maxLength={255}
                    disabled={disabled}
                    onChange={(e) => onChange(task.taskId, { summary: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={label(t.colRole)}
                    value={task.ownerRole}
                    disabled={disabled}
                    onChange={(e) => onChange(task.taskId, { ownerRole: e.target.value as OwnerRole })}
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {t.roleNames[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    className="input"
                    aria-label={label(t.colAssignee)}
                    value={task.assigneeAccountId ?? ''}
                    disabled={disabled}
                    onChange={(e) => onChange(task.taskId, { assigneeAccountId: e.target.value || undefined })}
                  >
                    <option value="">{t.unassigned}</option>
                    <PeopleOptions people={people} />
                  </select>
                </td>
                <td>
                  <input
                    className="input input--narrow"
                    type="number"
                    min={1}
                    max={60}
                    aria-label={label(t.colEstimate)}
                    value={task.estimateBusinessDays}
                    disabled={disabled}
                    onChange={(e) =>
                      onChange(task.taskId, { estimateBusinessDays: Math.max(1, Math.min(60, Math.round(Number(e.target.value) || 1))) })
                    }
                  />
                </td>
                <td>
                  <input
                    className="input"
                    type="date"
                    aria-label={label(t.colStart)}
                    value={task.startDate}
                    max={task.dueDate}
                    disabled={disabled}
                    onChange={(e) => e.target.value && onChange(task.taskId, { startDate: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="input"
                    type="date"
                    aria-label={label(t.colDue)}
                    value={task.dueDate}
                    min={task.startDate}
                    disabled={disabled}
                    onChange={(e) => e.target.value && onChange(task.taskId, { dueDate: e.target.value })}
                  />
                </td>
                <td className="after">{task.dependsOn.map((d) => summaryOf.get(d) ?? d).join(', ')}</td>
                <td className="reasons">
                  {task.reasons.map((r) => (
                    <span key={r} className="reason">
                      {r}
                    </span>
                  ))}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--subtle"
                    aria-label={t.remove(task.summary || task.taskId)}
                    disabled={disabled}
                    onClick={() => onRemove(task.taskId)}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
