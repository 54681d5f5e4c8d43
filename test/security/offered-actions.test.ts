/**
 * What a surface offers is what its resolver does (issue 15, "actions that know the user"): for the demo campaign
 * and the demo people (Camille the PM and project admin, Léa an approver, Noah a designer, Inès a read-only viewer),
 * every action the panel's and the planner's answers allow is accepted by its resolver, and every action they refuse
 * is refused FORBIDDEN with exactly the reason the page showed up front, in the person's language. The resolvers
 * decide on their own: the pages only read their answer.
 */
import { addDays, format } from 'date-fns';
import { CAMILLE, INES, LEA, NOAH, type DemoUser } from '../../local/identity/demo-users';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import type { PanelAction } from '../../src/contracts/panel-actions';
import { BUILT_IN_TEMPLATES } from '../../src/domain/templates';
import { useAppTestHost } from '../support/app-host';
import type { ContractAnswer } from '../support/contract-call';
import { invokeResolver } from '../support/invoke';

jest.setTimeout(120_000);

/** What the person met: accepted, refused with that reason, or another answer (an input problem, say). */
type Met = { allowed: true } | { allowed: false; reason: string } | { other: string };
const met = (answer: ContractAnswer<unknown>): Met =>
  answer.ok
    ? { allowed: true }
    : answer.error.code === 'FORBIDDEN'
      ? { allowed: false, reason: answer.error.message }
      : { other: `${answer.error.code} ${answer.error.message}` };
/** An allowed action whose call may still fail on its input is "not refused"; a refused one must be refused as said. */
const expectMatches = (label: string, offered: PanelAction, answer: ContractAnswer<unknown>, strict = true): void => {
  const got = met(answer);
  if (offered.allowed && !strict) expect([label, 'reason' in got]).toEqual([label, false]);
  else expect([label, got]).toEqual([label, offered.allowed ? { allowed: true } : { allowed: false, reason: offered.reason }]);
};

const PEOPLE: DemoUser[] = [INES, NOAH, LEA, CAMILLE];
const { version: _v, builtIn: _b, ...templateBody } = BUILT_IN_TEMPLATES[0] as (typeof BUILT_IN_TEMPLATES)[number];

describe('the actions a page offers are the ones its resolver accepts', () => {
  const app = useAppTestHost();
  let epicKey: string;
  beforeAll(async () => {
    epicKey = await seedDemoCampaign(app.th.host);
  });

  it.each(PEOPLE.map((p) => [p.displayName, p] as const))('on the panel, for %s', async (_name, user) => {
    const panel = { moduleKey: 'campaign-panel' as const };
    const answer = await invokeResolver(app.th, user.accountId, 'getCampaignPanel', { issueKey: epicKey }, panel);
    if (!answer.ok || answer.data.mode === 'none' || !answer.data.actions) throw new Error('the demo campaign has a panel with actions');
    const { actions } = answer.data;
    const call = <K extends Parameters<typeof invokeResolver>[2]>(name: K, payload: Parameters<typeof invokeResolver<K>>[3]) =>
      invokeResolver(app.th, user.accountId, name, payload, panel);
    expectMatches('publishReport', actions.publishReport, await call('publishStatusReport', { epicKey }));
    expectMatches('exportData', actions.exportData, await call('exportSignOffRecord', { epicKey }));
    expectMatches('connectTool', actions.connectTool, await call('getKpiConnector', { epicKey }));
    expectMatches('importCsv', actions.importCsv, await call('previewKpiImport', { epicKey, csv: 'time,spend\n2026-11-02,1200\n' }));
  });

  it.each(PEOPLE.map((p) => [p.displayName, p] as const))('on the planner, for %s', async (_name, user) => {
    const planner = { moduleKey: 'campaign-planner' as const };
    const call = <K extends Parameters<typeof invokeResolver>[2]>(name: K, payload: Parameters<typeof invokeResolver<K>>[3]) =>
      invokeResolver(app.th, user.accountId, name, payload, planner);
    const templates = await call('listTemplates', { projectKey: 'MKT' });
    const { actions } = templates.data;
    const preview = await call('previewCampaign', {
      projectKey: 'MKT',
      templateId: 'webinar-series',
      launchDate: format(addDays(new Date(), 60), 'yyyy-MM-dd'),
      budget: { amount: 20000, currency: 'EUR' },
      holidayCalendar: 'FR',
    });
    expectMatches('planCampaign', actions.planCampaign, preview);
    const copy = { ...templateBody, id: `offered-${user.accountId.slice(-6)}` };
    expectMatches('editTemplates', actions.editTemplates, await call('saveTemplate', { projectKey: 'MKT', template: copy }));

    const listed = await call('listCampaigns', { projectKey: 'MKT' });
    const demo = listed.data.campaigns.find((c) => c.epicKey === epicKey);
    if (!demo) throw new Error('the demo campaign is listed');
    // Applying a re-plan to the launch date it already has: accepted for those who may, and it moves nothing.
    const replan = await call('replanCampaign', { epicKey, launchDate: demo.launchDate, apply: true });
    expectMatches('replan', demo.actions.replan, replan);
    // Taking a brief value: refused as said for those who may not; for the others only "not refused" (once taken,
    // the value is no longer a difference).
    const taken = await call('compareWithBrief', { epicKey, accept: ['launchDate'] });
    expectMatches('applyBrief', demo.actions.applyBrief, taken, false);
  });
});
