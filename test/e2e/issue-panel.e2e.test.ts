/**
 * Browser test of the campaign issue panel on the local host's issue view, against the real `getCampaignPanel`
 * resolver: a Black Friday campaign is created through the planner's resolvers, a task is done and costs are
 * booked through Jira REST, then the epic shows its five sections in French (Camille) and English (Alex), in
 * light and dark theme, with no serious axe-core violation; a task shows the compact mode, MKT-2 the empty state.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import { addMonths, format, nextFriday } from 'date-fns';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { epicOf, invokeResolver, waitForCreationJob } from '../support/invoke';
import { ALEX, CAMILLE } from '../../local/identity/demo-users';
import type { CampaignPlan } from '../../src/domain/model';
import type { CampaignPanel, GetCampaignPanelResult } from '../../src/contracts/campaign-panel';
import {
  checkBrowserPrerequisites,
  launchChromium,
  recordProblems,
  currentPanelAnswer,
  RESULTS,
  screenshotFrame,
  seriousAxeViolations,
  frameOf,
  closeOpened,
} from './support/browser';
import { CONFIRM_ERRORS } from '../support/confirm-errors';
import { forecastWords } from '../../src/wording/catalog/forecast';

jest.setTimeout(180_000);

const BUDGET = 140_000;
/** Booked in Jira below: a done task and an open one, so spend (85 %) runs ahead of work. */
const DONE_TASK_ACTUAL = 30_000;
const OPEN_TASK_ACTUAL = 89_000;
const OPEN_TASK_COMMITTED = 6_500;

/** The section headings the panel must show (static/issue-panel/src/i18n.ts). */
const SECTIONS = {
  fr: ['Santé', 'Consommation du budget', 'Risque sur les échéances', 'Validations', 'Indicateurs clés'],
  en: ['Health', 'Budget burn', 'Deadline risk', 'Sign-off status', 'KPIs'],
};
const HEALTH = {
  fr: { on_track: 'En bonne voie', at_risk: 'À risque', off_track: 'En dérive' },
  en: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' },
};

/** A money amount as the panel formats it, matched whatever space the locale's ICU puts between groups. */
const moneyPattern = (amount: number, locale: string, currency: string): RegExp => {
  const text = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s?'));
};

describe('campaign issue panel in the local issue view', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  let plan: CampaignPlan;
  let epicKey: string;
  let taskKey: string;
  let doneTaskKey: string;

  beforeAll(async () => {
    checkBrowserPrerequisites('issue-panel');
    host = await startTestHost();

    // The campaign, created as the planner does it.
    const launchDate = format(nextFriday(addMonths(new Date(), 4)), 'yyyy-MM-dd');
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate,
      budget: { amount: BUDGET, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    });
    if (!preview.ok) throw new Error(`previewCampaign refused: ${JSON.stringify(preview.error)}`);
    plan = preview.data.plan;
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'issue-panel-e2e-0001',
      plan,
    });
    if (!started.ok) throw new Error(`createCampaign refused: ${JSON.stringify(started.error)}`);
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    if (!job.ok || job.data.state !== 'done') throw new Error(`creation did not finish: ${JSON.stringify(job)}`);
    epicKey = epicOf(job);
    const tasks = plan.rows.filter((r) => r.kind === 'task');
    doneTaskKey = job.data.issueKeys[tasks[0]!.rowId]!;
    taskKey = job.data.issueKeys[tasks[1]!.rowId]!;

    // Costs in the app's custom fields, and one task done, through Jira REST as Camille.
    const fields = (await host.call(CAMILLE.email, 'GET', '/rest/api/3/field')).body as { id: string; schema?: { custom?: string } }[];
    const fieldId = (module: string): string => {
      const field = fields.find((f) => f.schema?.custom?.endsWith(`/static/${module}`));
      if (!field) throw new Error(`No Jira field for the ${module} module`);
      return field.id;
    };
    const put = async (key: string, values: Record<string, number>): Promise<void> => {
      const res = await host.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${key}`, { fields: values });
      if (res.status !== 204) throw new Error(`PUT ${key} answered ${res.status}: ${JSON.stringify(res.body)}`);
    };
    await put(doneTaskKey, { [fieldId('actual-cost')]: DONE_TASK_ACTUAL });
    await put(taskKey, { [fieldId('actual-cost')]: OPEN_TASK_ACTUAL, [fieldId('committed-cost')]: OPEN_TASK_COMMITTED });
    const transitions = (await host.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${doneTaskKey}/transitions`)).body.transitions as {
      id: string;
      to: { statusCategory: { key: string } };
    }[];
    const done = await host.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${doneTaskKey}/transitions`, {
      transition: { id: transitions.find((t) => t.to.statusCategory.key === 'done')!.id },
    });
    if (done.status !== 204) throw new Error(`transition of ${doneTaskKey} answered ${done.status}`);

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const panel = (): FrameLocator => page.frameLocator('iframe[data-module-key="campaign-panel"]');
  const panelFrame = (): Promise<Frame> => frameOf(page, 'iframe[data-module-key="campaign-panel"]');
  const shoot = async (name: string): Promise<void> => {
    await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
    await screenshotFrame(page, 'iframe[data-module-key="campaign-panel"]', join(RESULTS, `${name}-panel.png`));
  };
  // The dates the tests read are the forecast consumer's: the answer taken is the first with a current forecast.
  const panelAnswer = (trigger: () => Promise<unknown>): Promise<GetCampaignPanelResult> =>
    currentPanelAnswer<GetCampaignPanelResult>(page, trigger);
  const asCampaign = (answer: GetCampaignPanelResult): CampaignPanel => {
    if (answer.mode === 'none') throw new Error(`getCampaignPanel says ${answer.issueKey} is not part of a campaign`);
    return answer;
  };

  /** The five sections, named in `lang`, with what the resolver answered in them. */
  async function expectFiveSections(lang: 'fr' | 'en', answer: CampaignPanel, locale: string): Promise<void> {
    for (const name of SECTIONS[lang]) await panel().getByRole('region', { name, exact: true }).waitFor();
    await panel().getByRole('region', { name: SECTIONS[lang][0] }).getByText(HEALTH[lang][answer.health.status], { exact: true }).waitFor();
    await panel()
      .getByRole('region', { name: SECTIONS[lang][1] })
      .getByText(moneyPattern(answer.budget.actual, locale, 'EUR'))
      .first()
      .waitFor();
    const milestones = panel().getByRole('region', { name: SECTIONS[lang][2] }).locator('tbody tr.milestone-row');
    expect(await milestones.count()).toBe(answer.milestones.length);
    expect(await panel().getByRole('region', { name: SECTIONS[lang][3] }).locator('li.gate').count()).toBe(answer.gates.length);
    expect(await panel().getByRole('region', { name: SECTIONS[lang][4] }).locator('tbody tr').count()).toBe(answer.kpis.length);
  }

  /** Issue 14: the network forecast's reasons, its basis and the critical path, in the reader's language. */
  const FORECAST = {
    fr: {
      path: 'Chemin critique',
      onTime: /de chances de tenir l’échéance$/,
      critical: /critique dans .* des simulations/,
      basis: /Monte-Carlo sur les liens entre tâches/,
    },
    en: {
      path: 'Critical path',
      onTime: /chance of meeting the due date$/,
      critical: /critical in .* of simulations/,
      basis: /Monte Carlo over the task links/,
    },
  };
  async function expectForecastReasons(lang: 'fr' | 'en', answer: CampaignPanel): Promise<void> {
    const words = FORECAST[lang];
    const steps = answer.criticalPath ?? [];
    expect(steps.length).toBeGreaterThan(0);
    const path = panel().getByRole('region', { name: words.path, exact: true });
    expect(await path.locator('li').count()).toBe(steps.length);
    await path.getByText(words.critical).first().waitFor();
    const withReasons = answer.milestones.find(
      (m) => m.status === 'open' && m.onTimeProbability !== null && m.onTimeProbability !== undefined,
    );
    if (!withReasons) throw new Error('no open milestone with a chance of meeting its due date');
    await panel().getByTestId(`forecast-reasons-${withReasons.key}`).getByText(words.onTime).waitFor();
    // The basis (Monte Carlo, trials) is in the legend's tooltip, not in the visible text.
    expect(await panel().getByTestId('forecast-legend').locator('[title]').getAttribute('title')).toMatch(words.basis);
  }

  /** A percentage as the panel's budget legends write it (whole percent, any space before "%"). */
  const pct = (ratio: number): string => `${Math.round(ratio * 100)}\\s%`;

  /** Issue 15: the deadline risk in plain French, its statistics in a tooltip, no bare jargon, a legend for each bar. */
  async function expectPlainRiskAndLegends(answer: CampaignPanel): Promise<void> {
    const w = forecastWords('fr');
    const dated = answer.milestones.filter((m) => m.status === 'open' && m.p50DaysAfterDue !== null && m.p50DaysAfterDue !== undefined);
    expect(dated.length).toBeGreaterThan(0);
    for (const m of dated) {
      const line = panel().getByTestId(`milestone-${m.key}`).getByTestId(`outlook-${m.key}`);
      expect(await line.textContent()).toBe(w.outlook(m.p50DaysAfterDue!, m.p85DaysAfterDue ?? null));
      expect(await line.textContent()).toMatch(/^Probablement (dans les temps|\d+\u202fjours? ouvrés? de retard)/);
    }
    const first = panel().getByTestId(`milestone-${dated[0]!.key}`);
    await first.getByText(/^Au plus tôt \d{1,2} \p{L}+\.? · prudent \d{1,2} \p{L}+\.?$/u).waitFor();
    // The tooltip: the statistics as its title, and the same text as the accessible description.
    const cell = first.locator('.outlook-cell');
    const tip = await cell.getAttribute('title');
    expect(tip).toMatch(
      /^Au plus tôt \(P50\)\u202f: une chance sur deux d’avoir fini à cette date\. Prudent \(P85\)\u202f: 85\u00a0chances sur 100\. /,
    );
    expect(tip).toMatch(/Monte-Carlo .*\u202f: [\d\u202f]+ simulations, P85 à ±/);
    const description = await cell.getAttribute('aria-describedby');
    expect(await panel().locator(`[id="${description}"]`).textContent()).toBe(tip);
    // What a marketing manager reads: no bare statistics or earned-value terms.
    const visible = await panel().locator('body').innerText();
    expect(visible).not.toMatch(/\bP50\b|\bP85\b|Monte-Carlo|indice de performance|\bEAC\b|\bCPI\b|terminaison/);
    await panel().getByRole('region', { name: 'Consommation du budget' }).getByText('Coût final estimé', { exact: true }).waitFor();

    // Every bar says what it shows: the budget bar its two stripes, each share bar its percentage under a visible header.
    const budget = panel().getByRole('region', { name: 'Consommation du budget' });
    expect(await budget.locator('.progress').count()).toBe(1);
    const legend = budget.getByTestId('budget-bar').getByTestId('budget-bar-legend');
    await legend.getByText(new RegExp(`^Dépensé\u202f: ${pct(answer.budget.percentSpent)} du budget$`)).waitFor();
    await legend.getByText(new RegExp(`^Travail fait\u202f: ${pct(answer.budget.percentComplete)}$`)).waitFor();
    const shares = budget.locator('.share-cell');
    expect(await shares.count()).toBe(answer.budget.byMilestone.length);
    for (const text of await shares.allInnerTexts()) expect(text).toMatch(/^(\d+\s%|—)$/);
    await budget.getByRole('columnheader', { name: 'Part dépensée' }).waitFor();
    expect(await budget.locator('figure.chart .legend li').allInnerTexts()).toEqual(['Prévu', 'Réel', 'Prévision', 'Budget prévu']);
  }

  it('shows the epic’s five sections in French for Camille, with the costs booked in Jira', async () => {
    const answer = asCampaign(
      await panelAnswer(() => page.goto(`${host.url}/browse/${epicKey}?as=${encodeURIComponent(CAMILLE.accountId)}`)),
    );
    expect(answer.mode).toBe('epic');
    // The numbers come from Jira: what was booked above, against the plan's budget.
    expect(answer.budget.actual).toBe(DONE_TASK_ACTUAL + OPEN_TASK_ACTUAL);
    expect(answer.budget.planned).toBe(BUDGET);
    expect(answer.budget.alerts).toContain('budget_80');
    expect(answer.milestones.length).toBe(plan.rows.filter((r) => r.kind === 'milestone').length);
    expect(answer.gates.length).toBe(plan.gates.length);
    expect(answer.kpis.length).toBeGreaterThan(0);

    await expectFiveSections('fr', answer, 'fr-FR');
    await expectForecastReasons('fr', answer);
    await expectPlainRiskAndLegends(answer);
    await panel()
      .getByRole('region', { name: 'Consommation du budget' })
      .getByRole('note')
      .filter({ hasText: /alerte à 80/ })
      .waitFor();
    await panel()
      .getByRole('img', { name: /Graphique des dépenses cumulées/ })
      .waitFor();
    expect(await panel().locator('html').getAttribute('lang')).toBe('fr');
    await shoot('issue-panel-epic-fr-light');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('follows dark mode', async () => {
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await panel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    await shoot('issue-panel-epic-fr-dark');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('speaks English to Alex Partner after the user switcher, in dark and light theme', async () => {
    const answer = asCampaign(await panelAnswer(() => page.getByLabel('Signed in as').selectOption(ALEX.accountId)));
    await expectFiveSections('en', answer, 'en-US');
    await expectForecastReasons('en', answer);
    expect(await panel().locator('html').getAttribute('lang')).toBe('en');
    await panel().locator('html[data-color-mode="dark"]').waitFor({ state: 'attached' });
    await shoot('issue-panel-epic-en-dark');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await panel().locator('html[data-color-mode="light"]').waitFor({ state: 'attached' });
    await shoot('issue-panel-epic-en-light');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('is keyboard usable: the refresh button and the chart data are reachable and work', async () => {
    const refresh = panel().getByRole('button', { name: 'Refresh' });
    await refresh.focus();
    await panelAnswer(() => page.keyboard.press('Enter'));
    await page.getByRole('status').filter({ hasText: 'Campaign data refreshed' }).waitFor();
    const details = panel().locator('details.chart__data');
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.getAttribute('open')).not.toBeNull();
  });

  it('shows the compact mode on a task of the campaign', async () => {
    const answer = asCampaign(await panelAnswer(() => page.goto(`${host.url}/browse/${taskKey}?as=${encodeURIComponent(ALEX.accountId)}`)));
    expect(answer.mode).toBe('compact');
    expect(answer.campaign.epicKey).toBe(epicKey);
    await panel().getByRole('region', { name: 'Health' }).waitFor();
    await panel().getByRole('region', { name: 'This issue’s milestone' }).waitFor();
    await panel().getByRole('region', { name: 'Its sign-off' }).waitFor();
    await panel()
      .getByRole('link', { name: `${answer.campaign.name} ${epicKey}` })
      .waitFor();
    await shoot('issue-panel-compact-en');
    expect(await seriousAxeViolations(await panelFrame())).toEqual([]);
  });

  it('shows the empty state on an issue outside any campaign', async () => {
    const answer = await panelAnswer(() => page.goto(`${host.url}/browse/MKT-2?as=${encodeURIComponent(CAMILLE.accountId)}`));
    expect(answer.mode).toBe('none');
    await panel().getByText('Ce ticket ne fait partie d’aucune campagne').waitFor();
    await panel().getByRole('link', { name: 'Ouvrir le planificateur de campagnes' }).waitFor();
    await shoot('issue-panel-empty-fr');
    expect(problems).toEqual([]);
  });
});
