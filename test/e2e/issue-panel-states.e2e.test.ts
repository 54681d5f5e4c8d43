/**
 * Browser test of the campaign issue panel's designed states, fed by dev fixtures of `getCampaignPanel`'s answer
 * (static/issue-panel/src/dev/fixtures.ts) instead of the resolver: an over-budget, late campaign with decisions
 * and pending approvers, the compact mode, the not-in-a-campaign state, an error with retry, and no permission.
 * Everything else (host page, bridge, context, locale, theme) is the real local host.
 */
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page, Route } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import { compactFixture, epicFixture, noneFixture } from '../../static/issue-panel/src/dev/fixtures';
import {
  checkBrowserPrerequisites,
  launchChromium,
  recordProblems,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
  frameOf,
  closeOpened,
} from './support/browser';

jest.setTimeout(120_000);

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

describe('campaign issue panel states (fixtures)', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  /** What the next getCampaignPanel calls answer; other resolvers run for real. */
  let answers: Answer[] = [];
  let calls = 0;

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
    await page.route('**/local/invoke', async (route: Route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { functionKey?: string };
      if (body.functionKey !== 'getCampaignPanel') return route.continue();
      calls++;
      const answer = answers.length > 1 ? answers.shift() : answers[0];
      await route.fulfill({ json: { ok: true, result: answer } });
    });
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator('iframe[data-module-key="campaign-panel"]');
  const panelFrame = (): Promise<Frame> => frameOf(page, 'iframe[data-module-key="campaign-panel"]');
  const open = async (issueKey: string, accountId = CAMILLE.accountId): Promise<void> => {
    await page.goto(`${host.url}/browse/${issueKey}?as=${encodeURIComponent(accountId)}`);
  };

  it('words health reasons, budget alerts and forecasts from the data, in French', async () => {
    answers = [{ ok: true, data: epicFixture }];
    await open('MKT-1');
    const health = panel().getByRole('region', { name: 'Santé' });
    await health.getByText('En dérive').waitFor();
    await health.getByText('La validation Juridique a 3 jours ouvrés de retard et bloque «\u202fCréations finales\u202f»').waitFor();
    await health.getByText(/Les dépenses atteignent 92\s%\sdu budget pour 40\s%\sdu travail terminé/).waitFor();
    const budget = panel().getByRole('region', { name: 'Consommation du budget' });
    await budget
      .getByRole('note')
      .filter({ hasText: /alerte à 80/ })
      .waitFor();
    // Money in the French locale, from the fixture's numbers.
    await budget
      .getByText(/171\s000\s€/)
      .first()
      .waitFor();
    await budget.getByRole('img', { name: /Graphique des dépenses cumulées/ }).waitFor();
    expect(await budget.getByRole('table', { name: 'Dépenses par jalon' }).locator('tbody tr').count()).toBe(
      epicFixture.budget.byMilestone.length,
    );
    const deadlines = panel().getByRole('region', { name: 'Risque sur les échéances' });
    expect(await deadlines.locator('tbody tr.milestone-row').count()).toBe(epicFixture.milestones.length);
    await deadlines.getByText('Shooting photo produits phares').waitFor();
    // The risk in plain words from the business days after the due date, the older forecast bases in the tooltip.
    expect(await deadlines.getByTestId('outlook-MKT-40').textContent()).toBe('Probablement 2\u202fjours ouvrés de retard');
    expect(await deadlines.getByTestId('outlook-MKT-41').textContent()).toBe(
      'Probablement dans les temps, avec 1\u202fjour ouvré de marge, mais 2\u202fjours ouvrés de retard possibles',
    );
    expect(await deadlines.getByTestId('milestone-MKT-41').locator('.outlook-cell').getAttribute('title')).toMatch(
      /^Au plus tôt \(P50\)\u202f: .* 2\u202f000 simulations d’après les estimations du plan/,
    );
    // The spending pace under the expected final cost; EAC and CPI only in its tooltip.
    const pace = budget.getByText('Les dépenses vont plus vite que le travail', { exact: true });
    expect(await pace.getAttribute('title')).toMatch(/\(EAC = AC \+ \(BAC − EV\) \/ CPI\)\. .*CPI\u202f: 0,43\.$/);
    const signoff = panel().getByRole('region', { name: 'Validations' });
    await signoff.getByText('3 jours ouvrés de retard').waitFor();
    // Decisions come from the fixture; MKT-1 is no app campaign, so the real getSignOff offers no actions on it
    // (decision buttons are covered by signoff-states.e2e and signoff.e2e).
    await signoff
      .getByTestId('gate-brand')
      .getByRole('row', { name: /Hugo Bernard/ })
      .getByText('Approuvé', { exact: true })
      .waitFor();
    expect(await signoff.getByRole('button', { name: 'Approuver' }).count()).toBe(0);
    await panel().getByRole('region', { name: 'Indicateurs clés' }).getByText('En retard sur le rythme').waitFor();
    await page.screenshot({ path: join(RESULTS, 'issue-panel-fixture-epic-fr.png'), fullPage: true });
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('keeps warnings, late dates and disabled buttons legible in dark mode', async () => {
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await panel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    await screenshotFrame(page, 'iframe[data-module-key="campaign-panel"]', join(RESULTS, 'issue-panel-fixture-epic-fr-dark-panel.png'));
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await panel().locator('html[data-color-mode="light"]').waitFor({ state: 'attached' });
  });

  it('shows the compact mode with the issue’s milestone and gate, in English', async () => {
    answers = [{ ok: true, data: compactFixture }];
    await open('MKT-2', ALEX.accountId);
    await panel()
      .getByRole('region', { name: 'Health' })
      .getByText('Juridique sign-off is 3 business days late and blocks ‘Créations finales’')
      .waitFor();
    await panel()
      .getByRole('link', { name: `${compactFixture.campaign.name} ${compactFixture.campaign.epicKey}` })
      .waitFor();
    const milestone = panel().getByRole('region', { name: 'This issue’s milestone' });
    await milestone.getByText('Créations finales').waitFor();
    await panel().getByRole('region', { name: 'Its sign-off' }).getByText('Juridique').waitFor();
    expect(await panel().getByRole('region', { name: 'Deadline risk' }).count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'issue-panel-fixture-compact-en.png'), fullPage: true });
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('shows the not-in-a-campaign state with a link to the planner', async () => {
    answers = [{ ok: true, data: noneFixture }];
    await open('MKT-2');
    await panel().getByText('Ce ticket ne fait partie d’aucune campagne').waitFor();
    await page.screenshot({ path: join(RESULTS, 'issue-panel-fixture-empty-fr.png'), fullPage: true });
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
    await Promise.all([
      page.waitForURL(/\/projects\/MKT\/apps\/campaigns/),
      panel().getByRole('link', { name: 'Ouvrir le planificateur de campagnes' }).click(),
    ]);
  });

  it('shows an error with a retry that loads the panel, and a no-permission state', async () => {
    answers = [
      { ok: false, error: { code: 'UPSTREAM', message: 'Jira answered 503 to bulkfetch.' } },
      { ok: true, data: epicFixture },
    ];
    calls = 0;
    await open('MKT-1');
    await panel().getByRole('alert').getByText('Jira answered 503 to bulkfetch.').waitFor();
    await page.screenshot({ path: join(RESULTS, 'issue-panel-fixture-error-fr.png'), fullPage: true });
    await panel().getByRole('button', { name: 'Réessayer' }).click();
    await panel().getByRole('region', { name: 'Santé' }).waitFor();
    expect(calls).toBe(2);

    answers = [{ ok: false, error: { code: 'FORBIDDEN', message: 'You cannot browse MKT.' } }];
    await open('MKT-1');
    await panel().getByText('Vous n’avez pas accès à cette campagne').waitFor();
    expect(problems).toEqual([]);
  });
});
