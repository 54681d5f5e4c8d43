import { RetryGate } from '../adapters/http/retry';
import { reminderComment, type Person } from '../adapters/jira/signoff-comment-adf';
import { postCommentOnce } from '../adapters/jira/signoff-comments';
import { peopleNames } from '../adapters/jira/signoff-people';
import { loadCampaignSignOff, repostPendingComments } from '../adapters/jira/signoff-sync';
import { listCampaignRecords } from '../adapters/storage/campaign-records';
import { claimReminder, releaseReminder, reminderSent } from '../adapters/storage/signoff-record';
import type { CampaignRecord } from '../domain/model';
import { reminderKey, reminders, type Reminder } from '../domain/signoff';

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

/** Reminders of one campaign, one comment per gated issue (all its due or late gates together). */
async function remindCampaign(record: CampaignRecord, today: string, now: Date, people: Record<string, string>, retry: RetryGate, run: ReminderRun): Promise<void> {
  const signOff = await loadCampaignSignOff(record, today);
  run.repostedComments += await repostPendingComments(signOff, people, retry, now);
  const sent = new Set<string>();
  for (const gate of record.plan.gates) if (await reminderSent(record.epicKey, gate.gateId, today)) sent.add(reminderKey(gate.gateId, today));
  const due = reminders({ gates: record.plan.gates, states: signOff.states, today, calendar: record.plan.holidayCalendar, alreadySentToday: sent, pmAccountId: record.createdBy });
  const byIssue = new Map<string, Reminder[]>();
  for (const r of due) {
    const key = record.issueKeys[r.milestoneRowId];
    if (key) byIssue.set(key, [...(byIssue.get(key) ?? []), r]);
  }
  const person = (accountId: string): Person => ({ accountId, name: people[accountId] ?? accountId });
  for (const [issueKey, list] of byIssue) {
    // Claim first: a second run the same day (or a concurrent one) finds the claim and stays silent.
    const claimed: Reminder[] = [];
    for (const r of list) if (await claimReminder(record.epicKey, r.gateId, today, now.toISOString())) claimed.push(r);
    if (claimed.length === 0) continue;
    const escalate = claimed.find((r) => r.escalateTo)?.escalateTo ?? null;
    const body = reminderComment({
      lang: record.plan.language,
      date: today,
      escalateTo: escalate ? person(escalate) : null,
      gates: claimed.map((r) => ({ gateName: r.gateName, dueDate: r.dueDate, late: r.kind === 'late', businessDaysLate: r.kind === 'late' ? r.businessDays : 0, pending: r.mention.map(person) })),
    });
    const outcome = await postCommentOnce(issueKey, body, `reminder ${today}`, 'app', retry);
    if (outcome.posted) {
      run.commented.push(issueKey);
      run.gates.push(...claimed.map((r) => `${record.epicKey}:${r.gateId}`));
    } else {
      // Not posted: give the day's reminder back so the next run tries again.
      for (const r of claimed) await releaseReminder(record.epicKey, r.gateId, today);
      run.failures.push(`${issueKey}: ${outcome.error}`);
    }
  }
}

/**
 * The daily sign-off job: for every campaign, a comment on each gated issue whose gates are due within 2 business days
 * or late, mentioning the approvers still pending and escalating late gates to the PM; at most one per gate and day.
 * It also posts decision comments Jira refused earlier. One campaign failing does not stop the others.
 */
export async function runSignOffReminders(now: Date = new Date()): Promise<ReminderRun> {
  const today = now.toISOString().slice(0, 10);
  const run: ReminderRun = { date: today, campaigns: 0, commented: [], gates: [], repostedComments: 0, failures: [] };
  const records = (await listCampaignRecords()).filter((r) => r.plan.gates.length > 0);
  if (records.length === 0) return run;
  const retry = new RetryGate();
  const people = await peopleNames('app', retry);
  for (const record of records) {
    run.campaigns++;
    try {
      await remindCampaign(record, today, now, people, retry, run);
    } catch (e) {
      console.error(`[campaign-control] sign-off reminders of ${record.epicKey} failed`, e);
      run.failures.push(`${record.epicKey}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return run;
}

/** The `scheduledTrigger` module's function (manifest: `index.onSignOffReminders`), run daily. */
export async function onSignOffReminders(): Promise<{ statusCode: number; body: string }> {
  const run = await runSignOffReminders();
  return { statusCode: run.failures.length === 0 ? 200 : 500, body: JSON.stringify(run) };
}
