import { addDays, format } from 'date-fns';
import { useAppTestHost } from '../../support/app-host';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { ALEX, CAMILLE, SAM } from '../../../local/identity/demo-users';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';
import { quote } from '../../../src/wording/typography';
import { localStats, settleTriggers } from '../rest-reads';

/**
 * The portfolio's collisions through the local host: two campaigns made by the real creation job, in two projects,
 * launching three days apart to the same audience; the list names both, in the reader's language, read from the
 * app's storage with Jira asked only which projects the reader may browse.
 */
describe('getCollisions through the local host', () => {
  const app = useAppTestHost();
  const launches = { mkt: format(addDays(new Date(), 70), 'yyyy-MM-dd'), evt: format(addDays(new Date(), 73), 'yyyy-MM-dd') };
  const epics = { mkt: '', evt: '' };
  const names = { mkt: '', evt: '' };

  async function create(projectKey: 'MKT' | 'EVT', launchDate: string, requestId: string): Promise<{ key: string; name: string }> {
    const preview = await invokeResolver(app.th, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'webinar-series',
      launchDate,
      budget: { amount: 20000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey,
    });
    expect(preview.ok).toBe(true);
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId,
      plan: { ...preview.data.plan, name: `${preview.data.plan.name} ${projectKey}` },
      audiences: ['prospects'],
      channels: projectKey === 'MKT' ? ['email'] : ['social'],
    });
    const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    return { key: epicOf(job), name: `${preview.data.plan.name} ${projectKey}` };
  }

  beforeAll(async () => {
    const mkt = await create('MKT', launches.mkt, 'collisions-test-mkt');
    const evt = await create('EVT', launches.evt, 'collisions-test-evt');
    epics.mkt = mkt.key;
    epics.evt = evt.key;
    names.mkt = mkt.name;
    names.evt = evt.name;
    await settleTriggers(app.th);
  });

  it('names both campaigns of two launches to the same audience within the site’s window', async () => {
    const view = await invokeResolver(app.th, CAMILLE.accountId, 'getCollisions', {});
    expect(view.ok).toBe(true);
    const overlaps = view.data.collisions.filter((c) => c.kind === 'audience_overlap');
    expect(overlaps).toHaveLength(1);
    const [overlap] = overlaps;
    expect(overlap).toMatchObject({
      shared: ['prospects'],
      daysApart: 3,
      campaigns: [
        { campaignKey: epics.mkt, projectKey: 'MKT', launchDate: launches.mkt },
        { campaignKey: epics.evt, projectKey: 'EVT', launchDate: launches.evt },
      ],
    });
    // Different channels: no channel collision.
    expect(view.data.collisions.filter((c) => c.kind === 'channel_overlap')).toEqual([]);
    expect(overlap?.text).toContain(quote('fr', names.mkt));
    expect(overlap?.text).toContain(quote('fr', names.evt));
    expect(overlap?.text).toMatch(/^Deux lancements vers la même cible à 3 jours d’écart/u);
    expect(view.data.settings.collisionWindowDays).toBe(7);
  });

  it('words them in English for an English reader, and follows a targeting change at once', async () => {
    const en = await invokeResolver(app.th, ALEX.accountId, 'getCollisions', { refresh: true });
    expect(en.data.collisions.find((c) => c.kind === 'audience_overlap')?.text).toMatch(/^Two launches to the same audience 3 days apart/u);
    const changed = await invokeResolver(app.th, CAMILLE.accountId, 'updateCampaignTargeting', {
      issueKey: epics.evt,
      audiences: ['existing-customers'],
      channels: ['email'],
    });
    expect(changed.ok).toBe(true);
    const after = await invokeResolver(app.th, CAMILLE.accountId, 'getCollisions', {});
    expect(after.data.collisions.map((c) => c.kind)).toEqual(['channel_overlap']);
  });

  it('reads the app’s storage only: one permission check, then nothing within the minute', async () => {
    await app.th.call(null, 'POST', '/local/stats/reset');
    await invokeResolver(app.th, CAMILLE.accountId, 'getCollisions', { refresh: true });
    const stats = await localStats(app.th);
    expect(Object.keys(stats.byOperation)).toEqual(['POST /rest/api/3/permissions/check']);
    expect(stats.requests).toBe(1);
    await app.th.call(null, 'POST', '/local/stats/reset');
    await invokeResolver(app.th, CAMILLE.accountId, 'getCollisions', {});
    expect((await localStats(app.th)).requests).toBe(0);
  });

  it('shows nothing to someone who may browse neither project', async () => {
    const sam = await invokeResolver(app.th, SAM.accountId, 'getCollisions', { projectKeys: ['MKT', 'EVT'] });
    expect(sam.ok).toBe(true);
    expect(sam.data).toMatchObject({ collisions: [], campaigns: 0 });
  });
});
