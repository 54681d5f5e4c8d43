/**
 * Browser test of leveling an existing campaign from the planner's "Campagnes" tab, against the real local host:
 * two created campaigns over-allocate Noah in one week. Inès (a viewer) tries a date on the second one: she is told up
 * front why she may not apply anything, and sees the proposals with no button. Camille (its PM) applies the proposed move of the design
 * task: Jira's due date moves, the view shows the conflicts after it, and Noah's week is no longer over-allocated.
 * Needs Debian's chromium and `npm run build:static` (npm test runs it first).
 */
import { join } from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { CAMILLE, INES, NOAH } from '../../local/identity/demo-users';
import type { LevelingProposal } from '../../src/contracts/conflicts';
import type { ResultOf } from '../../src/contracts/registry';
import * as actionWords from '../../src/wording/catalog/actions';
import { conflictWords } from '../../src/wording/catalog/conflicts';
import { startTestHost, type TestHost } from '../support/host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { levelingPlans, LEVELING_WEEK } from '../support/leveling-plans';
import { checkBrowserPrerequisites, closeOpened, launchChromium, recordProblems, resolverAnswer, RESULTS } from './support/browser';
import { CONFIRM_ERRORS } from '../support/confirm-errors';

jest.setTimeout(180_000);

const plans = levelingPlans('leveling-e2e');
const NAME = plans.second.name;

describe('campaign planner: applying a leveling proposal to an existing campaign', () => {
  let host: TestHost;
  let browser: Browser;
  let page: Page;
  let app: FrameLocator;
  const problems: string[] = [];
  let designKey = '';

  const openReplan = async (accountId: string): Promise<ResultOf<'replanCampaign'>> => {
    await page.goto(`${host.url}/projects/MKT/apps/campaigns?as=${encodeURIComponent(accountId)}`);
    await app.getByRole('tab', { name: 'Campagnes' }).click();
    // Someone who may not re-plan only tries a date: the button says so, and nothing is applied.
    const label = accountId === INES.accountId ? actionWords.fr.simulateOf(NAME) : `Replanifier ${NAME}`;
    await app.getByRole('button', { name: label }).click();
    const panel = app.getByTestId('replan-panel');
    return resolverAnswer<ResultOf<'replanCampaign'>>(page, 'replanCampaign', () =>
      panel.getByRole('button', { name: 'Voir les changements' }).click(),
    );
  };
  const shiftOf = (answer: ResultOf<'replanCampaign'>): LevelingProposal | undefined =>
    answer.conflicts?.leveling?.find((p) => p.kind === 'shift' && p.rowId === 'design');
  const noahOver = (c: { load: { accountId: string; weekStart: string; level: string }[] } | undefined): boolean =>
    (c?.load ?? []).some((w) => w.accountId === NOAH.accountId && w.weekStart === LEVELING_WEEK && w.level === 'over');

  beforeAll(async () => {
    checkBrowserPrerequisites('campaign-planner');
    host = await startTestHost();
    for (const [i, plan] of [plans.first, plans.second].entries()) {
      const started = await invokeResolver(host, CAMILLE.accountId, 'createCampaign', {
        ...CONFIRM_ERRORS,
        requestId: `leveling-e2e-000${i}`,
        plan,
      });
      const job = await waitForCreationJob(host, CAMILLE.accountId, started.data.jobId);
      expect(job.data).toMatchObject({ state: 'done', errors: [] });
      designKey = job.data.issueKeys.design ?? designKey;
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    recordProblems(page, problems);
    app = page.frameLocator('iframe[data-module-key="campaign-planner"]');
  });

  afterAll(async () => {
    await closeOpened(browser, host);
  });

  it('shows a viewer the proposals and why she may not apply them, without a button', async () => {
    const seen = await openReplan(INES.accountId);
    expect(seen.mayApply?.allowed).toBe(false);
    await app.getByTestId('replan-refusal').getByText(actionWords.fr.applyRefusedTitle).waitFor();
    expect(await app.getByTestId('replan-panel').getByRole('button', { name: 'Appliquer', exact: true }).count()).toBe(0);
    const proposal = shiftOf(seen);
    if (!proposal) throw new Error('no shift proposal for the design task');
    const section = app.getByTestId('replan-conflicts');
    await section.getByText('Changements proposés').waitFor();
    await section.getByText(conflictWords('fr').proposal(proposal)).waitFor();
    expect(await section.getByRole('button', { name: conflictWords('fr').applyLabel(proposal) }).count()).toBe(0);
    await app
      .getByTestId('leveling-note')
      .getByText(conflictWords('fr').notAllowed(seen.mayApply?.refusal ?? ''))
      .waitFor();
  });

  it('lets the PM apply the move of the design: Jira’s due date moves and Noah’s week is relieved', async () => {
    const seen = await openReplan(CAMILLE.accountId);
    expect(seen.mayApply).toEqual({ allowed: true, refusal: null });
    expect(noahOver(seen.conflicts)).toBe(true);
    const proposal = shiftOf(seen);
    if (!proposal) throw new Error('no shift proposal for the design task');
    const section = app.getByTestId('replan-conflicts');
    const applied = await resolverAnswer<ResultOf<'applyLevelingProposal'>>(page, 'applyLevelingProposal', () =>
      section.getByRole('button', { name: conflictWords('fr').applyLabel(proposal) }).click(),
    );
    expect(applied.change).toMatchObject({ kind: 'shift', issueKey: designKey, dueDate: proposal.dueDate, issuesChanged: 1 });
    expect(noahOver(applied.conflicts)).toBe(false);
    await app.getByTestId('leveling-applied').getByText(conflictWords('fr').applied(proposal)).waitFor();
    const issue = (await host.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${designKey}?fields=duedate`)).body as {
      fields: { duedate: string };
    };
    expect(issue.fields.duedate).toBe(proposal.dueDate);
    // The view shows the conflicts after the change: that proposal is gone.
    await section.getByRole('button', { name: conflictWords('fr').applyLabel(proposal) }).waitFor({ state: 'detached' });
    await app.getByTestId('replan-panel').screenshot({ path: join(RESULTS, 'replan-leveling-fr.png') });
    expect(problems).toEqual([]);
  });
});
