import { CAMILLE, INES } from '../../../local/identity/demo-users';
import type { PayloadOf, ResolverName } from '../../../src/contracts/registry';
import { useAppTestHost } from '../../support/app-host';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { planWith } from '../creation/plan-fixture';
import { searchIssues } from '../rest-reads';

/**
 * Audiences and channels through the local host: the PM's choice at creation lands in the record and on the epic
 * (`campaignTargeting`, found by JQL and by its aliases), a viewer may not change it, an editor may.
 */
describe('campaign audiences and channels', () => {
  const app = useAppTestHost();
  const call = <K extends ResolverName>(accountId: string, fn: K, payload: PayloadOf<K>) => invokeResolver(app.th, accountId, fn, payload);
  const keysOf = async (jql: string): Promise<string[]> =>
    (await searchIssues(app.th, `${jql} AND labels = targeting-test`)).map((i) => i.key);
  let epicKey: string;

  beforeAll(async () => {
    const started = await call(CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'targeting-test-0001',
      plan: { ...planWith(1, 1, 'targeting-test'), audiences: ['prospects'] },
      audiences: ['students', 'students'],
      channels: ['email', 'sms'],
    });
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    epicKey = epicOf(await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId));
  });

  it('creates the epic with its targeting, which JQL finds by path and by alias', async () => {
    expect(await keysOf('issue.property[campaignTargeting].channels = sms')).toEqual([epicKey]);
    expect(await keysOf('campaignAudience = students')).toEqual([epicKey]);
    // The payload's lists won over the plan's.
    expect(await keysOf('campaignAudience = prospects')).toEqual([]);
    const property = await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epicKey}/properties/campaignTargeting`);
    expect(property.body).toMatchObject({ key: 'campaignTargeting', value: { audiences: ['students'], channels: ['email', 'sms'] } });
  });

  it('shows the collisions a new plan would create with it, naming it', async () => {
    const launchDate = planWith(1, 1).launchDate;
    const out = await call(CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate,
      budget: { amount: 50000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
      name: 'Plan qui collisionne',
      audiences: ['students'],
    });
    if (!out.ok) throw new Error(JSON.stringify(out.error));
    const named = (out.data.collisions ?? []).filter(
      (c) => c.kind === 'audience_overlap' && c.campaigns.some((x) => x.campaignKey === epicKey),
    );
    expect(named).toEqual([
      expect.objectContaining({
        shared: ['students'],
        daysApart: 0,
        campaigns: expect.arrayContaining([expect.objectContaining({ campaignKey: '', name: 'Plan qui collisionne' })]),
      }),
    ]);
  });

  it('refuses a viewer, changing nothing', async () => {
    const out = await call(INES.accountId, 'updateCampaignTargeting', { issueKey: epicKey, audiences: [], channels: ['video'] });
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await keysOf('campaignChannel = video')).toEqual([]);
    expect(await keysOf('campaignChannel = sms')).toEqual([epicKey]);
  });

  it('lets the PM change it later: JQL finds the new lists, not the old ones', async () => {
    const out = await call(CAMILLE.accountId, 'updateCampaignTargeting', {
      issueKey: epicKey,
      audiences: ['existing-customers'],
      channels: ['video', 'web'],
    });
    expect(out).toEqual({ ok: true, data: { issueKey: epicKey, audiences: ['existing-customers'], channels: ['video', 'web'] } });
    expect(await keysOf('campaignChannel = video')).toEqual([epicKey]);
    expect(await keysOf('campaignChannel = sms')).toEqual([]);
    // The record follows: the planner's list shows the new lists.
    const listed = await call(CAMILLE.accountId, 'listCampaigns', { projectKey: 'MKT' });
    if (!listed.ok) throw new Error(JSON.stringify(listed.error));
    expect(listed.data.campaigns.find((c) => c.epicKey === epicKey)).toMatchObject({
      audiences: ['existing-customers'],
      channels: ['video', 'web'],
    });
  });

  it('names the field of a malformed slug', async () => {
    const out = await call(CAMILLE.accountId, 'updateCampaignTargeting', {
      issueKey: epicKey,
      audiences: ['Existing Customers'],
      channels: [],
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'audiences.0' } });
  });
});
