/**
 * Browser test of the planner's "Team capacity" tab against the real local host, in French and in English: Noah
 * (designer, French) sees everyone at 100 % by default and may change only his own row; he gives his hours per week,
 * a reserved share and time off, and the table and storage show it. A value out of range is refused naming the
 * field, and nothing is stored. Camille (project admin) may change everyone's. Alex Partner does it in English.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { ALEX, CAMILLE, HUGO, NOAH } from '../../local/identity/demo-users';
import type { GetTeamCapacityResult, SetPersonCapacityResult } from '../../src/contracts/capacity';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver } from '../support/invoke';
import {
  checkBrowserPrerequisites,
  frameOf,
  launchChromium,
  recordProblems,
  resolverAnswer,
  RESULTS,
  seriousAxeViolations,
  closeOpened,
} from './support/browser';

jest.setTimeout(180_000);

describe('campaign planner: team capacity (FR and EN)', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;
  const problems: string[] = [];

  const open = async (accountId: string, tab: string): Promise<GetTeamCapacityResult> => {
    await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(accountId)}`);
    await app.getByRole('tab').first().waitFor();
    return resolverAnswer<GetTeamCapacityResult>(page, 'getTeamCapacity', () => app.getByRole('tab', { name: tab }).click());
  };
  const axe = async (): Promise<string[]> => seriousAxeViolations(await frameOf(page, 'iframe[data-module-key="campaign-planner"]'));

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    recordProblems(page, problems);
    app = page.frameLocator('iframe[data-module-key="campaign-planner"]');
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('shows Noah everyone at 100 % by default, himself first, and lets him change only his own row', async () => {
    const team = await open(NOAH.accountId, 'Capacité de l’équipe');
    expect(team.people[0]).toMatchObject({ accountId: NOAH.accountId, campaignPercent: 100, isDefault: true, canEdit: true });
    expect(team.people.filter((p) => p.canEdit).map((p) => p.accountId)).toEqual([NOAH.accountId]);
    await app.getByRole('heading', { name: 'Capacité de l’équipe', level: 2 }).waitFor();
    await app
      .getByRole('row', { name: /Noah Petit \(vous\)/ })
      .getByText('100\u00a0% (par défaut)')
      .waitFor();
    expect(await app.getByRole('button', { name: /^Modifier la capacité de / }).count()).toBe(1);
    await app.getByText('Seuls la personne concernée et les administrateurs du projet peuvent la modifier.').waitFor();
    expect(await axe()).toEqual([]);
  });

  it('refuses a reserved share over 90 % naming the field, then saves hours per week and time off', async () => {
    await app.getByRole('button', { name: 'Modifier la capacité de Noah Petit' }).click();
    const form = app.getByRole('form', { name: 'Capacité de Noah Petit' });
    await form.getByRole('radio', { name: 'heures par semaine' }).check();
    await form.getByLabel('Heures par semaine (une semaine complète compte 35\u202fh)').fill('28');
    await form.getByLabel('Réservé hors campagnes (%)').fill('95');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form
      .getByRole('alert')
      .getByText(/reservedPercent.*90/)
      .waitFor();
    expect(await form.getByLabel('Réservé hors campagnes (%)').getAttribute('aria-invalid')).toBe('true');
    const stored = await invokeResolver(host, NOAH.accountId, 'getTeamCapacity', { projectKey: 'MKT' });
    expect(stored.data.people[0]).toMatchObject({ accountId: NOAH.accountId, isDefault: true });

    await form.getByLabel('Réservé hors campagnes (%)').fill('10');
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByText('Il reste ainsi 72\u00a0% des jours ouvrés pour les campagnes.').waitFor();
    await form.getByRole('button', { name: 'Ajouter une absence' }).click();
    await form.getByLabel('Du', { exact: true }).fill('2027-01-04');
    await form.getByLabel('Au', { exact: true }).fill('2027-01-08');
    await page.screenshot({ path: join(RESULTS, 'team-capacity-edit-fr.png'), fullPage: true });
    const saved = await resolverAnswer<SetPersonCapacityResult>(page, 'setPersonCapacity', () =>
      form.getByRole('button', { name: 'Enregistrer' }).click(),
    );
    expect(saved.person).toMatchObject({
      hoursPerWeek: 28,
      reservedPercent: 10,
      campaignPercent: 72,
      timeOff: [{ from: '2027-01-04', to: '2027-01-08' }],
    });
    await app
      .getByRole('status')
      .getByText('La capacité de Noah Petit est enregistrée. Les prévisions en tiennent compte dès maintenant.')
      .waitFor();
    const row = app.getByRole('row', { name: /Noah Petit \(vous\)/ });
    await row.getByText('72\u00a0%').waitFor();
    await row.getByText('28\u202fh par semaine').waitFor();
    await row.getByText('du 4 janvier 2027 au 8 janvier 2027').waitFor();
    expect(await axe()).toEqual([]);
  });

  it('lets Camille, a project admin, change anyone’s capacity', async () => {
    const team = await open(CAMILLE.accountId, 'Capacité de l’équipe');
    expect(team.canEditAll).toBe(true);
    expect(team.people.every((p) => p.canEdit)).toBe(true);
    await app.getByRole('button', { name: `Modifier la capacité de ${HUGO.displayName}` }).click();
    const form = app.getByRole('form', { name: `Capacité de ${HUGO.displayName}` });
    await form.getByLabel('Disponibilité (%)').fill('50');
    await resolverAnswer<SetPersonCapacityResult>(page, 'setPersonCapacity', () =>
      form.getByRole('button', { name: 'Enregistrer' }).click(),
    );
    await app
      .getByRole('row', { name: new RegExp(HUGO.displayName) })
      .getByText('50\u00a0%')
      .first()
      .waitFor();
  });

  it('speaks English to Alex Partner, who sets his own availability and a day off', async () => {
    await open(ALEX.accountId, 'Team capacity');
    await app
      .getByRole('row', { name: /Alex Partner \(you\)/ })
      .getByText('100% (default)')
      .waitFor();
    await app.getByRole('button', { name: 'Edit Alex Partner’s capacity' }).click();
    const form = app.getByRole('form', { name: 'Capacity of Alex Partner' });
    await form.getByLabel('Availability (%)').fill('60');
    await form.getByRole('button', { name: 'Add time off' }).click();
    await form.getByLabel('From', { exact: true }).fill('2027-01-01');
    await form.getByLabel('To', { exact: true }).fill('2027-01-01');
    await resolverAnswer<SetPersonCapacityResult>(page, 'setPersonCapacity', () => form.getByRole('button', { name: 'Save' }).click());
    const row = app.getByRole('row', { name: /Alex Partner \(you\)/ });
    await row.getByText('1 January 2027').waitFor();
    await app.getByRole('status').getByText('Alex Partner’s capacity is saved. Forecasts use it from now on.').waitFor();
    await page.screenshot({ path: join(RESULTS, 'team-capacity-en.png'), fullPage: true });
    expect(await axe()).toEqual([]);
    expect(problems).toEqual([]);
  });
});
