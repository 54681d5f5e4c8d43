import { useAppTestHost } from '../../support/app-host';
import { invokeResolver } from '../../support/invoke';
import { must } from '../../support/must';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import type { StatsSnapshot } from '../../../local/server/stats';
import { CAMILLE, HUGO, INES, LEA, SOPHIE } from '../../../local/identity/demo-users';
import { SIGNOFF_PROPERTY_KEY, SignOffMirror, type SignOffEntry } from '../../../src/domain/model';
import type { PayloadOf } from '../../../src/contracts/registry';
import { createGatedCampaign, storedEntries, storedKeys } from './signoff-fixture';
import { commentsMarked, commentsOf, localStats, runScheduled } from '../rest-reads';

/** Jira operations that put sign-off right; none of them may run on a view. */
const REPAIR_OPERATIONS = [
  'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
  'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
  'POST /rest/api/3/issue/{issueIdOrKey}/comment',
  'GET /rest/api/3/issue/{issueIdOrKey}/comment',
];
const ISSUE_READ = 'GET /rest/api/3/issue/{issueIdOrKey}';

/**
 * What sign-off costs in Jira's rate-limit points, measured by the local host's `/local/stats` (1 point a request,
 * +1 per issue returned, +2 per user): a decision with its comment ≤ 6 points, a view only reads, and the repair of a
 * killed decision happens in the repair job, exactly once.
 */
describe('sign-off points through the host stats', () => {
  const app = useAppTestHost({ scheduledTimers: false });
  let epicKey: string;
  let m1: string;
  let m2: string;

  async function measured<T>(run: () => Promise<T>): Promise<{ out: T; stats: StatsSnapshot }> {
    await app.th.call(null, 'POST', '/local/stats/reset');
    const out = await run();
    return { out, stats: await localStats(app.th) };
  }
  const view = (accountId: string, issueKey: string) =>
    invokeResolver(app.th, accountId, 'getSignOff', {}, { moduleKey: 'campaign-panel', issueKey });
  const decide = (accountId: string, payload: PayloadOf<'decideSignOff'>) =>
    invokeResolver(app.th, accountId, 'decideSignOff', payload, { moduleKey: 'campaign-panel', issueKey: payload.issueKey });
  const mirror = async (key: string): Promise<SignOffMirror> =>
    SignOffMirror.parse(
      (await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/properties/${SIGNOFF_PROPERTY_KEY}`)).body.value,
    );
  const operations = (stats: StatsSnapshot): string[] => Object.keys(stats.byOperation).sort();

  beforeAll(async () => {
    let keys: Record<string, string>;
    ({ epicKey, keys } = await createGatedCampaign(app.th, 'signoff-points', 2, [
      {
        gateId: 'legal',
        name: 'Legal review',
        milestoneRowId: 'milestone-1',
        approverAccountIds: [LEA.accountId, HUGO.accountId],
        quorum: { kind: 'all' },
      },
      {
        gateId: 'go',
        name: 'Go / no-go',
        milestoneRowId: 'milestone-2',
        approverAccountIds: [SOPHIE.accountId],
        quorum: { kind: 'any' },
        transitionOnApproval: 'Done',
      },
    ]));
    m1 = must(keys['milestone-1'], 'milestone 1');
    m2 = must(keys['milestone-2'], 'milestone 2');
  });

  it('a gated milestone is born with its mirror; a view reads the issue and, once, the names it lacks', async () => {
    expect(await mirror(m1)).toMatchObject({
      status: 'pending',
      entries: 0,
      gates: [{ gateId: 'legal', pending: [LEA.accountId, HUGO.accountId] }],
    });
    const first = await measured(() => view(LEA.accountId, m1));
    expect(first.out.data.gates[0]?.approvers.map((a) => a.displayName)).toEqual(['Léa Dubois', 'Hugo Bernard']);
    expect(operations(first.stats)).toEqual([ISSUE_READ, 'GET /rest/api/3/user/bulk']);
    // The names are the app's now: the next view, by someone else, is one issue read (1 request + 1 issue).
    const next = await measured(() => view(INES.accountId, m1));
    expect(next.stats).toMatchObject({ requests: 1, points: 2 });
    // The epic's panel: the context proves the epic, so only each gated issue is read, as the viewer (2 here).
    const epic = await measured(() => view(HUGO.accountId, epicKey));
    expect(operations(epic.stats)).toEqual([ISSUE_READ]);
    expect(epic.stats.points).toBeLessThanOrEqual(2 * 2);
    // Named in the payload instead, the epic is read too.
    const named = await measured(() =>
      invokeResolver(app.th, HUGO.accountId, 'getSignOff', { issueKey: epicKey }, { moduleKey: 'campaign-panel', issueKey: m1 }),
    );
    expect(named.out.data.gates.map((g) => g.gateId)).toEqual(['legal', 'go']);
    expect(named.stats.points).toBeLessThanOrEqual(2 * 3);
  });

  it('a decision costs ≤ 6 points with its comment: 4 with none of the workflow, 6 with a move, on the epic too', async () => {
    const plain = await measured(() => decide(LEA.accountId, { issueKey: m1, gateId: 'legal', decision: 'approve' }));
    expect(plain.out.data).toMatchObject({ commentPosted: true });
    expect(plain.stats.byOperation['POST /rest/api/3/issue/{issueIdOrKey}/comment']).toEqual({ requests: 1, points: 1 });
    expect(operations(plain.stats)).toEqual([
      ISSUE_READ,
      'POST /rest/api/3/issue/{issueIdOrKey}/comment',
      'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    ]);
    expect(plain.stats.points).toBeLessThanOrEqual(4);

    // From the epic's panel: the epic is known from app storage, only the gated work is read.
    const moving = await measured(() => decide(SOPHIE.accountId, { issueKey: epicKey, gateId: 'go', decision: 'approve' }));
    expect(moving.out.data).toMatchObject({ commentPosted: true, transitioned: 'Done' });
    expect(moving.stats.byOperation[ISSUE_READ]).toEqual({ requests: 1, points: 2 });
    expect(moving.stats.points).toBeLessThanOrEqual(6);
    expect(await mirror(m2)).toMatchObject({ status: 'approved', entries: 1 });
  });

  it('a killed decision: no view repairs it, the repair job posts its comment exactly once and fixes the mirror', async () => {
    // What a decision killed right after appending its entry leaves: the entry, the comment still owed (its
    // invocation's deadline passed), and nothing in Jira.
    const lea = must(
      storedEntries(app.th, epicKey).find((e) => e.value.actorAccountId === LEA.accountId),
      'Léa’s entry',
    ).value;
    const at = new Date(Date.now() - 60_000).toISOString();
    const killed: SignOffEntry = { ...lea, entryId: `${at}-killed0001`, actorAccountId: HUGO.accountId, at };
    const kvs = new KvsStore(app.th.host.db);
    kvs.set('plain', `signoff:${epicKey}:legal:${killed.entryId}`, killed);
    kvs.set('plain', `comment-pending:${killed.entryId}`, {
      entryId: killed.entryId,
      epicKey,
      gateId: 'legal',
      gatedIssueKey: m1,
      lastError: 'not posted yet',
      since: at,
      postingUntil: new Date(Date.now() - 30_000).toISOString(),
      lang: 'en',
    });
    const comments = (await commentsOf(app.th, m1)).length;

    const looked = await measured(() => view(CAMILLE.accountId, m1));
    expect(looked.out.data.gates[0]).toMatchObject({ state: 'approved' });
    expect(operations(looked.stats).filter((op) => REPAIR_OPERATIONS.includes(op))).toEqual([]);
    expect(looked.stats.points).toBeLessThanOrEqual(2);
    expect(await mirror(m1)).toMatchObject({ status: 'pending', entries: 1 });
    expect(storedKeys(app.th, 'comment-pending:')).toEqual([`comment-pending:${killed.entryId}`]);

    expect(await runScheduled(app.th, 'campaign-signoff-repair')).toMatchObject({ outcome: 'succeeded' });
    expect(await runScheduled(app.th, 'campaign-signoff-repair')).toMatchObject({ outcome: 'succeeded' });
    const owed = await commentsMarked(app.th, m1, `sign-off ${killed.entryId}`);
    expect(owed).toHaveLength(1);
    expect(owed[0]?.author.accountId).not.toBe(HUGO.accountId);
    expect(JSON.stringify(owed[0]?.body)).toContain('Hugo Bernard approved the ');
    expect((await commentsOf(app.th, m1)).length).toBe(comments + 1);
    expect(await mirror(m1)).toMatchObject({ status: 'approved', entries: 2, gates: [{ approvedBy: [LEA.accountId, HUGO.accountId] }] });
    expect(storedKeys(app.th, 'comment-pending:')).toEqual([]);

    // With nothing owed, the five-minute repair reads only app storage.
    const idle = await measured(() => runScheduled(app.th, 'campaign-signoff-repair'));
    expect(idle.stats.requests).toBe(0);
  });

  it('the daily job costs a property read per gated issue and a comment per reminder, never the site’s people', async () => {
    const run = await measured(() => runScheduled(app.th, 'campaign-signoff-reminders'));
    expect(run.out).toMatchObject({ outcome: 'succeeded' });
    expect(operations(run.stats)).toEqual(['GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}']);
    expect(run.stats.points).toBe(2);
  });
});
