import { repairSignOff, type RepairRun } from '../usecases/signoff/repair-signoff';
import { sendSignOffReminders, type ReminderRun } from '../usecases/signoff/send-reminders';
import { signOffPorts } from '../wiring/signoff';
import { deferWhenQuotaShort } from '../usecases/deferred/defer-work';
import { systemClock, todayIn } from '../usecases/ports/clock';
import { deferredWorkPorts } from '../wiring/deferred';

export type { ReminderRun } from '../usecases/signoff/send-reminders';
export type { RepairRun } from '../usecases/signoff/repair-signoff';

/** The daily job re-reads the names of people it last read more than a week ago. */
const NAMES_MAX_AGE_MS = 7 * 24 * 3_600_000;

/** The daily sign-off job, as the app (see `sendSignOffReminders`): the repair with the mirror check, then reminders. */
export async function runSignOffReminders(): Promise<ReminderRun> {
  return sendSignOffReminders(signOffPorts('app', { namesMaxAgeMs: NAMES_MAX_AGE_MS }));
}

/** The five-minute repair, as the app: owed decision comments and mirrors (see `repairSignOff`); no Jira call when none. */
export async function runSignOffRepair(): Promise<RepairRun> {
  return repairSignOff(signOffPorts('app'), { checkMirrors: false });
}

/** The `scheduledTrigger` module's function (manifest: `index.onSignOffRepair`), run every five minutes. */
export async function onSignOffRepair(): Promise<{ statusCode: number; body: string }> {
  const run = await runSignOffRepair();
  return { statusCode: run.failures.length === 0 ? 200 : 500, body: JSON.stringify(run) };
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
