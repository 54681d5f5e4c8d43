import type { Strings } from './i18n';
import type { BreakdownTaskView, PlanWarning } from './types';

/** The warnings that still apply to the edited tasks (an assigned task has no `no_assignee` left). */
export function openWarnings(warnings: PlanWarning[], tasks: BreakdownTaskView[]): PlanWarning[] {
  return warnings.filter((w) => !w.rowId || tasks.some((x) => x.taskId === w.rowId && !(w.kind === 'no_assignee' && x.assigneeAccountId)));
}

/** The task a started-too-early task waits for: the first of its predecessors not finished before it starts. */
function blocking(task: BreakdownTaskView, tasks: BreakdownTaskView[]): BreakdownTaskView | undefined {
  return tasks.find((x) => task.dependsOn.includes(x.taskId) && x.dueDate >= task.startDate);
}

/** Each warning in the reader's language, from the tasks themselves (the server's message is English, for logs). */
function warningText(t: Strings, w: PlanWarning, tasks: BreakdownTaskView[]): string {
  const task = tasks.find((x) => x.taskId === w.rowId);
  if (!task) return t.planInPast;
  const name = task.summary || t.newTask;
  if (w.kind === 'no_assignee') return t.noAssignee(name, t.roleNames[task.ownerRole]);
  if (w.kind === 'in_past') return t.inPast(name);
  if (w.kind === 'after_milestone') return t.afterMilestone(name);
  if (w.kind === 'cannot_fit') return t.notWorkingDay(name);
  const before = w.kind === 'dependency_violated' ? blocking(task, tasks) : undefined;
  return before ? t.startsTooEarly(name, before.summary) : t.checkTask(name);
}

export function Warnings({ t, warnings, tasks }: { t: Strings; warnings: PlanWarning[]; tasks: BreakdownTaskView[] }) {
  if (warnings.length === 0) return null;
  const texts = [...new Set(warnings.map((w) => warningText(t, w, tasks)))];
  return (
    <section aria-labelledby="warnings-heading" className="section warnings">
      <h2 id="warnings-heading">{t.warnings}</h2>
      <ul>
        {texts.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </section>
  );
}
