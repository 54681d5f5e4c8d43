import type { Strings } from './i18n';
import type { BreakdownTaskView, PlanWarning } from './types';

/** The server's warnings that still apply to the edited tasks (an assigned task has no `no_assignee` left). */
export function openWarnings(warnings: PlanWarning[], tasks: BreakdownTaskView[]): PlanWarning[] {
  return warnings.filter((w) => !w.rowId || tasks.some((x) => x.taskId === w.rowId && !(w.kind === 'no_assignee' && x.assigneeAccountId)));
}

/** The reader's language for the warnings the modal knows; the server's own words otherwise. */
function warningText(t: Strings, w: PlanWarning, tasks: BreakdownTaskView[]): string {
  const task = tasks.find((x) => x.taskId === w.rowId);
  if (!task) return w.message;
  if (w.kind === 'no_assignee') return t.noAssignee(task.summary, t.roleNames[task.ownerRole]);
  if (w.kind === 'in_past') return t.inPast(task.summary);
  return w.message;
}

export function Warnings({ t, warnings, tasks }: { t: Strings; warnings: PlanWarning[]; tasks: BreakdownTaskView[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-heading" className="section warnings">
      <h2 id="warnings-heading">{t.warnings}</h2>
      <ul>
        {warnings.map((w, i) => (
          <li key={`${w.rowId}-${w.kind}-${i}`}>{warningText(t, w, tasks)}</li>
        ))}
      </ul>
    </section>
  );
}
