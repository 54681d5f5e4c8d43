/**
 * Browser test of the brief reading in the planner (issue 17): Camille (French) plans from a draft brief written as
 * prose (« Lancement prévu le 03/09/2027 normalement », « budget ~ 95 k€ ? »). The preview says which engine found
 * each value, offers both readings of the ambiguous date (none used until she picks one), lists the lines it did
 * not understand, and, asked to, adds the AI's proposals (the host's scripted Forge LLMs stand-in) marked as such.
 * Needs Debian's chromium and `npm run build:static`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE } from '../../local/identity/demo-users';
import { MKT_SPACE_ID } from '../../local/confluence/seed';
import type { PreviewCampaignResult } from '../../src/contracts/campaign-planner';
import { checkBrowserPrerequisites, launchChromium, recordProblems, resolverAnswer, closeOpened, RESULTS } from './support/browser';

jest.setTimeout(180_000);

const launchDate = format(nextFriday(addMonths(new Date(), 4)), 'yyyy-MM-dd');
const DRAFT = readFileSync(join(__dirname, '../fixtures/briefs/02-fr-draft-ambiguous.html'), 'utf8');
const TITLE = 'Brouillon — Relance clients dormants';

describe('planner: reading a draft brief', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    const created = await host.call(CAMILLE.email, 'POST', '/wiki/api/v2/pages', {
      spaceId: MKT_SPACE_ID,
      status: 'current',
      title: TITLE,
      body: { representation: 'storage', value: DRAFT },
    });
    expect(created.status).toBe(200);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const preview = (click: () => Promise<unknown>): Promise<PreviewCampaignResult> =>
    resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', click);

  it('offers both readings of the ambiguous date, lists what it did not understand, and says who read each value', async () => {
    const params = new URLSearchParams({
      moduleKey: 'campaign-planner',
      accountId: CAMILLE.accountId,
      locale: CAMILLE.locale,
      projectKey: 'MKT',
    });
    await page.goto(`${host.url}/static/campaign-planner/?${params}`);
    await page.getByRole('radio', { name: /Black Friday/ }).check({ timeout: 30_000 });
    await page.getByLabel('Date de lancement').fill(launchDate);
    await page.getByLabel('Budget', { exact: true }).fill('95000');
    await page.getByLabel('Brief Confluence (facultatif)').selectOption({ label: TITLE });
    const first = await preview(() => page.getByRole('button', { name: 'Prévisualiser le plan' }).click());
    const brief = first.plan.brief;
    expect(brief?.choices).toEqual([
      expect.objectContaining({ field: 'launchDate', raw: '03/09/2027', options: ['2027-09-03', '2027-03-09'] }),
    ]);
    expect(brief?.values.find((v) => v.field === 'launchDate')).toBeUndefined();
    expect(brief?.unread?.map((u) => u.text)).toEqual(['Kick-off le 5 janvier 2027 avec l’agence.']);

    const choices = page.getByTestId('brief-choices');
    await choices.getByText(/03\/09\/2027.*peut se lire de deux façons/).waitFor();
    await page.getByTestId('brief-unread').getByText('Kick-off le 5 janvier 2027 avec l’agence.').waitFor();
    // The approximate budget is read, marked uncertain, and found by the reader.
    const budgetRow = page.getByRole('row', { name: /Budget/ }).filter({ hasText: 'lu dans le brief' });
    await budgetRow.getByText('lu dans le brief · incertain').waitFor();
    await page.screenshot({ path: join(RESULTS, 'planner-brief-choices.png'), fullPage: true });

    const picked = await preview(() => choices.getByRole('button').nth(1).click());
    expect(picked.plan.brief?.choices?.[0]?.picked).toBe('2027-03-09');
    expect(picked.plan.brief?.values.find((v) => v.field === 'launchDate')).toMatchObject({ value: '2027-03-09', uncertain: true });
    await page
      .getByTestId('brief-choice-picked')
      .getByText(/Retenu/)
      .waitFor();
  });

  it('adds the AI’s proposals when asked, marked as proposed by the AI', async () => {
    const objective = 'Relancer les clients dormants avec une offre de printemps';
    host.host.llm.script({
      available: true,
      replies: [
        JSON.stringify({
          values: [{ field: 'objective', value: objective, quote: 'Idée : relancer les clients dormants avec une offre de printemps.' }],
        }),
      ],
    });
    const asked = await preview(() => page.getByTestId('brief-ask-ai').click());
    expect(asked.plan.brief?.ai).toBe('used');
    expect(asked.plan.brief?.values.find((v) => v.field === 'objective')).toMatchObject({ value: objective, engine: 'ai' });
    // The PM's pick still holds in the request the AI reading re-planned.
    expect(asked.plan.brief?.choices?.[0]?.picked).toBe('2027-03-09');
    expect(host.host.llm.calls).toHaveLength(1);
    await page
      .getByRole('row', { name: new RegExp(objective) })
      .locator('[data-engine="ai"]')
      .getByText('proposé par l’IA · incertain')
      .waitFor();
    expect(problems).toEqual([]);
  });
});
