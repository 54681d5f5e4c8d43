import type { SoakReport } from './soak';

const pct = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The soak's figures as people read them; every number comes from this run. */
export function formatReport(r: SoakReport): string {
  const c = r.consistency;
  const f = r.faulty.calls;
  const faults = f.refused429 + f.refused503;
  const reasons = Object.entries(f.byReason)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const lines = [
    '',
    'Campaign Control soak run',
    `  wall time                 ${secs(r.wallMs)} (faulty phase ${secs(r.faulty.ms)})`,
    `  operations attempted      ${r.operations.creations} campaign creations (${c.rowsPlanned} issues, ${c.linksPlanned} links) + ${r.operations.decisions} sign-off decisions; ${r.operations.resolverCalls} resolver calls sent (polls, re-runs and re-sends included)`,
    `  faults injected           ${faults} (429: ${f.refused429} — ${reasons || 'none'}; 503: ${f.refused503}); bulk-fetch issueErrors: ${f.issueErrors}; latency ${r.options.faults.latencyMs ?? 0} ms on every call`,
    `  retries                   ${f.retries} requests re-sent after a 429/503 (${pct(f.retries, faults)} of the faults; the rest were non-idempotent writes re-read instead, or runs that stopped)`,
    `  app REST calls            ${f.calls} in the faulty phase for ${r.faulty.campaigns.length} campaigns; the same workload without faults or kills: ${r.baseline.calls.calls} per campaign`,
    `  extra calls               ${r.extraCalls} (${pct(r.extraCalls, f.calls - r.extraCalls)} over the fault-free cost)`,
    `  kills survived            ${r.kills.total} (${r.kills.creation} during campaign creation, ${r.kills.signoff} during sign-off bursts); host started ${r.kills.hostStarts} times`,
    `  re-runs                   ${r.operations.reruns} createCampaign re-sent; ${r.operations.lostAnswers} answers lost to kills; ${r.operations.tryAgain} TRY_AGAIN; ${r.operations.alreadyRecorded} decisions re-sent and found already recorded`,
    `  duplicates                ${c.duplicateIssues} issues, ${c.duplicateLinks} links, ${c.duplicateDecisions} decisions, ${c.commentsDuplicated} decision comments`,
    `  missing                   ${c.missingIssues} issues, ${c.missingLinks} links, ${c.missingDecisions} decisions, ${c.commentsMissing} decision comments; ${c.strayIssues} issues without their row property; ${c.jobsNotDone} jobs not done`,
    `  lost decisions            ${c.lostDecisions} acknowledged + ${c.lostUnacknowledged} reported as recorded`,
    `  mirrors rebuilt           ${c.mirrorsRebuilt} of ${c.mirrorsChecked} rewritten by the repair job; ${c.mirrorsWrong} still wrong after`,
    `  queue / trigger failures  ${r.queueFailures} / ${r.triggerFailures}`,
  ];
  if (c.problems.length > 0) lines.push('', 'Problems:', ...c.problems.slice(0, 40).map((p) => `  - ${p}`));
  if (r.errors.length > 0) lines.push('', 'Errors:', ...r.errors.slice(0, 40).map((e) => `  - ${e}`));
  return lines.join('\n');
}

/** True when the run proved what it must: nothing duplicated, missing or lost, every mirror right. */
export function soakPassed(r: SoakReport): boolean {
  const c = r.consistency;
  return (
    c.duplicateIssues +
      c.duplicateLinks +
      c.duplicateDecisions +
      c.missingIssues +
      c.missingLinks +
      c.missingDecisions +
      c.lostDecisions +
      c.lostUnacknowledged +
      c.mirrorsWrong +
      c.strayIssues +
      c.jobsNotDone ===
      0 &&
    r.kills.total >= r.options.kills &&
    r.errors.length === 0
  );
}
