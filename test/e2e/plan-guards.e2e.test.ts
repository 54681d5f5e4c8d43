/**
 * Browser test of the guards before creation, in French, against the real local host: Camille previews a Black
 * Friday plan launching in ten days. The preview counts its errors, offers the earliest feasible launch, and
 * "Créer la campagne" opens a confirmation that lists every error in French (no ISO date, no slug) instead of
 * creating it; back on the plan, one click on the earliest launch gives a plan without work in the past. The role
 * pickers never offer the read-only viewer or the outsider.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { CAMILLE, INES, SAM } from '../../local/identity/demo-users';
import type { PreviewCampaignResult } from '../../src/contracts/campaign-planner';
import { startTestHost, type TestHost } from '../support/host';
import { checkBrowserPrerequisites, launchChromium, recordProblems, resolverAnswer, RESULTS, closeOpened } from './support/browser';

jest.setTimeout(180_000);

const launchDate = format(addDays(new Date(), 10), 'yyyy-MM-dd');
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const SLUG = /\b[a-z]+_[a-z_]+\b/;

describe('campaign planner: guards before creation, in French', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;
  const problems: string[] = [];
  const calls: string[] = [];
  let first: PreviewCampaignResult | undefined;

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
    page.on('request', (r) => {
      if (!r.url().endsWith('/local/invoke') || r.method() !== 'POST') return;
      const { functionKey } = JSON.parse(r.postData() ?? '{}') as { functionKey?: string };
      if (functionKey) calls.push(functionKey);
    });
    app = page.frameLocator('iframe[data-module-key="campaign-planner"]');
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('counts the errors of a plan that does not fit and offers the earliest feasible launch', async () => {
    await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(CAMILLE.accountId)}`);
    await app.getByRole('radio', { name: /Black Friday/ }).check({ timeout: 20_000 });
    await app.getByLabel('Date de lancement').fill(launchDate);
    await app.getByLabel('Budget', { exact: true }).fill('90000');
    first = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
      app.getByRole('button', { name: 'Prévisualiser le plan' }).click(),
    );
    expect(first.errors).toBeGreaterThan(0);
    expect(first.plan.warnings.map((w) => w.code)).toContain('plan.doesNotFit');
    await app
      .getByTestId('plan-error-count')
      .getByText(new RegExp(`^${first.errors} erreurs? \\(le plan ne peut pas fonctionner tel quel\\)`))
      .waitFor();
    const earliest = app.getByTestId('earliest-launch');
    await earliest.getByRole('heading', { name: 'Lancement au plus tôt' }).waitFor();
    await earliest.getByText(/^Le plan tient avec un lancement le \d{1,2}(er)? \p{L}+ \d{4}, \d+ jours? ouvrés? plus tard/u).waitFor();
  });

  it('asks for a second confirmation listing the errors in French before creating, and creates nothing on "Revenir au plan"', async () => {
    await app.getByRole('button', { name: 'Créer la campagne' }).click();
    const dialog = app.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: /^Ce plan a \d+ erreurs?$/ }).waitFor();
    const items = await dialog.getByRole('listitem').allInnerTexts();
    const errors = first?.plan.warnings.filter((w) => w.severity === 'error') ?? [];
    expect(items).toHaveLength(errors.length);
    expect(items.some((i) => i.startsWith('Le plan ne tient pas\u202f: '))).toBe(true);
    const text = await dialog.innerText();
    expect(text).not.toMatch(ISO_DATE);
    expect(text).not.toMatch(SLUG);
    expect(text).not.toMatch(/would have to start|does not fit|has nobody in the role/);
    await dialog.getByRole('button', { name: 'Créer malgré tout' }).waitFor();
    await dialog.screenshot({ path: join(RESULTS, 'plan-guards-confirm-fr.png') });
    await dialog.getByRole('button', { name: 'Revenir au plan' }).click();
    await app.getByRole('alertdialog').waitFor({ state: 'detached' });
    expect(calls).not.toContain('createCampaign');
    expect(calls).toContain('previewCampaign');
  });

  it('applies the earliest feasible launch in one click: no more work in the past', async () => {
    const target = first?.earliestLaunch?.launchDate;
    if (!target) throw new Error('no earliest launch offered');
    const moved = await resolverAnswer<PreviewCampaignResult>(page, 'previewCampaign', () =>
      app.getByTestId('earliest-launch').getByRole('button', { name: 'Lancer à cette date' }).click(),
    );
    expect(moved.plan.launchDate).toBe(target);
    expect(moved.plan.warnings.filter((w) => w.kind === 'in_past' || w.code === 'plan.doesNotFit')).toEqual([]);
    expect(await app.getByLabel('Date de lancement').inputValue()).toBe(target);
  });

  it('never offers the read-only viewer or the outsider in the role pickers', async () => {
    const pickers = app.locator('select.input--inline');
    expect(await pickers.count()).toBeGreaterThan(0);
    const options = (await pickers.first().locator('option').allInnerTexts()).join('|');
    expect(options).not.toContain(INES.displayName);
    expect(options).not.toContain(SAM.displayName);
    expect(problems).toEqual([]);
  });
});
