import type { CampaignRecord } from '../../domain/model';
import { reminderKey, reminders, type Person, type Reminder } from '../../domain/signoff';
import { repostPendingComments } from './jira-sync';
import { loadSignOff } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

export type SendRemindersPorts = Pick<SignOffPorts, 'campaigns' | 'signOffRecord' | 'reminderClaims' | 'comments' | 'people' | 'clock'>;

export interface ReminderRun {
  date: string;
  campaigns: number;
  /** Issues that got a reminder comment. */
  commented: string[];
  /** Gates reminded, as `<EPIC>:<gateId>`. */
  gates: string[];
  /** Decision comments that were owed and got posted. */
  repostedComments: number;
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
  people: Record<string, string>,
  ports: SendRemindersPorts,
  run: ReminderRun,
): Promise<void> {
  const signOff = await loadSignOff(record, today, ports.signOffRecord);
  run.repostedComments += await repostPendingComments(ports, signOff, people, now);
  const person = (accountId: string): Person => ({ accountId, name: people[accountId] ?? accountId });
  for (const [issueKey, list] of await dueByIssue(record, today, signOff.states, ports)) {
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
 * per gate and day. It also posts decision comments Jira refused earlier. One campaign failing does not stop the
 * others: its failure is in the run's `failures`. Throws only when the campaigns or people cannot be listed.
 */
export async function sendSignOffReminders(ports: SendRemindersPorts): Promise<ReminderRun> {
  const now = ports.clock.now();
  const today = now.toISOString().slice(0, 10);
  const run: ReminderRun = { date: today, campaigns: 0, commented: [], gates: [], repostedComments: 0, failures: [] };
  const records = (await ports.campaigns.list()).filter((r) => r.plan.gates.length > 0);
  if (records.length === 0) return run;
  const people = await ports.people.names();
  for (const record of records) {
    run.campaigns++;
    try {
      await remindCampaign(record, today, now, people, ports, run);
    } catch (e) {
      console.error(`[campaign-control] sign-off reminders of ${record.epicKey} failed`, e);
      run.failures.push(`${record.epicKey}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return run;
}
