import { addDays, format, nextMonday } from 'date-fns';
import { useAppTestHost } from '../../support/app-host';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { CAMILLE, NOAH, SAM } from '../../../local/identity/demo-users';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';
import type { CampaignPlan } from '../../../src/domain/model';
import { BusinessCalendar } from '../../../src/domain/metrics/business-calendar';
import { planWith } from '../creation/plan-fixture';
import { localStats, settleTriggers } from '../rest-reads';

const day = (d: Date): string => format(d, 'yyyy-MM-dd');

/** A one-task campaign whose task gives Noah the five business days of the week starting `monday`. */
function fullWeekPlan(projectKey: string, label: string, monday: Date): CampaignPlan {
  const base = planWith(1, 1, label);
  const launch = day(addDays(monday, 14));
  return {
    ...base,
    projectKey,
    name: `Capacity test ${label}`,
    launchDate: launch,
    kpis: base.kpis.map((k) => ({ ...k, windowStart: launch, windowEnd: day(addDays(monday, 28)) })),
    rows: base.rows.map((r) =>
      r.kind === 'task'
        ? { ...r, assigneeAccountId: NOAH.accountId, startDate: day(monday), dueDate: day(addDays(monday, 4)), estimateBusinessDays: 5 }
        : { ...r, startDate: day(addDays(monday, 7)), dueDate: day(addDays(monday, 7)) },
    ),
  };
}

/**
 * The portfolio's capacity heatmap through the local host: two campaigns in two projects, made by the real creation
 * job, each giving Noah a full week of work in the same week; the heatmap shows that person-week over-allocated,
 * with both tasks behind it on demand, from the app's storage.
 */
describe('getPortfolioCapacity through the local host', () => {
  const app = useAppTestHost();
  // A week three weeks ahead or later, of five business days.
  let monday = nextMonday(addDays(new Date(), 21));
  const epics: string[] = [];

  beforeAll(async () => {
    // Skip a week holding a French holiday (the load would then spread over four days).
    const fr = new BusinessCalendar('FR');
    while ([0, 1, 2, 3, 4].some((i) => !fr.isBusinessDay(day(addDays(monday, i))))) monday = addDays(monday, 7);
    for (const [projectKey, label] of [
      ['MKT', 'capacity-mkt'],
      ['EVT', 'capacity-evt'],
    ] as const) {
      const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
        ...CONFIRM_ERRORS,
        requestId: `capacity-test-${projectKey.toLowerCase()}`,
        plan: fullWeekPlan(projectKey, label, monday),
      });
      if (!started.ok) throw new Error(JSON.stringify(started.error));
      epics.push(epicOf(await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId)));
    }
    await settleTriggers(app.th);
  });

  it('shows the over-allocated person-week, with the tasks of both campaigns and where to level them', async () => {
    const weeks = Math.ceil((monday.getTime() - Date.now()) / (7 * 86_400_000)) + 2;
    const view = await invokeResolver(app.th, CAMILLE.accountId, 'getPortfolioCapacity', { weeks, accountIds: [NOAH.accountId] });
    expect(view.ok).toBe(true);
    const noah = view.data.people.find((p) => p.accountId === NOAH.accountId);
    expect(noah?.displayName).not.toBe('');
    const cell = noah?.weeks.find((w) => w.weekStart === day(monday));
    expect(cell).toMatchObject({ demandDays: 10, capacityDays: 5, ratio: 2, level: 'over', otherWorkDays: 0 });
    expect(cell?.tasks?.map((t) => t.campaignKey).sort()).toEqual([...epics].sort());
    expect(cell?.tasks?.every((t) => t.days === 5 && t.summary !== '')).toBe(true);
    expect(cell?.leveling?.map((l) => l.campaignKey).sort()).toEqual([...epics].sort());
    const team = view.data.team.find((t) => t.weekStart === day(monday));
    expect(team?.demandDays).toBeGreaterThanOrEqual(10);
  });

  it('reads the app’s storage only, and shows nothing to someone who may browse neither project', async () => {
    await app.th.call(null, 'POST', '/local/stats/reset');
    await invokeResolver(app.th, CAMILLE.accountId, 'getPortfolioCapacity', { refresh: true });
    const stats = await localStats(app.th);
    expect(Object.keys(stats.byOperation).filter((op) => op !== 'GET /rest/api/3/project/{projectIdOrKey}')).toEqual([
      'POST /rest/api/3/permissions/check',
    ]);
    expect(stats.requests).toBeLessThanOrEqual(3);
    const sam = await invokeResolver(app.th, SAM.accountId, 'getPortfolioCapacity', { accountIds: [NOAH.accountId] });
    expect(sam.ok).toBe(true);
    expect(sam.data.people).toEqual([]);
  });
});
