import { useAppTestHost } from '../../support/app-host';
import type { PayloadOf, ResolverName } from '../../../src/contracts/registry';
import { invokeResolver, waitForCreationJob } from '../../support/invoke';
import { CAMILLE, SAM } from '../../../local/identity/demo-users';
import { BLACK_FRIDAY_BRIEF_ID } from '../../../local/confluence/seed';
import { planWith } from './plan-fixture';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';
import { statusMacroIssueKeys } from '../../../src/domain/macro/status-macro';
import { waitForForecast } from '../../../local/seed/demo-campaign';

const MACRO_MODULE = 'campaign-status-macro';

/**
 * The Confluence side of a campaign end to end: created from its brief with the PM's consent, the brief page gets the
 * status macro as a new version (through Confluence's REST API as the PM); the macro's resolver and its adfExport
 * function read the campaign as the reader; the page view serves the page and the status report's link.
 */
describe('the campaign status macro in the brief page', () => {
  const app = useAppTestHost();
  const invoke = <K extends ResolverName>(accountId: string, name: K, payload: PayloadOf<K>) =>
    invokeResolver(app.th, accountId, name, payload, { moduleKey: MACRO_MODULE });
  const readPage = async (): Promise<{ version: number; storage: string }> => {
    const res = await app.th.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${BLACK_FRIDAY_BRIEF_ID}?body-format=storage`);
    return { version: res.body.version.number as number, storage: res.body.body.storage.value as string };
  };
  let epicKey = '';

  it('adds the macro to the brief as version current + 1 only when the PM consents, keeping the page whole', async () => {
    const before = await readPage();
    const without = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'req-nomacro-01',
      plan: planWith(1, 1, 'campaign-nomacro'),
    });
    expect((await waitForCreationJob(app.th, CAMILLE.accountId, without.data.jobId)).data.state).toBe('done');
    expect(await readPage()).toEqual(before);

    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'req-macro-0001',
      plan: planWith(1, 2, 'campaign-macro'),
      insertStatusMacro: true,
    });
    const job = (await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId)).data;
    expect(job).toMatchObject({ state: 'done', errors: [] });
    epicKey = job.epicKey ?? '';
    const after = await readPage();
    expect(after.version).toBe(before.version + 1);
    expect(after.storage.endsWith(before.storage)).toBe(true);
    expect(statusMacroIssueKeys(after.storage)).toEqual([epicKey]);
    const versions = await app.th.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${BLACK_FRIDAY_BRIEF_ID}/versions`);
    expect(versions.body.results[0]).toMatchObject({
      number: after.version,
      message: `Campaign Control: live status of the campaign ${epicKey}`,
    });
  });

  it('the page view reads the macro as an ADF extension node configured with the epic', async () => {
    const res = await fetch(`${app.th.url}/local/confluence/pages/${BLACK_FRIDAY_BRIEF_ID}?accountId=${CAMILLE.accountId}`);
    const page = (await res.json()) as {
      adf: { content: { type: string; attrs?: Record<string, unknown> }[] };
      macros: { moduleKey: string; extensionKey: string }[];
    };
    const node = page.adf.content[0];
    expect(node?.type).toBe('extension');
    expect(node?.attrs).toMatchObject({
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: page.macros.find((m) => m.moduleKey === MACRO_MODULE)?.extensionKey,
      parameters: { guestParams: { issueKey: epicKey }, extensionTitle: 'Campaign status' },
    });
    const outsider = await fetch(`${app.th.url}/local/confluence/pages/${BLACK_FRIDAY_BRIEF_ID}?accountId=${SAM.accountId}`);
    expect(outsider.status).toBe(404);
  });

  it('getCampaignStatus gives the panel’s figures to a reader who sees the campaign, NOT_FOUND to one who does not', async () => {
    // Both read the stored forecast: once it is current, the macro and the panel say the same.
    expect(await waitForForecast(app.th.host, epicKey)).toBe(true);
    const status = await invoke(CAMILLE.accountId, 'getCampaignStatus', { issueKey: epicKey });
    expect(status.data).toMatchObject({
      mode: 'campaign',
      epicKey,
      name: 'Test campaign campaign-macro',
      launchDate: '2026-12-15',
      budget: { currency: 'EUR', planned: 50000, actual: 0 },
      signoff: { approved: 0, total: 0, late: 0, open: 0 },
    });
    const panel = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'getCampaignPanel',
      { issueKey: epicKey },
      { moduleKey: 'campaign-panel' },
    );
    if (panel.data.mode === 'none' || status.data.mode === 'none') throw new Error('a campaign');
    expect(status.data.health.level).toBe(panel.data.health.status);
    expect(status.data.budget.percentSpent).toBe(panel.data.budget.percentSpent);
    expect(status.data.forecast).toEqual(panel.data.forecast);
    expect(status.data.health.reasons.map((r) => r.code)).toEqual(panel.data.health.reasons.slice(0, 3).map((r) => r.code));
    const refused = await invoke(SAM.accountId, 'getCampaignStatus', { issueKey: epicKey });
    expect(refused.error).toMatchObject({ code: 'NOT_FOUND', field: 'issueKey' });
    const outside = await invoke(CAMILLE.accountId, 'getCampaignStatus', { issueKey: 'MKT-1' });
    expect(outside.data).toEqual({ mode: 'none', issueKey: 'MKT-1' });
  });

  it('the adfExport function gives the static version in the reader’s language, and degrades for one who may not see it', async () => {
    const run = (accountId: string, locale: string) =>
      app.th.host.invoker.runPlainFunction({
        functionKey: 'status-macro-export',
        moduleKey: MACRO_MODULE,
        accountId,
        event: { exportType: 'pdf', context: { accountId, locale, siteUrl: app.th.url, extension: { config: { issueKey: epicKey } } } },
        context: { principal: { accountId } },
        timeoutMs: 25_000,
        limitName: "Forge's function limit",
      });
    const fr = JSON.stringify(await run(CAMILLE.accountId, 'fr_FR'));
    expect(fr).toContain('Statut de campagne — Test campaign campaign-macro');
    expect(fr).toContain('Consommation du budget');
    expect(fr).toContain(`${app.th.url}/browse/${epicKey}`);
    const en = JSON.stringify(await run(CAMILLE.accountId, 'en_US'));
    expect(en).toContain('Budget burn');
    const sam = JSON.stringify(await run(SAM.accountId, 'en_US'));
    expect(sam).toContain('The live status could not be read for this export');
    expect(sam).not.toContain('Test campaign');
  });

  it('serves the page view where Confluence’s links point (the status report’s link)', async () => {
    const report = await invokeResolver(app.th, CAMILLE.accountId, 'publishStatusReport', { epicKey }, { moduleKey: 'campaign-panel' });
    expect(report.ok).toBe(true);
    const url = new URL(report.data.url);
    expect(url.pathname).toMatch(/^\/wiki\/spaces\/MKT\/pages\/\d+\//);
    const res = await fetch(`${app.th.url}${url.pathname}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toContain(`data-page-id="${report.data.pageId}"`);
    expect((await fetch(`${app.th.url}/wiki/spaces/MKT/pages/${report.data.pageId}`)).status).toBe(200);
    expect((await fetch(`${app.th.url}/wiki/spaces/MKT/pages/not-a-number`)).status).toBe(404);
  });
});
