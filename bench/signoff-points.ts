/**
 * Sign-off in Jira's rate-limit points (1 a request, +1 per issue returned, +2 per user; writes 1), read from the
 * local host's `/local/stats` around each action, beside its floor from first principles:
 *
 * - a decision: the gated issue read as the approver (1 request + 1 issue = 2: it proves they may see it and gives
 *   the content the decision records and the assignee and reporter the self-approval rule reads), the comment (1),
 *   the mirror property (1) = 4. Who may decide is the record's (app storage) and the Forge context's accountId;
 *   names come from the app's cache. With a workflow move, + the move (1) = 5: the mirror could ride in the move's
 *   own request (`properties`); the app pays 1 more, listing the transitions (their ids are per workflow), so 6.
 * - a reminder run (the daily job): one comment per gated issue with a due or late gate (r), and the mirror check,
 *   one property read per gated issue (g, which finds hand-edited and lost mirrors: Jira sends no event for them),
 *   so r + g; names are re-read only for people last read more than a week ago.
 * - the five-minute repair with nothing owed: 0 (it reads app storage only).
 */
import { BusinessCalendar } from '../src/domain/metrics/business-calendar';
import { CampaignPlan, type PlanGate } from '../src/domain/model';
import { ERROR_CODES } from '../src/domain/plan/warning';
import type { PayloadOf, ResolverName, ResultOf } from '../src/contracts/registry';
import { CAMILLE, HUGO, LEA, NOAH, SOPHIE } from '../local/identity/demo-users';
import { startBenchHost, type BenchHost, type Stats } from './bench-host';

interface Figure {
  what: string;
  points: number;
  calls: number;
  floor: number;
  note: string;
}

async function invokeAs<K extends ResolverName>(
  h: BenchHost,
  accountId: string,
  name: K,
  payload: PayloadOf<K>,
  issueKey: string,
): Promise<ResultOf<K>> {
  const res = await fetch(`${h.host.baseUrl}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ moduleKey: 'campaign-panel', functionKey: name, payload, accountId, issueKey }),
  });
  const out = (await res.json()) as { ok: boolean; result?: { ok: boolean; data?: unknown; error?: unknown } };
  if (!out.ok || !out.result?.ok) throw new Error(`${name} failed: ${JSON.stringify(out.result?.error ?? out)}`);
  return out.result.data as ResultOf<K>;
}

async function runScheduled(h: BenchHost, moduleKey: string): Promise<void> {
  const res = await fetch(`${h.host.baseUrl}/local/scheduled/${moduleKey}/run`, { method: 'POST' });
  const body = (await res.json()) as { run?: { outcome?: string } };
  if (body.run?.outcome !== 'succeeded') throw new Error(`${moduleKey} run: ${JSON.stringify(body)}`);
}

/** Three milestones of one task each (Camille's), gated by Léa and Hugo (due tomorrow), Sophie (late, moves to Done), Noah (later). */
function gatedPlan(today: string): CampaignPlan {
  const fr = new BusinessCalendar('FR');
  const due = (i: number): string => fr.add(today, 10 * i);
  const rows = [1, 2, 3].flatMap((i) => [
    {
      rowId: `milestone-${i}`,
      kind: 'milestone' as const,
      summary: `Milestone ${i}`,
      ownerRole: 'pm',
      assigneeAccountId: CAMILLE.accountId,
      startDate: due(i),
      dueDate: due(i),
      estimateBusinessDays: 0,
      dependsOn: [],
    },
    {
      rowId: `task-${i}`,
      kind: 'task' as const,
      parentRowId: `milestone-${i}`,
      summary: `Task of milestone ${i}`,
      ownerRole: 'designer',
      assigneeAccountId: CAMILLE.accountId,
      startDate: fr.add(due(i), -2),
      dueDate: fr.add(due(i), -1),
      estimateBusinessDays: 1,
      dependsOn: [],
    },
  ]);
  const gate = (g: Partial<PlanGate> & Pick<PlanGate, 'gateId' | 'name' | 'milestoneRowId' | 'approverAccountIds'>) => ({
    approverRoles: ['legal'],
    declineNeedsReason: false,
    quorum: { kind: 'all' as const },
    dueDate: fr.add(today, 20),
    ...g,
  });
  return CampaignPlan.parse({
    templateId: 'bench-signoff',
    templateVersion: 1,
    language: 'en',
    projectKey: 'MKT',
    name: 'Bench sign-off',
    launchDate: fr.add(today, 40),
    holidayCalendar: 'FR',
    budget: { amount: 10000, currency: 'EUR' },
    campaignLabel: 'bench-signoff',
    rows,
    kpis: [],
    gates: [
      gate({
        gateId: 'legal',
        name: 'Legal',
        milestoneRowId: 'milestone-1',
        approverAccountIds: [LEA.accountId, HUGO.accountId],
        dueDate: fr.add(today, 1),
      }),
      gate({
        gateId: 'go',
        name: 'Go',
        milestoneRowId: 'milestone-2',
        approverAccountIds: [SOPHIE.accountId],
        dueDate: fr.add(today, -3),
        transitionOnApproval: 'Done',
      }),
      gate({ gateId: 'brand', name: 'Brand', milestoneRowId: 'milestone-3', approverAccountIds: [NOAH.accountId] }),
    ],
  });
}

async function created(h: BenchHost, plan: CampaignPlan): Promise<Record<string, string>> {
  const { jobId } = await h.invoke('campaign-planner', 'createCampaign', {
    requestId: 'bench-signoff-00001',
    plan,
    acceptErrors: true,
    acceptedErrorCodes: [...ERROR_CODES],
  });
  for (let i = 0; i < 3000; i++) {
    const job = await h.invoke('campaign-planner', 'getCreationJob', { jobId });
    if (job.state === 'done') return job.issueKeys;
    if (job.state === 'failed') throw new Error(`bench sign-off campaign failed: ${JSON.stringify(job.errors).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('bench sign-off campaign creation did not finish');
}

/** One measured action: the host's stats reset before, read after. */
async function measured(h: BenchHost, run: () => Promise<unknown>): Promise<Stats> {
  await h.resetStats();
  await run();
  return h.stats();
}

/** Measures the sign-off actions on a fresh host and answers the printed table. */
export async function benchSignOffPoints(): Promise<string> {
  const h = await startBenchHost();
  try {
    const today = new Date().toISOString().slice(0, 10);
    const keys = await created(h, gatedPlan(today));
    const [m1, m2] = [keys['milestone-1'] ?? '', keys['milestone-2'] ?? ''];
    await h.settleTriggers();
    const figures: Figure[] = [];
    const add = (what: string, s: Stats, floor: number, note: string): void => {
      figures.push({ what, points: s.points, calls: s.requests, floor, note });
    };
    // A first view also reads the names the app lacks: the 5 people the campaign names, 1 + 2 × 5 (user/bulk).
    const first = await measured(h, () => invokeAs(h, LEA.accountId, 'getSignOff', {}, m1));
    add('first view (names not cached)', first, 2 + 1 + 2 * 5, 'issue + the 5 names, once');
    add('view of a milestone', await measured(h, () => invokeAs(h, HUGO.accountId, 'getSignOff', {}, m1)), 2, 'the issue, as the viewer');
    const decision = await measured(h, () =>
      invokeAs(h, LEA.accountId, 'decideSignOff', { issueKey: m1, gateId: 'legal', decision: 'approve' }, m1),
    );
    add('decision', decision, 4, 'issue, mirror, comment');
    const move = await measured(h, () =>
      invokeAs(h, SOPHIE.accountId, 'decideSignOff', { issueKey: m2, gateId: 'go', decision: 'approve' }, m2),
    );
    add('decision with a move', move, 5, '+ transitions list, move');
    // Reminders: Hugo is still due on Legal (tomorrow); Go is approved; Brand is weeks away. 3 gated issues to check.
    const daily = await measured(h, () => runScheduled(h, 'campaign-signoff-reminders'));
    const reminded = daily.byOperation['POST /rest/api/3/issue/{issueIdOrKey}/comment']?.requests ?? 0;
    add('reminder run (daily job)', daily, reminded + 3, `${reminded} reminder(s) + 3 mirror reads`);
    add('repair run, nothing owed', await measured(h, () => runScheduled(h, 'campaign-signoff-repair')), 0, 'app storage only');

    const lines = ['Sign-off in rate-limit points (/local/stats), against the floor (see bench/signoff-points.ts):'];
    lines.push(`  ${'action'.padEnd(32)}${'calls'.padStart(6)}${'points'.padStart(8)}${'floor'.padStart(7)}${'ratio'.padStart(7)}  what`);
    for (const f of figures) {
      const ratio = f.floor === 0 ? (f.points === 0 ? '1.00' : '∞') : (f.points / f.floor).toFixed(2);
      lines.push(
        `  ${f.what.padEnd(32)}${String(f.calls).padStart(6)}${String(f.points).padStart(8)}${String(f.floor).padStart(7)}${ratio.padStart(7)}  ${f.note}`,
      );
    }
    const ops = (s: Stats): string =>
      Object.entries(s.byOperation)
        .map(([op, c]) => `${op} ${c.points}`)
        .join(', ');
    lines.push(`  decision: ${ops(decision)}`, `  decision with a move: ${ops(move)}`);
    lines.push(
      '  target: a decision ≤ 6 points with its comment. Before: a decision 21 (23 with a move), a view of a milestone 20',
      '  (21 when it wrote the mirror): the site’s people list, 17 points with 8 people, and a mirror read; a reminder run 17 + r.',
    );
    return lines.join('\n');
  } finally {
    await h.close();
  }
}
