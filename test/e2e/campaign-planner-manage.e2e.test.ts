/**
 * Browser test of the planner's "Campagnes" view against the real local host: a campaign planned from the French
 * Black Friday brief is created through /local/invoke, then Camille (French) finds it in the list, re-plans it to a
 * later launch date (done work keeps its date), applies it (Jira's due dates move), compares it with its brief and
 * takes the brief's launch date, and copies a template. Inès (viewer) is told up front why she may not re-plan.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import { addDays, addMonths, format, nextFriday } from 'date-fns';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startTestHost, type TestHost } from '../support/host';
import { epicOf, invokeResolver, waitForCreationJob } from '../support/invoke';
import { CAMILLE, INES } from '../../local/identity/demo-users';
import * as actionWords from '../../src/wording/catalog/actions';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../../local/confluence/seed';
import type {
  CompareWithBriefResult,
  ListCampaignsResult,
  ReplanCampaignResult,
  SaveTemplateResult,
} from '../../src/contracts/campaign-planner';
import { checkBrowserPrerequisites, launchChromium, recordProblems, resolverAnswer, RESULTS, closeOpened } from './support/browser';
import { CONFIRM_ERRORS } from '../support/confirm-errors';

jest.setTimeout(180_000);

const launchDate = format(nextFriday(addMonths(new Date(), 6)), 'yyyy-MM-dd');
const newLaunchDate = format(addDays(new Date(`${launchDate}T00:00:00`), 7), 'yyyy-MM-dd');
const NAME = 'Black Friday — équipe France';
const frDate = (iso: string): string =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('campaign planner: the Campaigns view (list, re-plan, compare with brief, template copy)', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;
  const problems: string[] = [];
  let epicKey: string;
  let label: string;
  /** The first task of the plan, moved to Done before the re-plan: it must keep its due date. */
  let doneKey: string;
  let doneDue: string;

  const projectPage = (accountId: string): string => `${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(accountId)}`;
  const issue = async (key: string): Promise<{ duedate: string }> =>
    (await host.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}?fields=duedate`)).body.fields;

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    const preview = await invokeResolver(host, CAMILLE.accountId, 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate,
      // 10 000 € more than the brief's total: "Compare with brief" then shows a money difference too.
      budget: { amount: 150000, currency: 'EUR' },
      holidayCalendar: 'FR',
      briefPageId: BLACK_FRIDAY_FR_BRIEF_ID,
      name: NAME,
      projectKey: 'MKT',
    });
    expect(preview.ok).toBe(true);
    const plan = preview.data.plan;
    label = plan.campaignLabel;
    const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'manage-e2e-0001',
      plan,
    });
    const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
    expect(job.data).toMatchObject({ state: 'done', errors: [] });
    epicKey = epicOf(job);

    const firstTask = plan.rows.find((r: { kind: string }) => r.kind === 'task');
    const q = new URLSearchParams({ jql: `labels = ${label}`, fields: 'duedate', properties: 'campaignControlRow', maxResults: '100' });
    const issues = (await host.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?${q}`)).body.issues as {
      key: string;
      properties: { campaignControlRow: { rowId: string } };
    }[];
    doneKey = issues.find((i) => i.properties.campaignControlRow.rowId === firstTask?.rowId)?.key ?? '';
    const transitions = (await host.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${doneKey}/transitions`)).body.transitions as {
      id: string;
      to: { statusCategory: { key: string } };
    }[];
    const toDone = transitions.find((t) => t.to.statusCategory.key === 'done');
    expect(
      (await host.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${doneKey}/transitions`, { transition: { id: toDone?.id } })).status,
    ).toBe(204);
    doneDue = (await issue(doneKey)).duedate;

    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
    app = page.frameLocator('iframe[data-module-key="campaign-planner"]');
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  const shot = async (name: string): Promise<void> => {
    // From the top: scrolled, the host's sticky top bar would be drawn in the middle of a full-page shot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, name), fullPage: true });
  };

  it('lists the project’s campaigns in the "Campagnes" tab, with a link to each epic', async () => {
    await page.goto(projectPage(CAMILLE.accountId));
    await app.getByRole('tab', { name: 'Planifier une campagne', selected: true }).waitFor();
    const listed = await resolverAnswer<ListCampaignsResult>(page, 'listCampaigns', () =>
      app.getByRole('tab', { name: 'Campagnes' }).click(),
    );
    expect(listed.campaigns).toEqual([expect.objectContaining({ epicKey, name: NAME, launchDate, campaignLabel: label })]);
    const row = app.getByTestId('campaigns-table').getByRole('row', { name: new RegExp(NAME) });
    await row.waitFor();
    expect(await row.getByRole('link', { name: `Ouvrir l’epic ${epicKey} (${NAME})` }).getAttribute('href')).toBe(`/browse/${epicKey}`);
    await row.getByText(frDate(launchDate)).waitFor();
    await row.getByText(/^150\s000\s€$/).waitFor();
    // The planner's form is hidden, not gone: its state survives the switch.
    expect(await app.getByRole('radio').count()).toBe(0);
    await shot('campaign-planner-campaigns.png');
  });

  it('re-plans to a later launch date: shows the changes (done work keeps its date), applies them, and Jira’s due dates move', async () => {
    await app.getByRole('button', { name: `Replanifier ${NAME}` }).click();
    const panel = app.getByTestId('replan-panel');
    await panel.getByRole('heading', { name: `Replanifier « ${NAME} »` }).waitFor();
    await panel.getByLabel('Nouvelle date de lancement').fill(newLaunchDate);
    const previewed = await resolverAnswer<ReplanCampaignResult>(page, 'replanCampaign', () =>
      panel.getByRole('button', { name: 'Voir les changements' }).click(),
    );
    expect(previewed.applied).toBe(0);
    const moving = previewed.changes.filter((c) => !c.done);
    expect(moving.length).toBeGreaterThan(10);
    const table = panel.getByTestId('replan-changes');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(previewed.changes.length);
    await panel.getByText(new RegExp(`^${moving.length} tickets changent de date · 1 ticket terminé garde sa date$`)).waitFor();
    const rowOf = (key: string) => table.getByRole('row').filter({ has: app.getByRole('link', { name: key, exact: true }) });
    await rowOf(doneKey).getByText('terminé, date conservée').waitFor();
    const first = moving[0]!;
    const firstRow = rowOf(first.issueKey);
    await firstRow.getByText(frDate(first.from)).waitFor();
    await firstRow.getByText(frDate(first.to)).waitFor();
    const shift = (new Date(`${first.to}T00:00:00Z`).getTime() - new Date(`${first.from}T00:00:00Z`).getTime()) / 86_400_000;
    await firstRow
      .getByText(
        new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'day', unitDisplay: 'long', signDisplay: 'exceptZero' }).format(shift),
      )
      .waitFor();
    await shot('campaign-planner-replan-preview.png');

    const applied = await resolverAnswer<ReplanCampaignResult>(page, 'replanCampaign', () =>
      panel.getByRole('button', { name: 'Appliquer', exact: true }).click(),
    );
    expect(applied.applied).toBe(moving.length);
    await panel
      .getByTestId('replan-applied')
      .getByText(`${moving.length} tickets déplacés. La campagne est maintenant lancée le ${frDate(newLaunchDate)}.`)
      .waitFor();
    expect((await issue(first.issueKey)).duedate).toBe(first.to);
    expect((await issue(doneKey)).duedate).toBe(doneDue);
    // The list follows: the campaign now launches a week later.
    await app.getByTestId('campaigns-table').getByText(frDate(newLaunchDate)).waitFor();
    await shot('campaign-planner-replan-applied.png');
  });

  it('compares with the brief: shows the launch-date difference with both values, then takes the brief’s date', async () => {
    const compared = await resolverAnswer<CompareWithBriefResult>(page, 'compareWithBrief', () =>
      app.getByRole('button', { name: `Comparer ${NAME} avec son brief` }).click(),
    );
    const launch = compared.differences.find((d) => d.field === 'launchDate');
    expect(launch).toMatchObject({ inPlan: newLaunchDate, inBrief: '2026-11-27' });
    const panel = app.getByTestId('compare-panel');
    expect(await app.getByTestId('replan-panel').count()).toBe(0);
    const table = panel.getByTestId('brief-differences');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(compared.differences.length);
    const row = table.getByRole('row', { name: /Date de lancement/ });
    await row.getByText(frDate(newLaunchDate), { exact: true }).waitFor();
    await row.getByText(frDate('2026-11-27'), { exact: true }).waitFor();
    await row.getByText(launch?.source ?? '', { exact: true }).waitFor();
    // Money in the user's locale, on both sides.
    expect(compared.differences.find((d) => d.field === 'budget')).toMatchObject({
      inPlan: { amount: 150000, currency: 'EUR' },
      inBrief: { amount: 140000, currency: 'EUR' },
    });
    const budget = table.getByRole('row', { name: /Budget/ });
    await budget
      .locator('.diff__plan')
      .getByText(/^150\s000\s€$/)
      .waitFor();
    await budget
      .locator('.diff__brief')
      .getByText(/^140\s000\s€$/)
      .waitFor();
    await panel
      .getByText(`${compared.differences.length} différence`, { exact: false })
      .getByText(`Version ${compared.briefVersion} du brief`, { exact: false })
      .waitFor();
    const apply = panel.getByRole('button', { name: 'Appliquer la sélection' });
    expect(await apply.isDisabled()).toBe(true);
    await panel.getByRole('checkbox', { name: 'Reprendre la valeur du brief pour Date de lancement' }).check();
    await shot('campaign-planner-compare.png');

    const accepted = await resolverAnswer<CompareWithBriefResult>(page, 'compareWithBrief', () => apply.click());
    expect(accepted.applied).toEqual(['launchDate']);
    await panel.getByTestId('compare-applied').getByText('Repris du brief\u202f: Date de lancement.').waitFor();
    // What was not taken is still listed, unticked.
    expect(accepted.differences.map((d) => d.field)).toEqual(compared.differences.map((d) => d.field).filter((f) => f !== 'launchDate'));
    expect(await table.locator('tbody tr').count()).toBe(accepted.differences.length);
    expect(await panel.getByRole('checkbox', { name: 'Reprendre la valeur du brief pour Budget' }).isChecked()).toBe(false);
    expect(await table.getByRole('row', { name: /Date de lancement/ }).count()).toBe(0);
    await app.getByTestId('campaigns-table').getByText(frDate('2026-11-27')).waitFor();
    await shot('campaign-planner-compare-applied.png');

    // Taking the rest leaves nothing to compare.
    for (const d of accepted.differences) await panel.getByRole('checkbox').nth(accepted.differences.indexOf(d)).check();
    const rest = await resolverAnswer<CompareWithBriefResult>(page, 'compareWithBrief', () => apply.click());
    expect(rest).toMatchObject({ differences: [], applied: accepted.differences.map((d) => d.field) });
    await panel.getByTestId('no-differences').getByText('Le plan correspond à son brief\u202f: aucune différence.').waitFor();
    await app
      .getByTestId('campaigns-table')
      .getByText(/^140\s000\s€$/)
      .waitFor();
    await shot('campaign-planner-compare-none.png');
  });

  it('copies a template as Camille (project admin): the id follows the name, a built-in id is refused on its field, the copy is listed', async () => {
    const tab = app.getByRole('tab', { name: 'Planifier une campagne' });
    await tab.click();
    const source = (await invokeResolver(host, CAMILLE.accountId, 'listTemplates', { projectKey: 'MKT' })).data;
    const bf = source.templates.find((t) => t.id === 'black-friday-omnichannel');
    if (!bf) throw new Error('no Black Friday template');
    const radios = await app.getByRole('radio').count();
    await app.getByRole('button', { name: `Copier ${bf.name.fr}` }).click();
    const dialog = app.getByRole('dialog', { name: `Copier « ${bf.name.fr} »` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Nom (français)').inputValue()).toBe(`Copie de ${bf.name.fr}`);
    expect(await dialog.getByLabel('Nom (anglais)').inputValue()).toBe(`Copy of ${bf.name.en}`);
    await dialog.getByLabel('Nom (français)').fill('Black Friday équipe Été');
    expect(await dialog.getByLabel('Identifiant du modèle').inputValue()).toBe('black-friday-equipe-ete');

    // A built-in's id: the server refuses and names template.id, shown under the id field.
    await dialog.getByLabel('Identifiant du modèle').fill(bf.id);
    await expect(
      resolverAnswer(page, 'saveTemplate', () => dialog.getByRole('button', { name: 'Copier le modèle' }).click()),
    ).rejects.toThrow(/INVALID_INPUT/);
    const idField = dialog.getByLabel('Identifiant du modèle');
    await dialog
      .locator('#copy-id-error')
      .getByText(/template\.id/)
      .waitFor();
    expect(await idField.getAttribute('aria-invalid')).toBe('true');
    await shot('campaign-planner-copy-error.png');

    await idField.fill('bf-equipe-ete');
    await dialog.getByLabel('Nom (anglais)').fill('Black Friday summer team');
    const saved = await resolverAnswer<SaveTemplateResult>(page, 'saveTemplate', () =>
      dialog.getByRole('button', { name: 'Copier le modèle' }).click(),
    );
    expect(saved.template).toMatchObject({
      id: 'bf-equipe-ete',
      version: 1,
      builtIn: false,
      name: { fr: 'Black Friday équipe Été', en: 'Black Friday summer team' },
    });
    await dialog.waitFor({ state: 'hidden' });
    await app
      .getByTestId('template-notice')
      .getByText('Modèle « Black Friday équipe Été » copié. Il figure maintenant dans la liste.')
      .waitFor();
    await app.getByRole('radio', { name: /Black Friday équipe Été/ }).waitFor();
    expect(await app.getByRole('radio').count()).toBe(radios + 1);
    const listed = (await invokeResolver(host, CAMILLE.accountId, 'listTemplates', { projectKey: 'MKT' })).data;
    expect(listed.templates.map((t) => t.id)).toContain('bf-equipe-ete');
    await shot('campaign-planner-copied.png');
    expect(problems).toEqual([]);
  });

  it('tells a viewer up front why she may not re-plan (no button that would fail), offers no template copy, and opens the epic through Jira', async () => {
    await page.goto(projectPage(INES.accountId));
    await app.getByTestId('plan-refusal').waitFor();
    expect(await app.getByRole('button', { name: /^Copier / }).count()).toBe(0);
    expect(await app.getByRole('radio').count()).toBe(0);
    const listed = await resolverAnswer<ListCampaignsResult>(page, 'listCampaigns', () =>
      app.getByRole('tab', { name: 'Campagnes' }).click(),
    );
    expect(listed.campaigns.find((c) => c.epicKey === epicKey)?.actions.replan.allowed).toBe(false);
    await app
      .getByTestId('campaigns-refusal')
      .getByText(/replanifier cette campagne/)
      .waitFor();
    expect(await app.getByRole('button', { name: `Replanifier ${NAME}` }).count()).toBe(0);
    // She may try a date (nothing is applied): the reason comes first, and the changes have no apply button.
    await app.getByRole('button', { name: actionWords.fr.simulateOf(NAME) }).click();
    const panel = app.getByTestId('replan-panel');
    await panel
      .getByTestId('replan-refusal')
      .getByText(/replanifier cette campagne/)
      .waitFor();
    await panel.getByRole('textbox', { name: 'Nouvelle date de lancement' }).fill(newLaunchDate);
    await resolverAnswer(page, 'replanCampaign', () => panel.getByRole('button', { name: 'Voir les changements' }).click());
    await panel.locator('table').first().waitFor();
    expect(await panel.getByRole('button', { name: 'Appliquer', exact: true }).count()).toBe(0);
    // The server still refuses on its own, whatever a page shows.
    const refused = await invokeResolver(host, INES.accountId, 'replanCampaign', { epicKey, launchDate: newLaunchDate, apply: true });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');
    await shot('campaign-planner-replan-forbidden.png');

    await app.getByRole('link', { name: `Ouvrir l’epic ${epicKey} (${NAME})` }).click();
    await page.waitForURL(new RegExp(`/browse/${epicKey}`));
  });
});
