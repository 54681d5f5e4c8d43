import { addDays, format } from 'date-fns';
import { ALEX, CAMILLE, HUGO, INES, LEA, NOAH, SAM, SOPHIE, type DemoUser } from '../../local/identity/demo-users';
import type { PayloadOf, ResolverName, ResultOf } from '../../src/contracts/registry';
import { registeredResolvers } from '../../src/resolvers/registered';
import { useAppTestHost } from '../support/app-host';
import type { ContractAnswer } from '../support/contract-call';
import type { TestHost } from '../support/host';
import { invokeResolver, waitForCreationJob } from '../support/invoke';
import { createGatedCampaign } from '../app/signoff/signoff-fixture';
import { planWith } from '../app/creation/plan-fixture';
import { CONFIRM_ERRORS } from '../support/confirm-errors';

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

const USERS: Record<Role, DemoUser> = {
  pm: CAMILLE,
  legal: LEA,
  brand: HUGO,
  leadership: SOPHIE,
  partner: ALEX,
  designer: NOAH,
  viewer: INES,
  outsider: SAM,
};
const ROLES = Object.keys(USERS) as Role[];
const OWN_CAPACITY = { availabilityPercent: 80, reservedPercent: 10, timeOff: [{ from: '2027-02-15', to: '2027-02-19' }] };
const browsers = (outcome: Outcome = 'ok'): Record<Role, Outcome> => ({
  pm: outcome,
  legal: outcome,
  brand: outcome,
  leadership: outcome,
  partner: outcome,
  designer: outcome,
  viewer: outcome,
  outsider: 'NOT_FOUND',
});
const editors = (): Record<Role, Outcome> => ({ ...browsers(), viewer: 'FORBIDDEN' });
const adminsOnly = (): Record<Role, Outcome> => ({ ...browsers('FORBIDDEN'), pm: 'ok' });

interface RowOptions {
  moduleKey?: 'campaign-panel' | 'campaign-planner' | 'campaign-status-macro';
  /** Refused people first, so an allowed decision does not close the gate before they are tried. */
  order?: Role[];
}

interface Row extends RowOptions {
  resolver: ResolverName;
  expected: Record<Role, Outcome>;
  /** Calls the resolver as `user` in `role`, with the payload typed by its contract (and its answer checked). */
  call: (th: TestHost, user: DemoUser, role: Role) => Promise<ContractAnswer<unknown>>;
}

/** A row of the matrix; the payload for each person (some resolvers need one of their own, e.g. a request id). */
function row<K extends ResolverName>(
  resolver: K,
  payload: (role: Role) => PayloadOf<K>,
  expected: Record<Role, Outcome>,
  options: RowOptions = {},
): Row {
  const moduleKey = options.moduleKey ?? 'campaign-planner';
  return {
    resolver,
    expected,
    ...options,
    call: (th, user, role) => invokeResolver(th, user.accountId, resolver, payload(role), { moduleKey }),
  };
}

describe('authorisation matrix: every resolver × every demo role', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let keys: Record<string, string>;
  let jobId: string;
  let template: ResultOf<'getTemplate'>['template'];
  const until = format(addDays(new Date(), 3), 'yyyy-MM-dd');
  const smallPlan = (role: Role) => ({ ...planWith(1, 0, `authz-${role}`), gates: [] });

  beforeAll(async () => {
    ({ epicKey, keys } = await createGatedCampaign(app.th, 'authz', 2, [
      {
        gateId: 'decide',
        name: 'Decide',
        milestoneRowId: 'milestone-1',
        approverAccountIds: [LEA.accountId, HUGO.accountId, SOPHIE.accountId, ALEX.accountId],
        quorum: { kind: 'all' },
      },
      {
        gateId: 'hand-over',
        name: 'Hand over',
        milestoneRowId: 'milestone-2',
        approverAccountIds: [LEA.accountId, HUGO.accountId, SOPHIE.accountId, ALEX.accountId],
        quorum: { kind: 'all' },
      },
    ]));
    const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', {
      ...CONFIRM_ERRORS,
      requestId: 'authz-camille-job',
      plan: smallPlan('pm'),
    });
    jobId = started.data.jobId;
    template = (await invokeResolver(app.th, CAMILLE.accountId, 'getTemplate', { templateId: 'webinar-series', projectKey: 'MKT' })).data
      .template;
    await waitForCreationJob(app.th, CAMILLE.accountId, jobId);
  });

  /** The issue the campaign made for plan row `rowId`. */
  const key = (rowId: string): string => {
    const found = keys[rowId];
    if (!found) throw new Error(`the campaign has no row ${rowId}`);
    return found;
  };
  const approversFirstRefused: Role[] = ['pm', 'designer', 'viewer', 'outsider', 'legal', 'brand', 'leadership', 'partner'];
  const rows = (): Row[] => [
    row('getIssueOverview', () => ({ issueKey: epicKey }), browsers(), { moduleKey: 'campaign-panel' }),
    row('getCampaignPanel', () => ({ issueKey: epicKey }), browsers(), { moduleKey: 'campaign-panel' }),
    // The Confluence macro: the configured key never lets anyone see more than Jira shows them.
    row('getCampaignStatus', () => ({ issueKey: epicKey }), browsers(), { moduleKey: 'campaign-status-macro' }),
    row('getSignOff', () => ({ issueKey: epicKey }), browsers(), { moduleKey: 'campaign-panel' }),
    row(
      'decideSignOff',
      () => ({ issueKey: key('milestone-1'), gateId: 'decide', decision: 'approve' }),
      { ...browsers('FORBIDDEN'), legal: 'ok', brand: 'ok', leadership: 'ok', partner: 'ok' },
      {
        moduleKey: 'campaign-panel',
        order: approversFirstRefused,
      },
    ),
    row(
      'delegateSignOff',
      (role) => ({
        issueKey: key('milestone-2'),
        gateId: 'hand-over',
        toAccountId: role === 'designer' ? CAMILLE.accountId : NOAH.accountId,
        until,
      }),
      { ...browsers('FORBIDDEN'), legal: 'ok', brand: 'ok', leadership: 'ok', partner: 'ok' },
      { moduleKey: 'campaign-panel', order: approversFirstRefused },
    ),
    row(
      'exportSignOffRecord',
      () => ({ epicKey }),
      { ...browsers('FORBIDDEN'), pm: 'ok', legal: 'ok', brand: 'ok', leadership: 'ok', partner: 'ok' },
      { moduleKey: 'campaign-panel' },
    ),
    row('listTemplates', () => ({ projectKey: 'MKT' }), browsers()),
    row('getTemplate', () => ({ templateId: 'black-friday-omnichannel', projectKey: 'MKT' }), browsers()),
    row('saveTemplate', (role) => ({ projectKey: 'MKT', template: { ...template, id: `authz-copy-${role}` } }), adminsOnly()),
    row('listBriefs', () => ({ spaceKey: 'MKT' }), browsers()),
    row(
      'previewCampaign',
      () => ({
        projectKey: 'MKT',
        templateId: 'webinar-series',
        launchDate: format(addDays(new Date(), 60), 'yyyy-MM-dd'),
        budget: { amount: 20000, currency: 'EUR' },
        holidayCalendar: 'FR',
      }),
      editors(),
    ),
    row('saveRoleAssignments', () => ({ projectKey: 'MKT', roleAssignments: { pm: [CAMILLE.accountId] } }), adminsOnly()),
    row('createCampaign', (role) => ({ ...CONFIRM_ERRORS, requestId: `authz-create-${role}`, plan: smallPlan(role) }), editors()),
    row('getCreationJob', () => ({ jobId }), { ...browsers('NOT_FOUND'), pm: 'ok' }),
    row('listCampaigns', () => ({ projectKey: 'MKT' }), browsers()),
    row('getTeamCapacity', () => ({ projectKey: 'MKT' }), browsers()),
    // Everyone may open the portfolio: it shows only the campaigns of projects Jira lets them browse (none for Sam).
    row('getPortfolio', () => ({ projectKeys: ['MKT'] }), { ...browsers(), outsider: 'ok' }),
    row('getCollisions', () => ({ projectKeys: ['MKT'] }), { ...browsers(), outsider: 'ok' }),
    row('getPortfolioCapacity', () => ({ projectKeys: ['MKT'], weeks: 4 }), { ...browsers(), outsider: 'ok' }),
    // Written as the user: Confluence lets those with write access to the space (Camille, Sophie) publish it.
    row('publishPortfolioReport', () => ({ spaceKey: 'MKT' }), { ...browsers('FORBIDDEN'), pm: 'ok', leadership: 'ok' }),
    // Everyone may tell the app their own capacity; only project admins someone else's.
    row('setPersonCapacity', (role) => ({ projectKey: 'MKT', accountId: USERS[role].accountId, capacity: OWN_CAPACITY }), browsers()),
    row(
      'setPersonCapacity',
      (role) => ({ projectKey: 'MKT', accountId: (role === 'designer' ? INES : NOAH).accountId, capacity: OWN_CAPACITY }),
      adminsOnly(),
    ),
    row('replanCampaign', () => ({ epicKey, launchDate: '2026-12-20' }), browsers()),
    row('replanCampaign', () => ({ epicKey, launchDate: '2026-12-20', apply: true }), editors()),
    // Giving the task to the designer who already has it: allowed to those who may re-plan, and changes nothing.
    row(
      'applyLevelingProposal',
      () => ({ epicKey, change: { kind: 'reassign', rowId: 'task-1-1', toAccountId: NOAH.accountId } }),
      editors(),
    ),
    row('compareWithBrief', () => ({ epicKey }), browsers()),
    // Site settings: anyone signed in reads them (even without a project), only a site administrator (Camille) saves.
    row('getPortfolioSettings', () => ({}), { ...browsers(), outsider: 'ok' }),
    row('savePortfolioSettings', () => ({ settings: { collisionWindowDays: 7, approverWeeklyGateLimit: 3, blackouts: [] } }), {
      ...browsers('FORBIDDEN'),
      outsider: 'FORBIDDEN',
      pm: 'ok',
    }),
    row('updateCampaignTargeting', () => ({ issueKey: epicKey, audiences: ['prospects'], channels: ['email'] }), editors()),
    row('getKpiConnector', () => ({ epicKey }), adminsOnly(), { moduleKey: 'campaign-panel' }),
    row('rotateKpiSecret', () => ({ epicKey }), adminsOnly(), { moduleKey: 'campaign-panel' }),
    row('previewKpiImport', () => ({ epicKey, csv: CSV }), adminsOnly(), { moduleKey: 'campaign-panel' }),
    row(
      'importKpiCsv',
      (role) => ({
        epicKey,
        requestId: `authz-import-${role}`,
        csv: CSV,
        mapping: { timeColumn: 'time', spend: [{ column: 'spend', channel: 'Search' }] },
      }),
      adminsOnly(),
      {
        moduleKey: 'campaign-panel',
      },
    ),
    row('listRisks', () => ({ epicKey }), browsers(), { moduleKey: 'campaign-panel' }),
    row(
      'saveRisk',
      (role) => ({
        epicKey,
        risk: {
          title: `Risk seen by ${role}`,
          likelihood: 'medium',
          impactDays: 2,
          targets: [key('milestone-1')],
          ownerAccountId: CAMILLE.accountId,
          mitigation: '',
          status: 'open',
        },
      }),
      adminsOnly(),
      { moduleKey: 'campaign-panel' },
    ),
    row('suggestBreakdown', () => ({ issueKey: key('milestone-2'), goalText: 'Landing page and emailing' }), editors(), {
      moduleKey: 'campaign-panel',
    }),
    row(
      'rescheduleBreakdown',
      () => ({
        issueKey: key('milestone-2'),
        changedTaskId: 'landing-page',
        tasks: [
          {
            taskId: 'landing-page',
            summary: 'Landing page',
            ownerRole: 'designer',
            estimateBusinessDays: 2,
            startDate: '2026-12-01',
            dueDate: '2026-12-01',
          },
        ],
      }),
      editors(),
      { moduleKey: 'campaign-panel' },
    ),
    row(
      'createBreakdown',
      (role) => ({
        requestId: `authz-breakdown-${role}`,
        issueKey: key('milestone-2'),
        tasks: [
          {
            taskId: 'landing-page',
            summary: 'Landing page',
            ownerRole: 'designer',
            estimateBusinessDays: 1,
            startDate: '2026-12-01',
            dueDate: '2026-12-01',
          },
        ],
      }),
      editors(),
      { moduleKey: 'campaign-panel' },
    ),
    row('publishStatusReport', () => ({ epicKey, kind: 'status' }), adminsOnly(), { moduleKey: 'campaign-panel' }),
  ];

  it('covers every resolver the app registers', async () => {
    // src/index.ts defines exactly the registered map (test/contracts checks the map against the contract).
    const registered = Object.keys(registeredResolvers);
    expect(registered.length).toBeGreaterThan(10);
    const covered = new Set<string>(rows().map((r) => r.resolver));
    expect(registered.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('allows or refuses each person as the product intends', async () => {
    const mismatches: string[] = [];
    for (const row of rows()) {
      for (const role of row.order ?? ROLES) {
        const user = USERS[role];
        const out = await row.call(app.th, user, role);
        const got: string = out.ok ? 'ok' : out.error.code;
        if (got !== row.expected[role])
          mismatches.push(
            `${row.resolver} as ${role} (${user.displayName}): expected ${row.expected[role]}, got ${got}${out.ok ? '' : ` — ${out.error.message}`}`,
          );
        // A refusal never leaks internals.
        if (!out.ok) expect(out.error.message).not.toMatch(/\bat \S+:\d+|node_modules|Error:|stack/i);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
