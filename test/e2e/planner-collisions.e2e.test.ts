/**
 * Browser test of the planner's launch collisions (issue 16): Camille plans a Black Friday campaign two days after
 * the demo campaign's launch, for the same audiences. Before creating anything, the preview lists the collision,
 * naming the demo campaign and the shared audience in French, and shows the plan's audiences and channels, which she
 * may change (the preview is checked again). Needs `npm run build:static`.
 */
import { addDays, format, parseISO } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { CAMILLE } from '../../local/identity/demo-users';
import type { PreviewCampaignResult } from '../../src/contracts/campaign-planner';
import { invokeResolver } from '../support/invoke';
import { startTestHost, type TestHost } from '../support/host';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import { checkBrowserPrerequisites, closeOpened, launchFrenchChromium, recordProblems, resolverAnswer } from './support/browser';
import { frenchTextProblems } from './support/french-text';
import * as audiences from '../../src/wording/catalog/audiences';

jest.setTimeout(180_000);

const FRAME = 'iframe[data-module-key="campaign-planner"]';

describe('the planner shows the launch collisions a new campaign would create', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let demoKey: string;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost({ queueMsPerSecond: 1 });
    demoKey = await seedDemoCampaign(host.host);
    browser = await launchFrenchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const app = (): FrameLocator => page.frameLocator(FRAME);

  it('names the demo campaign and the shared audience, and re-checks when the PM changes the audiences', async () => {
    const listed = await invokeResolver(host, CAMILLE.accountId, 'listCampaigns', { projectKey: 'MKT' });
    const demo = listed.data.campaigns.find((c) => c.epicKey === demoKey);
    expect(demo?.audiences.length).toBeGreaterThan(0);
    const launchDate = format(addDays(parseISO(demo?.launchDate ?? ''), 2), 'yyyy-MM-dd');

    await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(CAMILLE.accountId)}`);
    await app()
      .getByRole('radio', { name: /Black Friday/ })
      .check({ timeout: 20_000 });
    await app().getByLabel('Date de lancement').fill(launchDate);
    await app().getByLabel('Budget', { exact: true }).fill('80000');
    const preview = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
      app().getByRole('button', { name: 'Prévisualiser le plan' }).click(),
    );
    const shared = preview.collisions?.find((c) => c.kind === 'audience_overlap');
    expect(shared).toBeDefined();

    const list = app().getByTestId('plan-collisions');
    await list.getByRole('heading', { name: 'Collisions de lancements' }).waitFor();
    const text = await list.innerText();
    expect(text).toContain(`«\u202f${demo?.name ?? ''}\u202f»`);
    expect(frenchTextProblems(text, { names: [demo?.name ?? ''] })).toEqual([]);

    // Only an audience the demo campaign does not reach, and no channel: no overlap with it any more.
    const other = (Object.keys(audiences.fr) as (keyof typeof audiences.fr)[]).find((a) => !demo?.audiences.includes(a)) ?? 'students';
    const targeting = app().getByTestId('plan-targeting');
    await targeting.getByText('Modifier les cibles et les canaux').click();
    await targeting.getByRole('checkbox', { name: audiences.fr[other] }).waitFor();
    const checked = targeting.getByRole('checkbox', { checked: true });
    while ((await checked.count()) > 0) await checked.first().uncheck();
    await targeting.getByRole('checkbox', { name: audiences.fr[other] }).check();
    // Every other box stays unticked: the choices the form will send.
    expect(await checked.count()).toBe(1);
    const again = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
      targeting.getByRole('button', { name: 'Mettre à jour le plan' }).click(),
    );
    expect(again.plan.audiences).toEqual([other]);
    expect(again.plan.channels).toEqual([]);
    expect(again.collisions?.filter((c) => c.kind === 'audience_overlap' || c.kind === 'channel_overlap')).toEqual([]);
    await targeting.getByRole('definition').filter({ hasText: audiences.fr[other] }).waitFor();
    expect(problems).toEqual([]);
  });

  it('lets the PM change a created campaign’s audiences later, which Jira’s search and the planner then show', async () => {
    await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(CAMILLE.accountId)}`);
    await app().getByRole('tab', { name: 'Campagnes' }).click();
    const listed = await invokeResolver(host, CAMILLE.accountId, 'listCampaigns', { projectKey: 'MKT' });
    const demo = listed.data.campaigns.find((c) => c.epicKey === demoKey);
    await app()
      .getByRole('button', { name: `Modifier les cibles et les canaux de ${demo?.name ?? ''}` })
      .click();
    const panel = app().getByTestId('targeting-panel');
    await panel.getByText('Modifier les cibles et les canaux', { exact: true }).click();
    await panel.getByRole('checkbox', { name: audiences.fr.students }).check();
    await panel.getByRole('button', { name: 'Enregistrer' }).click();
    await panel.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
    const after = await invokeResolver(host, CAMILLE.accountId, 'listCampaigns', { projectKey: 'MKT' });
    expect(after.data.campaigns.find((c) => c.epicKey === demoKey)?.audiences).toContain('students');
    const found = await host.call(
      CAMILLE.email,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('campaignAudience = students')}&fields=summary`,
    );
    expect((found.body.issues as { key: string }[]).map((i) => i.key)).toEqual([demoKey]);
    await panel.getByRole('definition').filter({ hasText: audiences.fr.students }).waitFor();
    expect(problems).toEqual([]);
  });
});
