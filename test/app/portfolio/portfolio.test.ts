import { useAppTestHost } from '../../support/app-host';
import { campaignPanelOf, epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import type { PayloadOf } from '../../../src/contracts/registry';
import type { CampaignPanel } from '../../../src/contracts/campaign-panel';
import { CAMILLE, INES, SAM } from '../../../local/identity/demo-users';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';
import { wordReason } from '../../../src/wording/catalog/health';
import { reportFormatters } from '../../../src/domain/report/format';
import { must } from '../../support/must';
import { listFields, localStats, searchIssues, settleTriggers } from '../rest-reads';

/**
 * The marketing portfolio through the local host: two campaigns made by the real creation job, one in euros (MKT)
 * and one in dollars (EVT); the portfolio reads the app's storage and asks Jira only which projects the reader may
 * browse, which the host's request stats prove.
 */
describe('getPortfolio through the local host', () => {
  const app = useAppTestHost();
  const epics: Record<'eur' | 'usd', string> = { eur: '', usd: '' };
  const panels: Partial<Record<'eur' | 'usd', CampaignPanel>> = {};

  const portfolio = (accountId: string, payload: PayloadOf<'getPortfolio'> = {}) =>
    invokeResolver(app.th, accountId, 'getPortfolio', payload);
  const resetStats = (): Promise<unknown> => app.th.call(null, 'POST', '/local/stats/reset');
  /** REST operations the app made since the last reset (the host counts every exchange). */
  const operations = async (): Promise<string[]> => Object.keys((await localStats(app.th)).byOperation).sort();

  async function create(projectKey: string, currency: string, amount: number, launchDate: string, requestId: string): Promise<string> {
    const preview = await invokeResolver(app.th, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate,
      budget: { amount, currency },
      holidayCalendar: 'FR',
      projectKey,
    });
    expect(preview.ok).toBe(true);
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId,
      plan: preview.data.plan,
    });
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    return epicOf(job);
  }

  it('lists a campaign as soon as it is created, from its plan, without reading its issues', async () => {
    epics.eur = await create('MKT', 'EUR', 140000, '2027-11-26', 'portfolio-test-eur');
    epics.usd = await create('EVT', 'USD', 90000, '2027-10-15', 'portfolio-test-usd');
    await settleTriggers(app.th);
    await resetStats();
    const view = await portfolio(CAMILLE.accountId);
    expect(view.ok).toBe(true);
    expect(view.data.campaigns.map((c) => c.campaignKey).sort()).toEqual([epics.eur, epics.usd].sort());
    const stats = await localStats(app.th);
    // The projects' ids were never seen (nobody opened a panel yet): looked up once each, then the one check.
    expect(stats.requests).toBeLessThanOrEqual(3);
    expect(stats.points).toBeLessThanOrEqual(10);
    expect(await operations()).toEqual(['GET /rest/api/3/project/{projectIdOrKey}', 'POST /rest/api/3/permissions/check']);
  });

  it('shows the panel’s own numbers once a panel is opened, with totals per currency', async () => {
    for (const k of ['eur', 'usd'] as const) {
      const answer = await invokeResolver(
        app.th,
        CAMILLE.accountId,
        'getCampaignPanel',
        {},
        { moduleKey: 'campaign-panel', issueKey: epics[k] },
      );
      panels[k] = campaignPanelOf(answer);
    }
    const view = await portfolio(CAMILLE.accountId, { refresh: true });
    const rowOf = (k: 'eur' | 'usd') =>
      must(
        view.data.campaigns.find((c) => c.campaignKey === epics[k]),
        `the ${k} campaign`,
      );
    for (const k of ['eur', 'usd'] as const) {
      const p = must(panels[k], `the ${k} panel`);
      const row = rowOf(k);
      expect(row).toMatchObject({
        name: p.campaign.name,
        launchDate: p.campaign.launchDate,
        budget: p.campaign.budget,
        actual: p.budget.actual,
        eac: p.budget.forecastAtCompletion,
        health: { level: p.health.status },
        signoff: { total: p.gates.length, approved: 0 },
      });
      expect(row.milestones.map((m) => m.name)).toEqual(p.milestones.map((m) => m.name));
    }
    expect(rowOf('eur').projectKey).toBe('MKT');
    expect(rowOf('usd').projectKey).toBe('EVT');
    // Never summed across currencies: one total per currency, each its own campaign's figures.
    expect(view.data.totals).toEqual([
      {
        currency: 'EUR',
        budget: 140000,
        actual: rowOf('eur').actual,
        eac: rowOf('eur').eac ?? 140000,
        variance: 140000 - (rowOf('eur').eac ?? 140000),
        campaigns: 1,
      },
      {
        currency: 'USD',
        budget: 90000,
        actual: rowOf('usd').actual,
        eac: rowOf('usd').eac ?? 90000,
        variance: 90000 - (rowOf('usd').eac ?? 90000),
        campaigns: 1,
      },
    ]);
    // Sorted by launch: the October campaign first.
    expect(view.data.campaigns.map((c) => c.campaignKey)).toEqual([epics.usd, epics.eur]);
  });

  it('opens with one REST call, the permission check, and none within the next minute', async () => {
    await resetStats();
    const view = await portfolio(CAMILLE.accountId, { refresh: true });
    expect(view.data.campaigns).toHaveLength(2);
    const stats = await localStats(app.th);
    expect(await operations()).toEqual(['POST /rest/api/3/permissions/check']);
    expect(stats.requests).toBe(1);
    expect(stats.points).toBeLessThanOrEqual(10);
    await resetStats();
    expect((await portfolio(CAMILLE.accountId)).data.campaigns).toHaveLength(2);
    expect((await localStats(app.th)).requests).toBe(0);
  });

  it('follows a cost entered in Jira through the issue-event trigger and the forecast consumer, with no panel load', async () => {
    const actualField = must(
      (await listFields(app.th)).find((f) => f.schema?.custom?.endsWith('/static/actual-cost')),
      'the actual-cost field',
    ).id;
    const before = must(
      (await portfolio(CAMILLE.accountId)).data.campaigns.find((c) => c.campaignKey === epics.usd),
      'the dollar campaign',
    );
    const task = must((await searchIssues(app.th, `parent = ${epics.usd} AND issuetype = Task ORDER BY key`))[0], 'a task of the campaign');
    const res = await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${task.key}`, { fields: { [actualField]: 1234 } });
    expect(res.status).toBe(204);
    await settleTriggers(app.th);
    let actual = before.actual;
    for (let i = 0; i < 200 && actual === before.actual; i++) {
      await new Promise((r) => setTimeout(r, 25));
      actual = must(
        (await portfolio(CAMILLE.accountId)).data.campaigns.find((c) => c.campaignKey === epics.usd),
        'the dollar campaign',
      ).actual;
    }
    expect(actual).toBe(before.actual + 1234);
  });

  it('hides every campaign from someone who may browse no project, whatever the payload asks', async () => {
    const sam = await portfolio(SAM.accountId, { projectKeys: ['MKT', 'EVT'] });
    expect(sam.ok).toBe(true);
    expect(sam.data).toMatchObject({ campaigns: [], totals: [], visibleProjects: [] });
  });

  it('shows a viewer every campaign, with the reasons in her language, and narrows to the projects asked', async () => {
    const ines = await portfolio(INES.accountId);
    expect(ines.data.visibleProjects).toEqual(['EVT', 'MKT']);
    expect(ines.data.campaigns).toHaveLength(2);
    const eur = must(
      ines.data.campaigns.find((c) => c.campaignKey === epics.eur),
      'the euro campaign',
    );
    const reasons = must(panels.eur, 'the euro panel').health.reasons.slice(0, 5);
    const f = reportFormatters(INES.locale, 'EUR');
    expect(eur.health.reasons).toEqual(reasons.map((r) => ({ code: r.code, severity: r.severity, text: wordReason(r, 'fr', f) })));
    const evt = await portfolio(INES.accountId, { projectKeys: ['EVT'] });
    expect(evt.data.campaigns.map((c) => c.campaignKey)).toEqual([epics.usd]);
    expect(evt.data.totals.map((t) => t.currency)).toEqual(['USD']);
  });
});
