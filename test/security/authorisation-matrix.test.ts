import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { ALEX, CAMILLE, HUGO, INES, LEA, NOAH, SAM, SOPHIE, type DemoUser } from '../../local/identity/demo-users';
import { useAppTestHost } from '../support/app-host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { createGatedCampaign } from '../app/signoff/signoff-fixture';
import { planWith } from '../app/creation/plan-fixture';

/**
 * Every resolver × every demo role, through /local/invoke with the real Jira/Confluence permissions of the local
 * host: the acting user comes from the Forge context only. `ok` = allowed; otherwise the error code the product
 * means for that person: NOT_FOUND where Jira itself would not reveal the issue or project (no browse permission),
 * FORBIDDEN where the person sees it but may not do that.
 */
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';
type Role = 'pm' | 'legal' | 'brand' | 'leadership' | 'partner' | 'designer' | 'viewer' | 'outsider';

/** A one-week channel report, dated inside any campaign's window or not: the import stores spend either way. */
const CSV = 'time,spend\n2026-11-02,1200\n';

const USERS: Record<Role, DemoUser> = { pm: CAMILLE, legal: LEA, brand: HUGO, leadership: SOPHIE, partner: ALEX, designer: NOAH, viewer: INES, outsider: SAM };
const ROLES = Object.keys(USERS) as Role[];
const browsers = (outcome: Outcome = 'ok'): Record<Role, Outcome> => ({ pm: outcome, legal: outcome, brand: outcome, leadership: outcome, partner: outcome, designer: outcome, viewer: outcome, outsider: 'NOT_FOUND' });
const editors = (): Record<Role, Outcome> => ({ ...browsers(), viewer: 'FORBIDDEN' });
const adminsOnly = (): Record<Role, Outcome> => ({ ...browsers('FORBIDDEN'), pm: 'ok' });

interface Row {
  resolver: string;
  /** The payload for this person (some resolvers need one of their own, e.g. a request id). */
  payload: (role: Role) => unknown;
  expected: Record<Role, Outcome>;
  moduleKey?: 'campaign-panel' | 'campaign-planner';
  /** Refused people first, so an allowed decision does not close the gate before they are tried. */
  order?: Role[];
}

describe('authorisation matrix: every resolver × every demo role', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let keys: Record<string, string>;
  let jobId: string;
  let template: Record<string, unknown>;
  const until = format(addDays(new Date(), 3), 'yyyy-MM-dd');
  const smallPlan = (role: Role) => ({ ...planWith(1, 0, `authz-${role}`), gates: [] });

  beforeAll(async () => {
    ({ epicKey, keys } = await createGatedCampaign(app.th, 'authz', 2, [
      { gateId: 'decide', name: 'Decide', milestoneRowId: 'milestone-1', approverAccountIds: [LEA.accountId, HUGO.accountId, SOPHIE.accountId, ALEX.accountId], quorum: { kind: 'all' } },
      { gateId: 'hand-over', name: 'Hand over', milestoneRowId: 'milestone-2', approverAccountIds: [LEA.accountId, HUGO.accountId, SOPHIE.accountId, ALEX.accountId], quorum: { kind: 'all' } },
    ]));
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', { requestId: 'authz-camille-job', plan: smallPlan('pm') });
    jobId = started.data.jobId;
    template = (await invokeResolver(app.th, CAMILLE.accountId, 'getTemplate', { templateId: 'webinar-series', projectKey: 'MKT' })).data.template;
    await waitForCreationJob(app.th, CAMILLE.accountId, jobId);
  });

  const approversFirstRefused: Role[] = ['pm', 'designer', 'viewer', 'outsider', 'legal', 'brand', 'leadership', 'partner'];
  const rows = (): Row[] => [
    { resolver: 'getIssueOverview', payload: () => ({ issueKey: epicKey }), expected: browsers(), moduleKey: 'campaign-panel' },
    { resolver: 'getCampaignPanel', payload: () => ({ issueKey: epicKey }), expected: browsers(), moduleKey: 'campaign-panel' },
    { resolver: 'getSignOff', payload: () => ({ issueKey: epicKey }), expected: browsers(), moduleKey: 'campaign-panel' },
    {
      resolver: 'decideSignOff',
      payload: () => ({ issueKey: keys['milestone-1'], gateId: 'decide', decision: 'approve' }),
      expected: { ...browsers('FORBIDDEN'), legal: 'ok', brand: 'ok', leadership: 'ok', partner: 'ok' },
      moduleKey: 'campaign-panel',
      order: approversFirstRefused,
    },
    {
      resolver: 'delegateSignOff',
      payload: (role) => ({ issueKey: keys['milestone-2'], gateId: 'hand-over', toAccountId: role === 'designer' ? CAMILLE.accountId : NOAH.accountId, until }),
      expected: { ...browsers('FORBIDDEN'), legal: 'ok', brand: 'ok', leadership: 'ok', partner: 'ok' },
      moduleKey: 'campaign-panel',
      order: approversFirstRefused,
    },
    { resolver: 'exportSignOffRecord', payload: () => ({ epicKey }), expected: { ...browsers('FORBIDDEN'), pm: 'ok', legal: 'ok', brand: 'ok', leadership: 'ok', partner: 'ok' }, moduleKey: 'campaign-panel' },
    { resolver: 'listTemplates', payload: () => ({ projectKey: 'MKT' }), expected: browsers() },
    { resolver: 'getTemplate', payload: () => ({ templateId: 'black-friday-omnichannel', projectKey: 'MKT' }), expected: browsers() },
    { resolver: 'saveTemplate', payload: (role) => ({ projectKey: 'MKT', template: { ...template, id: `authz-copy-${role}` } }), expected: adminsOnly() },
    { resolver: 'listBriefs', payload: () => ({ spaceKey: 'MKT' }), expected: browsers() },
    {
      resolver: 'previewCampaign',
      payload: () => ({ projectKey: 'MKT', templateId: 'webinar-series', launchDate: format(addDays(new Date(), 60), 'yyyy-MM-dd'), budget: { amount: 20000, currency: 'EUR' }, holidayCalendar: 'FR' }),
      expected: editors(),
    },
    { resolver: 'saveRoleAssignments', payload: () => ({ projectKey: 'MKT', roleAssignments: { pm: [CAMILLE.accountId] } }), expected: adminsOnly() },
    { resolver: 'createCampaign', payload: (role) => ({ requestId: `authz-create-${role}`, plan: smallPlan(role) }), expected: editors() },
    { resolver: 'getCreationJob', payload: () => ({ jobId }), expected: { ...browsers('NOT_FOUND'), pm: 'ok' } },
    { resolver: 'runCreationJob', payload: () => ({ jobId }), expected: { ...browsers('NOT_FOUND'), pm: 'ok' } },
    { resolver: 'listCampaigns', payload: () => ({ projectKey: 'MKT' }), expected: browsers() },
    { resolver: 'replanCampaign', payload: () => ({ epicKey, launchDate: '2026-12-20' }), expected: browsers() },
    { resolver: 'replanCampaign', payload: () => ({ epicKey, launchDate: '2026-12-20', apply: true }), expected: editors() },
    { resolver: 'compareWithBrief', payload: () => ({ epicKey }), expected: browsers() },
    { resolver: 'getKpiConnector', payload: () => ({ epicKey }), expected: adminsOnly(), moduleKey: 'campaign-panel' },
    { resolver: 'rotateKpiSecret', payload: () => ({ epicKey }), expected: adminsOnly(), moduleKey: 'campaign-panel' },
    { resolver: 'previewKpiImport', payload: () => ({ epicKey, csv: CSV }), expected: adminsOnly(), moduleKey: 'campaign-panel' },
    {
      resolver: 'importKpiCsv',
      payload: (role) => ({ epicKey, requestId: `authz-import-${role}`, csv: CSV, mapping: { timeColumn: 'time', spend: [{ column: 'spend', channel: 'Search' }] } }),
      expected: adminsOnly(),
      moduleKey: 'campaign-panel',
    },
    { resolver: 'suggestBreakdown', payload: () => ({ issueKey: keys['milestone-2'], goalText: 'Landing page and emailing' }), expected: editors(), moduleKey: 'campaign-panel' },
    {
      resolver: 'createBreakdown',
      payload: (role) => ({
        requestId: `authz-breakdown-${role}`,
        issueKey: keys['milestone-2'],
        tasks: [{ taskId: 'landing-page', summary: 'Landing page', ownerRole: 'designer', estimateBusinessDays: 1, startDate: '2026-12-01', dueDate: '2026-12-01' }],
      }),
      expected: editors(),
      moduleKey: 'campaign-panel',
    },
    { resolver: 'publishStatusReport', payload: () => ({ epicKey, kind: 'status' }), expected: adminsOnly(), moduleKey: 'campaign-panel' },
  ];

  it('covers every resolver the app registers', async () => {
    // The names src/index.ts gives `resolver.define` (Forge's Resolver does not list its definitions).
    const registered = [...readFileSync(join(__dirname, '../../src/index.ts'), 'utf8').matchAll(/resolver\.define\('([^']+)'/g)].map((m) => m[1]);
    expect(registered.length).toBeGreaterThan(10);
    const covered = new Set(rows().map((r) => r.resolver));
    expect(registered.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('allows or refuses each person as the product intends', async () => {
    const mismatches: string[] = [];
    for (const row of rows()) {
      for (const role of row.order ?? ROLES) {
        const user = USERS[role];
        const out = await invokeResolver(app.th, user.accountId, row.resolver, row.payload(role), { moduleKey: row.moduleKey ?? 'campaign-planner' });
        const got: string = out.ok ? 'ok' : out.error.code;
        if (got !== row.expected[role]) mismatches.push(`${row.resolver} as ${role} (${user.displayName}): expected ${row.expected[role]}, got ${got}${out.ok ? '' : ` — ${out.error.message}`}`);
        // A refusal never leaks internals.
        if (!out.ok) expect(out.error.message).not.toMatch(/\bat \S+:\d+|node_modules|Error:|stack/i);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
