import type { CampaignRecord } from '../../domain/model';
import { gatesGuarding, peopleOfSignOff, type CampaignSignOff } from '../../domain/signoff';
import type { PendingComment } from '../ports/signoff-record';
import { postDecisionComment, syncMirror } from './jira-sync';
import { loadSignOff, todayOf } from './signoff-reads';
import type { SignOffPorts } from './signoff-ports';

export type RepairSignOffPorts = Pick<SignOffPorts, 'records' | 'campaigns' | 'signOffRecord' | 'comments' | 'mirror' | 'people' | 'clock'>;

export interface RepairRun {
  /** Owed decision comments that got posted (or were found already posted). */
  repostedComments: number;
  /** Gated issues whose mirror was rewritten. */
  mirrorsRewritten: string[];
  failures: string[];
}

/** A marker whose decision's own invocation is over (or never said how long it would run). */
const due = (p: PendingComment, now: Date): boolean => p.postingUntil === undefined || Date.parse(p.postingUntil) <= now.getTime();

/**
 * Brings one campaign's owed decisions in step with Jira, as the app: first the mirror of each gated issue concerned
 * (so a crash after the comment loses nothing), then each comment, found by its marker if it landed already (never
 * posted twice), in the language of the person who decided. Markers of decisions that never got recorded (a kill
 * between the marker and the entry) are dropped.
 */
async function repairOwed(
  signOff: CampaignSignOff,
  owed: readonly PendingComment[],
  now: Date,
  ports: RepairSignOffPorts,
  run: RepairRun,
): Promise<void> {
  const recorded = owed.filter((p) => signOff.entries.some((e) => e.entryId === p.entryId));
  for (const p of owed) if (!recorded.includes(p)) await ports.signOffRecord.clearCommentPending(p.entryId);
  if (recorded.length === 0) return;
  for (const key of new Set(recorded.map((p) => p.gatedIssueKey)))
    if (await syncMirror(ports.mirror, signOff, key, now, { onlyIfDiffers: false })) run.mirrorsRewritten.push(key);
  const people = await ports.people.names(peopleOfSignOff(signOff));
  for (const p of recorded) {
    const entry = signOff.entries.find((e) => e.entryId === p.entryId);
    const gate = signOff.record.plan.gates.find((g) => g.gateId === p.gateId);
    if (!entry || !gate) {
      await ports.signOffRecord.clearCommentPending(p.entryId);
      continue;
    }
    // Older markers do not say the decider's language: the plan's then.
    const lang = p.lang ?? (signOff.record.plan.language === 'fr' ? 'fr' : 'en');
    const outcome = await postDecisionComment(ports, { signOff, gate, entry, people, lang }, 'app', now, { lookFirst: true });
    if (outcome.posted) run.repostedComments++;
    else run.failures.push(`${p.gatedIssueKey}: ${outcome.error}`);
  }
}

/** Rewrites the mirrors of a campaign's gated issues that say something else than the record (hand-edited or lost). */
async function checkMirrors(signOff: CampaignSignOff, now: Date, ports: RepairSignOffPorts, run: RepairRun): Promise<void> {
  const record = signOff.record;
  const keys = new Set(record.plan.gates.map((g) => record.issueKeys[g.milestoneRowId]).filter((k): k is string => k !== undefined));
  for (const key of keys)
    if (
      !run.mirrorsRewritten.includes(key) &&
      gatesGuarding(record, key).length > 0 &&
      (await syncMirror(ports.mirror, signOff, key, now, { onlyIfDiffers: true }))
    )
      run.mirrorsRewritten.push(key);
}

/**
 * The sign-off repair, off every read path (the app acts): decisions whose comment or mirror is still owed once their
 * invocation's deadline has passed (a kill, Jira refusing), and with `checkMirrors` every gated issue's mirror (one
 * property read each). Without owed work and `checkMirrors` it reads only app storage: no Jira call. One campaign
 * failing does not stop the others (its failure is in `failures`).
 */
export async function repairSignOff(ports: RepairSignOffPorts, options: { checkMirrors: boolean }): Promise<RepairRun> {
  const now = ports.clock.now();
  const today = todayOf(now);
  const run: RepairRun = { repostedComments: 0, mirrorsRewritten: [], failures: [] };
  const owedByEpic = new Map<string, PendingComment[]>();
  for (const p of await ports.signOffRecord.pendingComments())
    if (due(p, now)) owedByEpic.set(p.epicKey, [...(owedByEpic.get(p.epicKey) ?? []), p]);
  const records: CampaignRecord[] = options.checkMirrors
    ? (await ports.campaigns.list()).filter((r) => r.plan.gates.length > 0 || owedByEpic.has(r.epicKey))
    : (await Promise.all([...owedByEpic.keys()].map((k) => ports.records.get(k)))).filter((r): r is CampaignRecord => r !== undefined);
  for (const record of records) {
    try {
      const signOff = await loadSignOff(record, today, ports.signOffRecord);
      const owed = owedByEpic.get(record.epicKey);
      if (owed) await repairOwed(signOff, owed, now, ports, run);
      if (options.checkMirrors) await checkMirrors(signOff, now, ports, run);
    } catch (e) {
      console.error(`[campaign-control] sign-off repair of ${record.epicKey} failed`, e);
      run.failures.push(`${record.epicKey}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return run;
}
