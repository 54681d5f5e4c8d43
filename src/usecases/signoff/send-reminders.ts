import type { CampaignRecord } from '../../domain/model';
import { peopleOfSignOff, reminderKey, reminders, type Person, type Reminder } from '../../domain/signoff';
import { repairSignOff, type RepairSignOffPorts } from './repair-signoff';
import { loadSignOff } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

export type SendRemindersPorts = Pick<SignOffPorts, 'campaigns' | 'signOffRecord' | 'reminderClaims' | 'comments' | 'people' | 'clock'> &
  RepairSignOffPorts;

export interface ReminderRun {
  date: string;
  campaigns: number;
  /** Issues that got a reminder comment. */
  commented: string[];
  /** Gates reminded, as `<EPIC>:<gateId>`. */
  gates: string[];
  /** Decision comments that were owed and got posted (the repair the job runs first). */
  repostedComments: number;
  /** Gated issues whose mirror the repair rewrote (hand-edited, lost, or owed). */
  mirrorsRewritten: string[];
  failures: string[];
}

/** Due reminders of a campaign, grouped by gated issue (one comment each). */
async function dueByIssue(
  record: CampaignRecord,
  today: string,
  states: Parameters<typeof reminders>[0]['states'],
  ports: SendRemindersPorts,
): Promise<Map<string, Reminder[]>> {
  const sent = new Set<string>();
  for (const gate of record.plan.gates)
    if (await ports.reminderClaims.sent(record.epicKey, gate.gateId, today)) sent.add(reminderKey(gate.gateId, today));
  const due = reminders({
    gates: record.plan.gates,
    states,
    today,
    calendar: record.plan.holidayCalendar,
    alreadySentToday: sent,
    pmAccountId: record.createdBy,
  });
  const byIssue = new Map<string, Reminder[]>();
  for (const r of due) {
    const key = record.issueKeys[r.milestoneRowId];
    if (key) byIssue.set(key, [...(byIssue.get(key) ?? []), r]);
  }
  return byIssue;
}

/** Reminders of one campaign, one comment per gated issue (all its due or late gates together). */
async function remindCampaign(
  record: CampaignRecord,
  today: string,
  now: Date,
  ports: SendRemindersPorts,
  run: ReminderRun,
): Promise<void> {
  const signOff = await loadSignOff(record, today, ports.signOffRecord);
  const due = await dueByIssue(record, today, signOff.states, ports);
  if (due.size === 0) return;
  const people = await ports.people.names(peopleOfSignOff(signOff));
  const person = (accountId: string): Person => ({ accountId, name: people[accountId] ?? accountId });
  for (const [issueKey, list] of due) {
    // Claim first: a second run the same day (or a concurrent one) finds the claim and stays silent.
    const claimed: Reminder[] = [];
    for (const r of list) if (await ports.reminderClaims.claim(record.epicKey, r.gateId, today, now.toISOString())) claimed.push(r);
    if (claimed.length === 0) continue;
    const escalate = claimed.find((r) => r.escalateTo)?.escalateTo ?? null;
    const outcome = await ports.comments.postReminder(issueKey, {
      lang: record.plan.language,
      date: today,
      escalateTo: escalate ? person(escalate) : null,
      gates: claimed.map((r) => ({
        gateName: r.gateName,
        dueDate: r.dueDate,
        late: r.kind === 'late',
        businessDaysLate: r.kind === 'late' ? r.businessDays : 0,
        pending: r.mention.map(person),
      })),
    });
    if (outcome.posted) {
      run.commented.push(issueKey);
      run.gates.push(...claimed.map((r) => `${record.epicKey}:${r.gateId}`));
    } else {
      // Not posted: give the day's reminder back so the next run tries again.
      for (const r of claimed) await ports.reminderClaims.release(record.epicKey, r.gateId, today);
      run.failures.push(`${issueKey}: ${outcome.error}`);
    }
  }
}

/**
 * The daily sign-off job (the app acts): for every campaign, a comment on each gated issue whose gates are due within
 * 2 business days or late, mentioning the approvers still pending and escalating late gates to the PM; at most one
 * per gate and day. It first runs the repair with the mirror check (`repairSignOff`): owed decision comments, and
 * mirrors hand-edited or lost. One campaign failing does not stop the others: its failure is in the run's
 * `failures`. Throws only when the campaigns cannot be listed. Jira calls: one comment per gated issue reminded, one
 * property read per gated issue, names only for people the app has not read this week.
 */
export async function sendSignOffReminders(ports: SendRemindersPorts): Promise<ReminderRun> {
  const repair = await repairSignOff(ports, { checkMirrors: true });
  const now = ports.clock.now();
  const today = now.toISOString().slice(0, 10);
  const run: ReminderRun = {
    date: today,
    campaigns: 0,
    commented: [],
    gates: [],
    repostedComments: repair.repostedComments,
    mirrorsRewritten: repair.mirrorsRewritten,
    failures: [...repair.failures],
  };
  const records = (await ports.campaigns.list()).filter((r) => r.plan.gates.length > 0);
  for (const record of records) {
    run.campaigns++;
    try {
      await remindCampaign(record, today, now, ports, run);
    } catch (e) {
      console.error(`[campaign-control] sign-off reminders of ${record.epicKey} failed`, e);
      run.failures.push(`${record.epicKey}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return run;
}
