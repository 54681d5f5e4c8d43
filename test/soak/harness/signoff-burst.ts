import type { SoakClient } from './client';
import type { CrashableHost } from './crashable-host';

export interface PlannedDecision {
  issueKey: string;
  gateId: string;
  approverAccountId: string;
  /** Unique per decision, so the record entry can be matched to what was sent. */
  comment: string;
}

export interface BurstOutcome {
  decisions: PlannedDecision[];
  /** Decisions the host answered `ok:true` to: each must be in the record exactly once. */
  acked: PlannedDecision[];
  /** Re-sent decisions refused because the record holds them already (their first answer was lost to a kill or a TRY_AGAIN). */
  alreadyRecorded: PlannedDecision[];
  unresolved: PlannedDecision[];
  sends: number;
  lostAnswers: number;
  tryAgain: number;
  killsFired: number;
  ms: number;
  errors: string[];
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** "Already decided" (this approver, this round) or "the gate is already approved" (quorum all: every approver decided), in either language. */
const isAlreadyRecorded = (code: string, field: string | undefined, message: string): boolean =>
  code === 'INVALID_INPUT' && (field === 'decision' || (field === 'gateId' && /already approved|déjà approuvée/i.test(message)));

/**
 * Every approver approves every gate at the same moment (concurrent `decideSignOff` calls), while the host is killed
 * after `killDelaysMs`. Decisions whose answer was lost or that were told TRY_AGAIN are sent again once the host is
 * back, until each is either acknowledged or refused as already recorded.
 */
export async function signOffThroughKills(
  host: CrashableHost,
  client: SoakClient,
  decisions: PlannedDecision[],
  killDelaysMs: readonly number[],
  timeoutMs: number,
): Promise<BurstOutcome> {
  const started = Date.now();
  const out: BurstOutcome = {
    decisions,
    acked: [],
    alreadyRecorded: [],
    unresolved: [],
    sends: 0,
    lostAnswers: 0,
    tryAgain: 0,
    killsFired: 0,
    ms: 0,
    errors: [],
  };
  const kills = host.armKills('signoff', killDelaysMs);
  let pending = [...decisions];
  try {
    while (pending.length > 0 && Date.now() - started < timeoutMs) {
      const answers = await Promise.all(
        pending.map(async (d) => {
          out.sends += 1;
          const answer = await client.invoke(
            d.approverAccountId,
            'decideSignOff',
            { issueKey: d.issueKey, gateId: d.gateId, decision: 'approve', comment: d.comment },
            { moduleKey: 'campaign-panel', issueKey: d.issueKey },
          );
          return { d, answer };
        }),
      );
      const next: PlannedDecision[] = [];
      let lost = false;
      for (const { d, answer } of answers) {
        if (answer.kind === 'ok') out.acked.push(d);
        else if (answer.kind === 'lost') {
          out.lostAnswers += 1;
          lost = true;
          next.push(d);
        } else if (isAlreadyRecorded(answer.code, answer.field, answer.message)) out.alreadyRecorded.push(d);
        else if (answer.code === 'TRY_AGAIN' || answer.code === 'FUNCTION_TIMEOUT') {
          out.tryAgain += 1;
          next.push(d);
        } else {
          out.errors.push(`decideSignOff ${d.gateId} by ${d.approverAccountId}: ${answer.code} ${answer.message}`);
          out.unresolved.push(d);
        }
      }
      pending = next;
      if (lost) await host.whenUp();
      else if (pending.length > 0) await sleep(300);
    }
    out.unresolved.push(...pending);
    if (pending.length > 0) out.errors.push(`${pending.length} decision(s) still unanswered after ${Math.round(timeoutMs / 1000)} s`);
    return out;
  } finally {
    kills.cancel();
    out.killsFired = await kills.done;
    out.ms = Date.now() - started;
  }
}
