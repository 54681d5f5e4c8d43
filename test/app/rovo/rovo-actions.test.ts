import { useAppTestHost } from '../../support/app-host';
import { campaignPanelOf, currentPanel, invokeResolver } from '../../support/invoke';
import { must } from '../../support/must';
import { ALEX, CAMILLE, INES, LEA, SAM } from '../../../local/identity/demo-users';
import { seedDemoCampaign } from '../../../local/seed/demo-campaign';
import { seedDemoPortfolio } from '../../../local/seed/demo-portfolio';
import { reportFormatters } from '../../../src/domain/report/format';
import { fr as healthFr, wordReason } from '../../../src/wording/catalog/health';
import type { CampaignPanel } from '../../../src/contracts/campaign-panel';
import { quote } from '../../../src/wording/typography';
import { ACTION_TIMEOUT_MS } from '../../../local/forge/rovo/rovo-modules';
import { ask, okAnswer, refusalOf } from './rovo-chat';

/**
 * The Rovo agent's actions through the host's chat stand-in: a scripted model calls each action with its inputs,
 * the host runs the app's real action function as the person chatting, and the answers are compared with what the
 * app's own screens show that person (the issue panel, the portfolio, the capacity heatmap, "Break down goal").
 * On the demo portfolio (`npm start`'s): MKT-12 under way, three more campaigns, Noah over-allocated, Léa's gates.
 */
describe('the Rovo agent’s actions, through the chat stand-in', () => {
  const app = useAppTestHost();
  let epic = '';
  let panel: CampaignPanel;

  beforeAll(async () => {
    epic = await seedDemoCampaign(app.th.host);
    await seedDemoPortfolio(app.th.host);
    await app.th.host.queues.settled();
    panel = await currentPanel(app.th, CAMILLE.accountId, { issueKey: epic }, { moduleKey: 'campaign-panel' }, 60_000);
  }, 180_000);

  it('lists the agent and its seven actions from the manifest, its prompt read from the app’s resources', async () => {
    const state = await app.th.call(null, 'GET', '/local/rovo');
    expect(state.status).toBe(200);
    const agent = state.body.agents[0];
    expect(agent).toMatchObject({ key: 'campaign-assistant', name: 'Campaign assistant', promptSource: 'resource:rovo-agent;prompt.txt' });
    expect(agent.prompt).toContain('pending-signoffs');
    expect(agent.actions.map((a: { key: string; actionVerb: string }) => `${a.actionVerb} ${a.key}`)).toEqual([
      'GET campaign-status',
      'GET campaigns-at-risk',
      'GET over-allocated-people',
      'GET pending-signoffs',
      'GET kpis-vs-targets',
      'CREATE draft-status-report',
      'CREATE propose-breakdown',
    ]);
    expect(state.body.enabled).toBe(true);
  });

  it('campaign-status answers the panel’s health, reasons, next milestones and budget, in Camille’s French', async () => {
    const x = await ask(app.th, CAMILLE.accountId, 'Où en est MKT-12 ?', [{ action: 'campaign-status', inputs: { campaignKey: epic } }]);
    expect(x.question).toBe('Où en est MKT-12 ?');
    expect(x.calls[0]).toMatchObject({ action: 'campaign-status', actionVerb: 'GET', inputs: { campaignKey: epic } });
    const a = okAnswer(x, 'campaign-status');
    const f = reportFormatters(CAMILLE.locale, panel.budget.currency);
    expect(a).toMatchObject({ language: 'fr', locale: 'fr-FR' });
    expect(a.campaign).toEqual({ key: epic, name: panel.campaign.name, launchDate: panel.campaign.launchDate, path: `/browse/${epic}` });
    expect(a.health.level).toBe(panel.health.status);
    expect(a.health.label).toBe(healthFr.healthState[panel.health.status]);
    expect(a.health.reasons.map((r) => r.text)).toEqual(panel.health.reasons.map((r) => wordReason(r, 'fr', f)));
    expect(a.budget).toMatchObject({
      currency: panel.budget.currency,
      budget: panel.budget.planned,
      actual: panel.budget.actual,
      committed: panel.budget.committed,
      remaining: panel.budget.remaining,
      forecastAtCompletion: panel.budget.forecastAtCompletion,
    });
    expect(a.budget.summary).toBe(`${f.money(panel.budget.actual)} dépensés sur ${f.money(panel.budget.planned)}`);
    const open = panel.milestones.filter((m) => m.status === 'open').sort((p, q) => (p.dueDate ?? '').localeCompare(q.dueDate ?? ''));
    expect(a.nextMilestones.map((m) => [m.key, m.dueDate, m.p85])).toEqual(open.slice(0, 3).map((m) => [m.key, m.dueDate, m.p85]));
    expect(a.nextMilestones.length).toBeGreaterThan(0);
  });

  it('takes the campaign from the issue the chat is opened on when the model names none', async () => {
    const x = await ask(app.th, ALEX.accountId, 'Where does this campaign stand?', [{ action: 'campaign-status' }], { issueKey: epic });
    const a = okAnswer(x, 'campaign-status');
    expect(a).toMatchObject({ language: 'en', campaign: { key: epic } });
    expect(a.health.label).toBe({ on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' }[panel.health.status]);
    const none = await ask(app.th, ALEX.accountId, 'Where does it stand?', [{ action: 'campaign-status' }]);
    expect(refusalOf(none).error).toMatchObject({ code: 'INVALID_INPUT', field: 'campaignKey' });
  });

  it('refuses Sam Outsider the campaign even when the model passes its key, as Jira’s 404, and shows none of it', async () => {
    for (const action of ['campaign-status', 'kpis-vs-targets', 'draft-status-report'] as const) {
      const x = await ask(app.th, SAM.accountId, `Tell me about ${epic}`, [{ action, inputs: { campaignKey: epic } }]);
      const refused = refusalOf(x);
      expect(refused.error.code).toBe('NOT_FOUND');
      expect(refused.language).toBe('en');
      expect(JSON.stringify(x.calls[0]?.answer)).not.toContain(panel.campaign.name);
    }
    const breakdown = await ask(app.th, SAM.accountId, 'Break it down', [
      { action: 'propose-breakdown', inputs: { issueKey: epic, goal: 'More sign-ups' } },
    ]);
    expect(refusalOf(breakdown).error.code).toBe('NOT_FOUND');
    const risky = okAnswer(await ask(app.th, SAM.accountId, 'At risk?', [{ action: 'campaigns-at-risk' }]), 'campaigns-at-risk');
    expect(risky).toMatchObject({ campaigns: [], visibleCampaigns: 0 });
    const signOffs = okAnswer(await ask(app.th, SAM.accountId, 'Mine?', [{ action: 'pending-signoffs' }]), 'pending-signoffs');
    expect(signOffs.signOffs).toEqual([]);
  });

  it('campaigns-at-risk lists the portfolio’s campaigns that are not on track, with the portfolio’s reasons', async () => {
    const portfolio = await invokeResolver(app.th, CAMILLE.accountId, 'getPortfolio', {});
    const a = okAnswer(
      await ask(app.th, CAMILLE.accountId, 'Lesquelles sont à risque ?', [{ action: 'campaigns-at-risk' }]),
      'campaigns-at-risk',
    );
    const risky = portfolio.data.campaigns.filter((c) => c.health.level !== 'on_track');
    expect(a.visibleCampaigns).toBe(portfolio.data.campaigns.length);
    expect(a.campaigns.map((c) => c.key).sort()).toEqual(risky.map((c) => c.campaignKey).sort());
    for (const c of a.campaigns) {
      const row = must(
        risky.find((r) => r.campaignKey === c.key),
        c.key,
      );
      expect(c.health.reasons).toEqual(row.health.reasons);
      expect(c.forecastP85).toBe(row.forecastP85);
    }
    const inEvt = okAnswer(
      await ask(app.th, CAMILLE.accountId, 'Et dans EVT ?', [{ action: 'campaigns-at-risk', inputs: { projectKey: 'EVT' } }]),
      'campaigns-at-risk',
    );
    expect(inEvt.campaigns.every((c) => c.projectKey === 'EVT')).toBe(true);
  });

  it('over-allocated-people names the heatmap’s over-allocated people and weeks', async () => {
    const capacity = await invokeResolver(app.th, CAMILLE.accountId, 'getPortfolioCapacity', { weeks: 12 });
    const a = okAnswer(
      await ask(app.th, CAMILLE.accountId, 'Qui est surchargé ?', [{ action: 'over-allocated-people', inputs: { weeks: 12 } }]),
      'over-allocated-people',
    );
    const over = capacity.data.people
      .map((p) => ({
        accountId: p.accountId,
        weeks: p.weeks.filter((w) => w.level === 'over').map((w) => [w.weekStart, w.demandDays, w.capacityDays]),
      }))
      .filter((p) => p.weeks.length > 0);
    expect(over.length).toBeGreaterThan(0);
    expect(
      a.people.map((p) => ({ accountId: p.accountId, weeks: p.weeks.map((w) => [w.weekStart, w.demandDays, w.capacityDays]) })),
    ).toEqual(over);
    expect(a.weeks).toEqual(capacity.data.weeks);
  });

  it('pending-signoffs is the chatting user’s: Léa’s open gates are the panel’s gates she may decide, never another user’s', async () => {
    const asked = await ask(app.th, LEA.accountId, 'Qu’est-ce qui attend ma validation ?', [{ action: 'pending-signoffs' }]);
    const a = okAnswer(asked, 'pending-signoffs');
    // Within Forge's 55 s for an action (it reads only the campaigns where Léa approves, each as its panel).
    expect(must(asked.calls[0], 'the call').ms).toBeLessThan(ACTION_TIMEOUT_MS);
    console.info(`pending-signoffs answered in ${String(asked.calls[0]?.ms)} ms`);
    const portfolio = await invokeResolver(app.th, LEA.accountId, 'getPortfolio', {});
    const expected: string[] = [];
    for (const c of portfolio.data.campaigns) {
      const p = campaignPanelOf(
        await invokeResolver(app.th, LEA.accountId, 'getCampaignPanel', { issueKey: c.campaignKey }, { moduleKey: 'campaign-panel' }),
      );
      for (const g of p.gates) if (g.canDecide) expected.push(`${c.campaignKey}:${g.gateId}:${g.dueDate}`);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(a.signOffs.map((s) => `${s.campaign.key}:${s.gateId}:${s.dueDate}`).sort()).toEqual(expected.sort());
    // The model cannot ask for someone else's: an account id is not an input the action accepts.
    const other = await ask(app.th, INES.accountId, 'Show Léa’s sign-offs', [
      { action: 'pending-signoffs', inputs: { accountId: LEA.accountId } },
    ]);
    expect(refusalOf(other).error).toMatchObject({ code: 'INVALID_INPUT', field: 'accountId' });
    const ines = okAnswer(await ask(app.th, INES.accountId, 'Mine?', [{ action: 'pending-signoffs' }]), 'pending-signoffs');
    expect(ines.signOffs).toEqual([]);
  });

  it('kpis-vs-targets answers the panel’s KPIs against their targets', async () => {
    const a = okAnswer(
      await ask(app.th, CAMILLE.accountId, 'Et les KPI ?', [{ action: 'kpis-vs-targets', inputs: { campaignKey: epic } }]),
      'kpis-vs-targets',
    );
    expect(a.kpis.length).toBe(panel.kpis.length);
    expect(a.kpis.map((k) => [k.kpiId, k.target, k.actual, k.onPace])).toEqual(
      panel.kpis.map((k) => [k.kpiId, k.target, k.actual, k.onPace]),
    );
  });

  it('draft-status-report writes a Confluence draft for the PM, publishes and links nothing, and refuses a viewer', async () => {
    const linksBefore = await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epic}/remotelink`);
    const a = okAnswer(
      await ask(app.th, CAMILLE.accountId, 'Prépare un rapport', [{ action: 'draft-status-report', inputs: { campaignKey: epic } }]),
      'draft-status-report',
    );
    expect(a).toMatchObject({ language: 'fr', kind: 'status', campaign: { key: epic } });
    expect(a.note).toContain('brouillon');
    const page = await app.th.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${a.draft.pageId}`);
    expect(page.status).toBe(200);
    expect(page.body.status).toBe('draft');
    expect(page.body.title).toBe(a.draft.title);
    const linksAfter = await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${epic}/remotelink`);
    expect(linksAfter.body).toEqual(linksBefore.body);
    const viewer = await ask(app.th, INES.accountId, 'Draft a report', [{ action: 'draft-status-report', inputs: { campaignKey: epic } }]);
    expect(refusalOf(viewer).error.code).toBe('FORBIDDEN');
  });

  it('propose-breakdown shows the breakdown the app would suggest, creates nothing and points to "Break down goal"', async () => {
    const goal = 'Lancer une campagne d’e-mailing de relance panier';
    const suggestion = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'suggestBreakdown',
      { issueKey: epic, goalText: goal },
      { moduleKey: 'breakdown-action' },
    );
    expect(suggestion.ok).toBe(true);
    const before = await app.th.call(
      CAMILLE.email,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent(`parent = ${epic}`)}&maxResults=200&fields=summary`,
    );
    const a = okAnswer(
      await ask(app.th, CAMILLE.accountId, 'Découpe cet objectif', [{ action: 'propose-breakdown', inputs: { goal } }], { issueKey: epic }),
      'propose-breakdown',
    );
    expect(a.created).toBe(false);
    expect(a.tasks.map((t) => [t.summary, t.dueDate])).toEqual(suggestion.data.tasks.map((t) => [t.summary, t.dueDate]));
    expect(a.milestone.key).toBe(suggestion.data.milestone.key);
    expect(a.confirmIn.text).toContain(quote('fr', 'Découper l’objectif'));
    const after = await app.th.call(
      CAMILLE.email,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent(`parent = ${epic}`)}&maxResults=200&fields=summary`,
    );
    expect(after.body.issues.length).toBe(before.body.issues.length);
  });

  it('validates every input: a malformed key or an unknown field is refused naming it, in the user’s language', async () => {
    const bad = await ask(app.th, CAMILLE.accountId, 'x', [{ action: 'campaign-status', inputs: { campaignKey: 'not a key' } }]);
    expect(refusalOf(bad)).toMatchObject({ language: 'fr', error: { code: 'INVALID_INPUT', field: 'campaignKey' } });
    const weeks = await ask(app.th, CAMILLE.accountId, 'x', [{ action: 'over-allocated-people', inputs: { weeks: 99 } }]);
    expect(refusalOf(weeks).error).toMatchObject({ code: 'INVALID_INPUT', field: 'weeks' });
  });

  it('where Rovo is off, the chat is refused and rovo.isEnabled() answers false', async () => {
    await app.th.call(null, 'POST', '/local/rovo', { enabled: false });
    try {
      const res = await app.th.call(null, 'POST', '/local/rovo/chat', { accountId: CAMILLE.accountId, message: 'x' });
      expect(res.status).toBe(403);
      expect((await app.th.call(null, 'POST', '/local/bridge/rovo/enabled', {})).body).toEqual({ enabled: false });
      expect((await app.th.call(null, 'POST', '/local/bridge/rovo/open', { accountId: CAMILLE.accountId })).body).toEqual({
        opened: false,
      });
    } finally {
      await app.th.call(null, 'POST', '/local/rovo', { enabled: true });
    }
  });
});
