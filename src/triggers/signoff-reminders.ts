import { sendSignOffReminders, type ReminderRun } from '../usecases/signoff/send-reminders';
import { signOffPorts } from '../wiring/signoff';

export type { ReminderRun } from '../usecases/signoff/send-reminders';

/** The daily sign-off job, as the app (see `sendSignOffReminders`). */
export async function runSignOffReminders(): Promise<ReminderRun> {
  return sendSignOffReminders(signOffPorts('app'));
}

/** The `scheduledTrigger` module's function (manifest: `index.onSignOffReminders`), run daily. */
export async function onSignOffReminders(): Promise<{ statusCode: number; body: string }> {
  const run = await runSignOffReminders();
  return { statusCode: run.failures.length === 0 ? 200 : 500, body: JSON.stringify(run) };
}
