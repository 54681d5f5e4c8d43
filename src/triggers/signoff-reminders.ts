import { sendSignOffReminders, type ReminderRun } from '../usecases/signoff/send-reminders';
import { signOffPorts } from '../wiring/signoff';
import { deferWhenQuotaShort } from '../usecases/deferred/defer-work';
import { systemClock, todayIn } from '../usecases/ports/clock';
import { deferredWorkPorts } from '../wiring/deferred';

export type { ReminderRun } from '../usecases/signoff/send-reminders';

/** The daily sign-off job, as the app (see `sendSignOffReminders`). */
export async function runSignOffReminders(): Promise<ReminderRun> {
  return sendSignOffReminders(signOffPorts('app'));
}

/**
 * The `scheduledTrigger` module's function (manifest: `index.onSignOffReminders`), run daily. While Jira's quota is
 * nearly spent or paused, the run is deferred until the reset (the `campaign-deferred` queue drains it).
 */
export async function onSignOffReminders(): Promise<{ statusCode: number; body: string }> {
  const deferred = await deferWhenQuotaShort({ kind: 'signoffReminders', id: todayIn(systemClock) }, deferredWorkPorts());
  if (deferred) return { statusCode: 200, body: JSON.stringify({ deferredUntil: deferred.until }) };
  const run = await runSignOffReminders();
  return { statusCode: run.failures.length === 0 ? 200 : 500, body: JSON.stringify(run) };
}
