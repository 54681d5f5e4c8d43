import { CAMILLE, INES, NOAH } from '../../../local/identity/demo-users';
import type { PayloadOf, ResultOf } from '../../../src/contracts/registry';
import { useAppTestHost } from '../../support/app-host';
import { callResolver } from '../../support/contract-call';
import { waitForCreationJob } from '../../support/invoke';
import { levelingDay, levelingPlans, LEVELING_WEEK } from '../../support/leveling-plans';
import { must } from '../../support/must';
import { transitionsOf, type JiraIssue } from '../rest-reads';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

type Plan = PayloadOf<'createCampaign'>['plan'];
const day = levelingDay;
const WEEK = LEVELING_WEEK;

/**
 * A PM levels an existing campaign through the local host: a first campaign holds Noah all week; a second has him
 * design three days of that week, a week before its review (slack). Re-planning the second at its own launch date
 * shows Noah over-allocated and proposes to move the design within its slack; applying it moves the issue's due date
 * in Jira and the conflict is gone. Viewers and done work are refused.
 */
describe('apply a leveling proposal to an existing campaign', () => {
  const app = useAppTestHost();
  const as = { accountId: CAMILLE.accountId, moduleKey: 'campaign-planner' };
  let epicKey = '';
  let designKey = '';
  let proposal: NonNullable<ResultOf<'replanCampaign'>['conflicts']>['leveling'];

  const create = async (plan: Plan, requestId: string): Promise<ResultOf<'getCreationJob'>> => {
    const started = await callResolver(app.th, 'createCampaign', { ...CONFIRM_ERRORS, requestId, plan }, as);
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    return job.data;
  };
  const dueDateOf = async (key: string): Promise<string | null> =>
    ((await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}?fields=duedate`)).body as JiraIssue).fields.duedate;
  const noahOver = (answer: { load: { accountId: string; weekStart: string; level: string }[] }): boolean =>
    answer.load.some((w) => w.accountId === NOAH.accountId && w.weekStart === WEEK && w.level === 'over');

  it('re-plans the second campaign at its launch date: Noah over-allocated, and a move of the design proposed', async () => {
    const plans = levelingPlans('leveling-host');
    await create(plans.first, 'leveling-host-0001');
    const job = await create(plans.second, 'leveling-host-0002');
    epicKey = must(job.epicKey, 'the second epic');
    designKey = must(job.issueKeys.design, 'the design issue');

    const replan = await callResolver(app.th, 'replanCampaign', { epicKey, launchDate: day(14) }, as);
    expect(replan.ok).toBe(true);
    expect(replan.data.changes).toEqual([]);
    expect(replan.data.mayApply).toEqual({ allowed: true, refusal: null });
    expect(noahOver(must(replan.data.conflicts, 'conflicts'))).toBe(true);
    proposal = replan.data.conflicts?.leveling?.filter((p) => p.kind === 'shift' && p.rowId === 'design');
    expect(proposal?.[0]).toMatchObject({ accountId: NOAH.accountId, weekStart: WEEK });
  });

  it('applies it: Jira’s due date moves, the week is relieved, and the re-plan stays as applied', async () => {
    const shift = must(proposal?.[0], 'a shift proposal');
    const dueDate = must(shift.dueDate, 'its due date');
    const change = { kind: 'shift' as const, rowId: 'design', dueDate };
    const out = await callResolver(app.th, 'applyLevelingProposal', { epicKey, change, requestId: 'leveling-apply-0001' }, as);
    expect(out.ok).toBe(true);
    expect(out.data.change).toMatchObject({ kind: 'shift', issueKey: designKey, fromDueDate: day(2), dueDate, issuesChanged: 1 });
    expect(await dueDateOf(designKey)).toBe(dueDate);
    expect(noahOver(out.data.conflicts)).toBe(false);

    const again = await callResolver(app.th, 'replanCampaign', { epicKey, launchDate: day(14) }, as);
    expect(again.data.changes).toEqual([]);
    expect(noahOver(must(again.data.conflicts, 'conflicts'))).toBe(false);
    const repeated = await callResolver(app.th, 'applyLevelingProposal', { epicKey, change, requestId: 'leveling-apply-0001' }, as);
    expect(repeated.data).toMatchObject({ alreadyApplied: true, change: { issuesChanged: 0 } });
  });

  it('refuses a viewer (who is told why in the re-plan) and done work, naming the field', async () => {
    const change = { kind: 'shift' as const, rowId: 'design', dueDate: day(5) };
    const ines = { accountId: INES.accountId, moduleKey: 'campaign-planner' };
    const seen = await callResolver(app.th, 'replanCampaign', { epicKey, launchDate: day(14) }, ines);
    expect(seen.data.mayApply).toMatchObject({ allowed: false, refusal: expect.stringContaining('MKT') });
    expect(await callResolver(app.th, 'applyLevelingProposal', { epicKey, change }, ines)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const toDone = must(
      (await transitionsOf(app.th, designKey)).find((t) => t.to.statusCategory.key === 'done'),
      'a transition to done',
    );
    await app.th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${designKey}/transitions`, { transition: { id: toDone.id } });
    const before = await dueDateOf(designKey);
    const refused = await callResolver(app.th, 'applyLevelingProposal', { epicKey, change }, as);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.rowId' } });
    expect(refused.error.message).toContain(designKey);
    expect(await dueDateOf(designKey)).toBe(before);
  });
});
