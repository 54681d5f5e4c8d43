import { format } from 'date-fns';
import { useAppTestHost } from '../../support/app-host';
import { invokeResolver } from '../../support/invoke';
import { ALEX, CAMILLE, HUGO, LEA, SOPHIE } from '../../../local/identity/demo-users';
import { BusinessCalendar } from '../../../src/domain/metrics/business-calendar';
import { createGatedCampaign } from './signoff-fixture';
import { must } from '../../support/must';
import { commentsOf, runScheduled, type JiraComment } from '../rest-reads';

/** The daily scheduled trigger, run on demand: reminders on due-soon and late gates, escalation, no duplicates. */
describe('sign-off: daily reminders', () => {
  const app = useAppTestHost({ scheduledTimers: false });
  const today = format(new Date(), 'yyyy-MM-dd');
  const fr = new BusinessCalendar('FR');
  let keys: Record<string, string>;

  const runJob = () => runScheduled(app.th, 'campaign-signoff-reminders');
  const comments = (key: string): Promise<JiraComment[]> => commentsOf(app.th, key);
  /** The comment, failing the test when there is none. */
  const one = (list: JiraComment[]): JiraComment => must(list[0], 'a new comment');
  const mentioned = (comment: JiraComment): string[] =>
    [...JSON.stringify(comment.body).matchAll(/"type":"mention","attrs":\{"id":"([^"]+)"/g)].map((m) => m[1] ?? '');

  beforeAll(async () => {
    ({ keys } = await createGatedCampaign(app.th, 'signoff-remind', 3, [
      {
        gateId: 'soon',
        name: 'Legal due soon',
        milestoneRowId: 'milestone-1',
        approverAccountIds: [LEA.accountId, HUGO.accountId],
        quorum: { kind: 'all' },
        dueDate: fr.add(today, 1),
      },
      {
        gateId: 'late',
        name: 'Leadership late',
        milestoneRowId: 'milestone-2',
        approverAccountIds: [SOPHIE.accountId],
        quorum: { kind: 'any' },
        dueDate: fr.add(today, -3),
      },
      {
        gateId: 'later',
        name: 'Partner later',
        milestoneRowId: 'milestone-3',
        approverAccountIds: [ALEX.accountId],
        quorum: { kind: 'any' },
        dueDate: fr.add(today, 20),
      },
    ]));
    const lea = await invokeResolver(
      app.th,
      LEA.accountId,
      'decideSignOff',
      { issueKey: keys['milestone-1']!, gateId: 'soon', decision: 'approve' },
      { moduleKey: 'campaign-panel' },
    );
    expect(lea.ok).toBe(true);
  });

  it('reminds pending approvers of due-soon and late gates, escalates the late one to the PM, and never twice a day', async () => {
    const [m1, m2, m3] = [keys['milestone-1'], keys['milestone-2'], keys['milestone-3']];
    const before = { m1: (await comments(m1!)).length, m2: (await comments(m2!)).length, m3: (await comments(m3!)).length };
    const first = await runJob();
    expect(first).toMatchObject({ outcome: 'succeeded' });

    const soon = (await comments(m1!)).slice(before.m1);
    expect(soon).toHaveLength(1);
    expect(mentioned(one(soon))).toEqual([HUGO.accountId]);
    expect(JSON.stringify(one(soon).body)).not.toMatch(/Escalad|Escalat/);

    const late = (await comments(m2!)).slice(before.m2);
    expect(late).toHaveLength(1);
    expect(mentioned(one(late))).toEqual([SOPHIE.accountId, CAMILLE.accountId]);
    expect(JSON.stringify(one(late).body)).toMatch(/Escalad|Escalat/);
    expect(one(late).author.accountId).not.toBe(CAMILLE.accountId);

    expect((await comments(m3!)).length).toBe(before.m3);

    const second = await runJob();
    expect(second).toMatchObject({ outcome: 'succeeded' });
    expect((await comments(m1!)).length).toBe(before.m1 + 1);
    expect((await comments(m2!)).length).toBe(before.m2 + 1);
  });
});
