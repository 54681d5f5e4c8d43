import { DataTable } from '../../kit/DataTable';
import type { Strings } from './i18n';
import { taskColumns } from './TaskCells';
import type { BreakdownTaskView, SuggestBreakdownResult } from './types';

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
  if (tasks.length === 0) return <p className="muted">{t.noTasks}</p>;
  const summaryOf = new Map(tasks.map((task) => [task.taskId, task.summary]));
  const columns = taskColumns({ t, people, disabled, summaryOf, onChange, onRemove });
  return (
    <DataTable
      labelledBy="tasks-heading"
      className="tasks"
      columns={columns}
      rows={tasks}
      rowKey={(task) => task.taskId}
      rowProps={(task) => ({ 'data-task-id': task.taskId })}
    />
  );
}
