import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { CAMILLE } from '../../local/identity/demo-users';
import { useAppTestHost } from '../support/app-host';
import { registeredResolvers } from '../../src/resolvers/registered';
import { invokeOutsideContract, invokeResolver } from '../support/invoke';
import { planWith } from '../app/creation/plan-fixture';

/**
 * Hostile and malformed payloads for every resolver, sent through /local/invoke as the project admin (who may do
 * everything, so a refusal can only come from validation): each gets INVALID_INPUT naming the field, a message that
 * starts with that field and shows no internals, and nothing is stored in app storage or Jira.
 *
 * Payloads are made invalid by construction, so every case must be refused: not an object at all, an unknown
 * field, a required field missing, a field of the wrong JSON type, or a payload over the size limit.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Shape {
  /** A valid payload; mutations start from it. */
  valid: Record<string, Json>;
  /** Fields that cannot be left out. */
  required: string[];
  moduleKey?: 'campaign-panel' | 'campaign-planner' | 'campaign-status-macro';
}

const plan = JSON.parse(JSON.stringify(planWith(1, 1, 'fuzz'))) as Json;
const SHAPES: Record<string, Shape> = {
  getIssueOverview: { valid: { issueKey: 'MKT-1' }, required: [], moduleKey: 'campaign-panel' },
  getCampaignPanel: { valid: { issueKey: 'MKT-1', refresh: false }, required: [], moduleKey: 'campaign-panel' },
  getCampaignStatus: { valid: { issueKey: 'MKT-1' }, required: ['issueKey'], moduleKey: 'campaign-status-macro' },
  getSignOff: { valid: { issueKey: 'MKT-1' }, required: [], moduleKey: 'campaign-panel' },
  decideSignOff: {
    valid: { issueKey: 'MKT-1', gateId: 'legal', decision: 'approve', reason: 'ok', comment: 'ok' },
    required: ['issueKey', 'gateId', 'decision'],
    moduleKey: 'campaign-panel',
  },
  delegateSignOff: {
    valid: { issueKey: 'MKT-1', gateId: 'legal', toAccountId: CAMILLE.accountId, until: '2026-12-01', reason: 'leave' },
    required: ['issueKey', 'gateId', 'toAccountId', 'until'],
    moduleKey: 'campaign-panel',
  },
  exportSignOffRecord: { valid: { epicKey: 'MKT-1', gateId: 'legal' }, required: [], moduleKey: 'campaign-panel' },
  listTemplates: { valid: { projectKey: 'MKT' }, required: [] },
  getTemplate: { valid: { templateId: 'webinar-series', projectKey: 'MKT' }, required: ['templateId'] },
  saveTemplate: { valid: { template: { id: 'x' }, basedOnVersion: 1, projectKey: 'MKT' }, required: ['template'] },
  listBriefs: { valid: { spaceKey: 'MKT' }, required: [] },
  previewCampaign: {
    valid: {
      templateId: 'webinar-series',
      launchDate: '2027-03-01',
      budget: { amount: 1000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
    },
    required: ['templateId', 'launchDate', 'budget', 'holidayCalendar'],
  },
  saveRoleAssignments: { valid: { roleAssignments: { pm: [CAMILLE.accountId] }, projectKey: 'MKT' }, required: ['roleAssignments'] },
  createCampaign: { valid: { requestId: 'fuzz-request-0001', plan, insertStatusMacro: false }, required: ['requestId', 'plan'] },
  getCreationJob: { valid: { jobId: `job-${'0'.repeat(32)}` }, required: ['jobId'] },
  listCampaigns: { valid: { projectKey: 'MKT' }, required: [] },
  getTeamCapacity: { valid: { projectKey: 'MKT' }, required: [] },
  getPortfolio: { valid: { projectKeys: ['MKT'], refresh: false }, required: [] },
  getCollisions: { valid: { projectKeys: ['MKT'], refresh: false }, required: [] },
  publishPortfolioReport: { valid: { spaceKey: 'MKT', projectKeys: ['MKT'] }, required: [] },
  getPortfolioCapacity: { valid: { projectKeys: ['MKT'], weeks: 4, accountIds: [CAMILLE.accountId], refresh: false }, required: [] },
  setPersonCapacity: {
    valid: { accountId: 'someone', capacity: { availabilityPercent: 80, reservedPercent: 0, timeOff: [] } },
    required: ['accountId', 'capacity'],
  },
  replanCampaign: { valid: { epicKey: 'MKT-1', launchDate: '2027-01-15', apply: false }, required: ['epicKey', 'launchDate'] },
  applyLevelingProposal: {
    valid: { epicKey: 'MKT-1', change: { kind: 'shift', rowId: 'task-1-1', dueDate: '2027-01-15' }, requestId: 'fuzz-level-0001' },
    required: ['epicKey', 'change'],
  },
  compareWithBrief: { valid: { epicKey: 'MKT-1', accept: [] }, required: ['epicKey'] },
  getPortfolioSettings: { valid: {}, required: [] },
  savePortfolioSettings: {
    valid: {
      settings: {
        collisionWindowDays: 7,
        approverWeeklyGateLimit: 3,
        blackouts: [{ name: 'Gel des e-mails', start: '2026-12-20', end: '2026-12-31', channels: ['email'] }],
      },
    },
    required: ['settings'],
  },
  updateCampaignTargeting: {
    valid: { issueKey: 'MKT-1', audiences: ['prospects'], channels: ['email'] },
    required: ['issueKey', 'audiences', 'channels'],
  },
  getKpiConnector: { valid: { epicKey: 'MKT-1' }, required: ['epicKey'], moduleKey: 'campaign-panel' },
  rotateKpiSecret: { valid: { epicKey: 'MKT-1' }, required: ['epicKey'], moduleKey: 'campaign-panel' },
  previewKpiImport: {
    valid: { epicKey: 'MKT-1', csv: 'time,spend\n2026-11-02,1\n', fileName: 'report.csv' },
    required: ['epicKey', 'csv'],
    moduleKey: 'campaign-panel',
  },
  importKpiCsv: {
    valid: {
      epicKey: 'MKT-1',
      requestId: 'fuzz-import-0001',
      csv: 'time,spend\n2026-11-02,1\n',
      fileName: 'report.csv',
      mapping: { timeColumn: 'time' },
    },
    required: ['epicKey', 'requestId', 'csv', 'mapping'],
    moduleKey: 'campaign-panel',
  },
  listRisks: { valid: { epicKey: 'MKT-1' }, required: ['epicKey'], moduleKey: 'campaign-panel' },
  saveRisk: {
    valid: {
      epicKey: 'MKT-1',
      risk: {
        title: 'Late video',
        likelihood: 'medium',
        impactDays: 0,
        targets: [],
        ownerAccountId: CAMILLE.accountId,
        mitigation: '',
        status: 'open',
      },
    },
    required: ['epicKey', 'risk'],
    moduleKey: 'campaign-panel',
  },
  suggestBreakdown: {
    valid: { issueKey: 'MKT-1', goalText: 'Launch emailing', engine: 'patterns' },
    required: ['issueKey'],
    moduleKey: 'campaign-panel',
  },
  createBreakdown: {
    valid: {
      requestId: 'fuzz-breakdown-0001',
      issueKey: 'MKT-1',
      tasks: [
        {
          taskId: 'email',
          summary: 'Email',
          ownerRole: 'designer',
          estimateBusinessDays: 1,
          startDate: '2026-12-01',
          dueDate: '2026-12-01',
        },
      ],
    },
    required: ['requestId', 'issueKey', 'tasks'],
    moduleKey: 'campaign-panel',
  },
  rescheduleBreakdown: {
    valid: {
      issueKey: 'MKT-1',
      changedTaskId: 'email',
      tasks: [
        {
          taskId: 'email',
          summary: 'Email',
          ownerRole: 'designer',
          estimateBusinessDays: 2,
          startDate: '2026-12-01',
          dueDate: '2026-12-01',
        },
      ],
    },
    required: ['issueKey', 'tasks'],
    moduleKey: 'campaign-panel',
  },
  publishStatusReport: { valid: { epicKey: 'MKT-1', kind: 'status' }, required: ['epicKey'], moduleKey: 'campaign-panel' },
};

type Mutation = { describe: string; payload: Json; field: string };

/** A JSON value of a different JSON type than `value` (zod never coerces, so it is always refused). */
function wrongTypeOf(value: Json): fc.Arbitrary<Json> {
  const options: fc.Arbitrary<Json>[] = [];
  if (typeof value !== 'string') options.push(fc.string({ maxLength: 20 }));
  if (typeof value !== 'number') options.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  if (typeof value !== 'boolean') options.push(fc.boolean());
  if (!Array.isArray(value)) options.push(fc.array(fc.integer(), { maxLength: 3 }));
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    options.push(fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }));
  return fc.oneof(...options);
}

function mutations(shape: Shape): fc.Arbitrary<Mutation> {
  const keys = Object.keys(shape.valid);
  // Falsy payloads (false, 0, '') are not here: @forge/resolver itself turns them into {} before the app sees them.
  const notAnObject = fc
    .oneof(fc.integer(), fc.string({ maxLength: 30 }), fc.constant(true), fc.array(fc.jsonValue(), { maxLength: 3 }))
    .filter((p) => Boolean(p))
    .map((payload) => ({ describe: 'not an object', payload: payload as Json, field: 'payload' }));
  const unknownField = fc
    .tuple(
      fc.oneof(
        fc.constantFrom('accountId', '__proto__x', 'constructor', 'principal', 'context'),
        fc.string({ minLength: 1, maxLength: 12 }),
      ),
      fc.jsonValue(),
    )
    .filter(([k]) => !keys.includes(k) && k !== '__proto__')
    .map(([k, v]) => ({ describe: `unknown field ${k}`, payload: { ...shape.valid, [k]: v as Json }, field: k }));
  const arbitraries: fc.Arbitrary<Mutation>[] = [notAnObject, unknownField];
  if (shape.required.length > 0) {
    arbitraries.push(
      fc.constantFrom(...shape.required).map((k) => {
        const { [k]: _dropped, ...rest } = shape.valid;
        return { describe: `missing ${k}`, payload: rest, field: k };
      }),
    );
  }
  if (keys.length > 0) {
    arbitraries.push(
      fc.constantFrom(...keys).chain((k) =>
        wrongTypeOf(shape.valid[k] as Json).map((v) => ({
          describe: `${k} of the wrong type`,
          payload: { ...shape.valid, [k]: v },
          field: k,
        })),
      ),
    );
  }
  return fc.oneof(...arbitraries);
}

describe('hostile and malformed resolver payloads', () => {
  const app = useAppTestHost();

  /** Everything a refused call must leave as it was: app storage and the Jira issues with their properties. */
  const fingerprint = (): string => {
    const db = app.th.host.db;
    const rows = [
      db.prepare('SELECT * FROM kvs_items ORDER BY 1, 2').all(),
      db.prepare('SELECT * FROM jira_issues ORDER BY 1').all(),
      db.prepare('SELECT * FROM jira_issue_properties ORDER BY 1, 2').all(),
      db.prepare('SELECT count(*) AS n FROM jira_comments').all(),
    ];
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  };

  it('has a payload shape for every resolver the app registers', () => {
    // src/index.ts defines exactly the registered map (test/contracts checks the map against the contract).
    const registered = Object.keys(registeredResolvers);
    expect(registered.length).toBeGreaterThan(10);
    expect(registered.filter((r) => !(r in SHAPES))).toEqual([]);
  });

  it.each(Object.keys(SHAPES))('%s: every malformed payload is refused, naming its field, and stores nothing', async (resolver) => {
    const shape = SHAPES[resolver] as Shape;
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(mutations(shape), async (m) => {
        const out = await invokeOutsideContract(app.th, CAMILLE.accountId, resolver, m.payload, {
          moduleKey: shape.moduleKey ?? 'campaign-planner',
        });
        expect(out.ok).toBe(false);
        expect(out.error.code).toBe('INVALID_INPUT');
        // The named field is the one we broke, or a field inside it.
        expect(`${out.error.field}.`.startsWith(`${m.field}.`)).toBe(true);
        // Worded in the caller's locale (Camille reads French: `field\u202f: …`), the message names the field first.
        expect(out.error.message.startsWith(`${out.error.field}:`) || out.error.message.startsWith(`${out.error.field}\u202f:`)).toBe(true);
        expect(out.error.message).not.toMatch(/\n\s+at |node_modules|ZodError|\.ts:\d+/);
      }),
      { numRuns: 25, seed: 424242 },
    );
    expect(fingerprint()).toBe(before);
  });

  it('refuses an oversized payload by its size, before any work, naming the payload', async () => {
    const before = fingerprint();
    const huge = { issueKey: 'MKT-1', gateId: 'legal', decision: 'approve' as const, comment: 'x'.repeat(400 * 1024) };
    const out = await invokeResolver(app.th, CAMILLE.accountId, 'decideSignOff', huge, { moduleKey: 'campaign-panel' });
    expect(out).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'payload' } });
    expect(out.error.message).toMatch(
      /^payload: is \d+ KB; the limit is 256 KB$|^payload\u202f: \d+\u202fKo, la limite est de 256\u202fKo$/,
    );
    expect(fingerprint()).toBe(before);
  });
});
