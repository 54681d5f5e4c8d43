import { CAMILLE } from '../../../local/identity/demo-users';
import type { PayloadOf } from '../../../src/contracts/registry';
import { useAppTestHost } from '../../support/app-host';
import { callResolver } from '../../support/contract-call';
import { waitForCreationJob } from '../../support/invoke';

/**
 * A French PM plans Black Friday (a template whose reference budget is in USD) with 80 000 € through the local
 * host: the preview and the created campaign stay in euros, the costs are shares of the 80 000 €, and a budget
 * beyond the maximum is refused in French, naming `budget.amount`.
 */
describe('the campaign’s money is the PM’s (host)', () => {
  const app = useAppTestHost();
  const as = { accountId: CAMILLE.accountId, moduleKey: 'campaign-planner' };
  const payload: PayloadOf<'previewCampaign'> = {
    templateId: 'black-friday-omnichannel',
    launchDate: '2027-11-26',
    budget: { amount: 80000, currency: 'EUR' },
    holidayCalendar: 'FR',
    projectKey: 'MKT',
  };

  it('previews and creates the campaign in the PM’s currency', async () => {
    const preview = await callResolver(app.th, 'previewCampaign', payload, as);
    expect(preview.ok).toBe(true);
    const { plan } = preview.data;
    expect(plan.budget).toEqual({ amount: 80000, currency: 'EUR' });
    const planned = plan.rows.reduce((s, r) => s + (r.plannedCost ?? 0), 0);
    expect(planned).toBeGreaterThan(0);
    expect(planned).toBeLessThanOrEqual(80000);
    expect(plan.warnings.filter((w) => w.kind === 'budget')).toEqual([]);
    expect(plan.kpis.find((k) => k.kpiId === 'aov')).toMatchObject({ aggregation: 'average', target: 103 });

    const started = await callResolver(app.th, 'createCampaign', { requestId: 'money-host-0001', plan }, as);
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    const listed = await callResolver(app.th, 'listCampaigns', { projectKey: 'MKT' }, as);
    expect(listed.data.campaigns.map((c) => c.budget)).toEqual([{ amount: 80000, currency: 'EUR' }]);
  });

  it('refuses a budget beyond the maximum in French, naming budget.amount', async () => {
    const huge = await callResolver(app.th, 'previewCampaign', { ...payload, budget: { amount: 999999999999999, currency: 'EUR' } }, as);
    expect(huge).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'budget.amount' } });
    expect(huge.error.message).toMatch(
      /^budget\.amount\u202f: le budget ne peut pas dépasser 1\u202f000\u202f000\u202f000\u202f000\u00a0€$/,
    );
  });
});
