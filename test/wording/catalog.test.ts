import * as errors from '../../src/wording/catalog/errors';
import * as problems from '../../src/wording/catalog/problems';
import type { ParamsOf } from '../../src/wording/catalog/types';
import { wordReason, type ReasonFormat } from '../../src/wording/catalog/health';
import { render, type Message } from '../../src/wording/messages';
import type { Reason } from '../../src/contracts/campaign-panel';
import { CATALOGUES } from './catalogues';
import { texts } from './catalog-walk';

/** Words that are the same in both languages (names, abbreviations, cognates). */
const SAME_IN_BOTH = new Set([
  'audiences.prospects',
  'capacity.actions',
  'channels.blog',
  'channels.sms',
  'costCategories.production',
  'brief.sectionNames.budget',
  // A value and its source, and an amount alone: the same layout in both languages.
  'briefReading.valueAt',
  'briefReading.valueAmount',
  'signoffRecord.type',
  'budget.date',
  'report.date',
  // The same word, and the same dash for an empty cell.
  'portfolioReport.columns.budget',
  'portfolioReport.empty',
  'report.categories.production',
  'signoffComments.outcome.waiting',
  'roles.designer',
  'roles.finance',
  // The global page: « Collisions », « Budget », a dash for no value and « 3/5 » read the same in French.
  'portfolio.sections.collisions.nav',
  'portfolio.columns.budget',
  'portfolio.csvColumns.budget',
  'portfolio.noValue',
  'portfolio.signoffOf',
]);

const fmt: ReasonFormat = { percent: (r) => `${Math.round(r * 100)}%`, money: (n) => `€${n}`, date: (d) => d, number: (n) => String(n) };
const REASON_PARAMS: Reason['params'] = {
  gate: 'Legal',
  days: 3,
  blocks: 'Launch',
  milestone: 'Assets',
  p85: '2025-03-04',
  dueDate: '2025-03-01',
  task: 'MKT-4',
  spent: 0.92,
  done: 0.4,
  forecast: 12000,
  budget: 10000,
  kpi: 'Leads',
  actual: 120,
  expected: 200,
};
const reasonTexts = (lang: 'en' | 'fr'): Map<string, string> =>
  new Map(
    Object.keys(CATALOGUES.reasons!.en as object).map((code) => [
      code,
      wordReason({ code: code as Reason['code'], params: REASON_PARAMS }, lang, fmt),
    ]),
  );

const all = (lang: 'en' | 'fr'): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [name, c] of Object.entries(CATALOGUES)) {
    const found = name === 'reasons' ? reasonTexts(lang) : texts(lang === 'en' ? c.en : c.fr);
    for (const [path, s] of found) out.set(`${name}.${path}`, s);
  }
  return out;
};
const entryOf = (path: string): string => path.replace(/\(\d+\)$/, '');

describe('the wording catalogues', () => {
  const en = all('en');
  const fr = all('fr');

  it('word every English text in French too, non-empty, and differently unless the word is the same in both', () => {
    expect(en.size).toBeGreaterThan(150);
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    const empty = [...en, ...fr].filter(([path, s]) => s.trim() === '' && !path.endsWith('outcome.waiting')).map(([p]) => p);
    expect(empty).toEqual([]);
    const same = [...en].filter(([path, s]) => fr.get(path) === s && !SAME_IN_BOTH.has(entryOf(path))).map(([p]) => p);
    expect(same).toEqual([]);
  });

  it('put no plain space before : ; ? ! in French (a narrow no-break space, U+202F), nor inside « »', () => {
    const plain = [...new Set([...fr].filter(([, s]) => / [:;?!]/.test(s)).map(([p]) => entryOf(p)))].sort();
    expect(plain).toEqual([]);
    const guillemets = [...new Set([...fr].filter(([, s]) => /« | »/.test(s)).map(([p]) => entryOf(p)))].sort();
    expect(guillemets).toEqual([]);
  });
});

/** One sample per error message: a key without a sample, or with the wrong parameters, fails the type check. */
const ERROR_SAMPLES: { [K in keyof typeof errors.en]: ParamsOf<(typeof errors.en)[K]> } = {
  signInNeeded: {},
  siteAdminOnly: {},
  internal: {},
  payloadTooLarge: { kb: 300, limitKb: 256 },
  fieldNotAccepted: { field: 'issueKey' },
  fieldInvalid: { field: 'issueKey', problem: 'must look like MKT-1' },
  projectKeyRequired: {},
  projectNotVisible: { projectKey: 'MKT' },
  permissionNeeded: { permission: 'EDIT_ISSUES', projectKey: 'MKT', action: 're-plan this campaign' },
  notACampaign: { epicKey: 'MKT-7' },
  breakdownMilestoneUnknown: { milestoneKey: 'MKT-9', epicKey: 'MKT-7' },
  epicNotVisible: { epicKey: 'MKT-7' },
  kpiManagersOnly: { projectKey: 'MKT', action: 'import KPI actuals' },
  personNotFound: {},
  budgetTooLarge: { field: 'budget.amount', max: 1_000_000_000_000, currency: 'EUR' },
  selfOrAdminOnly: { projectKey: 'MKT', action: 'change this person’s capacity' },
  levelingTaskRequired: {},
  levelingNotATask: { field: 'change.rowId', value: 'no-such-row', epicKey: 'MKT-7' },
  levelingRowMismatch: { issueKey: 'MKT-12', rowId: 'design' },
  levelingDoneWork: { field: 'change.rowId', summary: 'Design visuals', issueKey: 'MKT-12' },
  levelingNotInPool: { name: 'Sam Lee' },
  levelingBadDate: { field: 'change.dueDate', value: '2026-02-30' },
  levelingDateInPast: { field: 'change.dueDate', date: '2026-11-02' },
  levelingAfterMilestone: { date: '2026-12-01', milestone: 'Creative final', milestoneDue: '2026-11-27' },
  levelingRequestReused: { requestId: 'level-0001' },
  pmOrAdminOnly: { projectKey: 'MKT', action: 'publish its report' },
  pmAdminOrApproverOnly: { projectKey: 'MKT', action: 'export its sign-off record' },
  signoffNotApprover: { gate: 'Legal' },
  signoffNotApproverHere: {},
  signoffOwnWork: { gate: 'Legal', role: 'assignee', work: 'MKT-2' },
  signoffWaiting: { gate: 'Go-live', before: 'Legal' },
  signoffClosed: { gate: 'Legal', state: 'approved' },
  signoffChangesRequested: { gate: 'Legal' },
  signoffAlreadyDecided: { gate: 'Legal', decision: 'approve', self: true },
  signoffWorkMissing: { gate: 'Legal' },
  signoffDelegateNotApprover: { gate: 'Legal' },
  signoffDelegateClosed: { gate: 'Legal', state: 'changes_requested' },
  signoffDelegateSelf: {},
  signoffDelegateApprover: { gate: 'Legal' },
  signoffDelegateOwnWork: { gate: 'Legal', role: 'reporter' },
  signoffUntilPast: { today: '2026-11-24', until: '2026-11-23' },
  signoffUntilTooFar: { days: 90, latest: '2027-02-22', until: '2027-02-23' },
  signoffReasonForChanges: { gate: 'Legal' },
  signoffReasonForDecline: { gate: 'Legal' },
  signoffTextTooLong: { field: 'reason', max: 2000, length: 2001 },
  upstreamNoAnswer: { product: 'Jira' },
  upstreamNotFound: {},
  upstreamForbidden: { product: 'Confluence' },
  upstreamBusy: { product: 'Jira' },
  upstreamStatus: { product: 'Jira', status: 409 },
  upstreamNotJson: { product: 'Jira' },
  upstreamShape: { product: 'Confluence' },
  jiraSlowOutOfTime: {},
  jiraThrottledOutOfTime: {},
  jiraQuotaPaused: { resumesAt: '2026-12-02T14:00:00.000Z' },
  riskRegisterTooLarge: { epicKey: 'MKT-7', max: 1000 },
  notACampaignEpic: { field: 'epicKey', key: 'MKT-9', epicKey: 'MKT-7' },
  notACampaignYouSee: { epicKey: 'MKT-7' },
  noReportSpace: { projectKey: 'MKT' },
  noPortfolioSpace: { spaceKey: 'MKT' },
  reportLinkFailed: { epicKey: 'MKT-7', detail: 'Jira is busy right now.' },
  riskTargetUnknown: { field: 'risk.targets.0', key: 'MKT-99', epicKey: 'MKT-7' },
  notAPerson: { field: 'risk.ownerAccountId' },
  riskUnknown: { riskId: 'risk-3', epicKey: 'MKT-7' },
  riskRegisterFull: { max: 50 },
  issueKeyOutsideIssue: {},
  campaignKeyNeeded: {},
  issueNotVisible: { field: 'issueKey', issueKey: 'MKT-9' },
  notInACampaign: { field: 'issueKey', issueKey: 'MKT-9' },
  notEpicOrMilestone: { issueKey: 'MKT-9' },
  templateUnknown: { templateId: 'launch-copy' },
  templateBuiltIn: { id: 'product-launch' },
  planProjectNotVisible: { projectKey: 'MKT' },
  planProjectNoCreate: { projectKey: 'MKT' },
  notAUser: { field: 'roleAssignments.designer', accountId: 'acc-nobody' },
  aiUnavailable: {},
  notABriefDifference: { field: 'accept.0', value: 'budget', differences: 'launchDate, kpis' },
  notPlannedFromBrief: { epicKey: 'MKT-7' },
  spaceNotVisible: { spaceKey: 'MKT' },
  reportPageBusy: {},
  badSearchKey: { field: 'epicKey', key: 'MKT 7' },
  campaignTooLarge: { epicKey: 'MKT-7', max: 5000 },
  issuesMissing: { count: 3 },
  aiNoAnswer: {},
  aiEmpty: {},
  templateIdTaken: { id: 'launch-copy' },
  templateStale: { id: 'launch-copy', version: 4 },
  templateNotYet: { id: 'launch-copy' },
  templateJustSaved: { id: 'launch-copy', version: 5 },
  dependencyCycle: { field: 'tasks.2.dependsOn.0', cycle: 'copy → visuals → copy' },
  taskIdUsed: { field: 'tasks.1.taskId', id: 'copy' },
  campaignRowLimit: { rows: 480, adding: 30, max: 500 },
  rowIdsCollide: {},
  notTheEpic: { field: 'epicKey', key: 'MKT-9', epicKey: 'MKT-7' },
  notAnIssueOf: { issueKey: 'MKT-99', epicKey: 'MKT-7' },
  epicIdReserved: { field: 'template.milestones.0.id' },
  rowIdTaken: { field: 'template.tasks.3.id', id: 'launch' },
  taskWithoutMilestone: { field: 'plan.rows.copy.parentRowId' },
  notATaskOfPlan: { field: 'tasks.copy.dependsOn.0', id: 'ghost' },
  rowCycle: { cycle: 'copy → visuals → copy' },
  notAMilestoneOfPlan: { field: 'tasks.copy.milestoneId', id: 'nowhere' },
  gateWorkMissing: { gate: 'Legal', epicKey: 'MKT-7' },
  gateUnknown: { epicKey: 'MKT-7', gateId: 'legal' },
  aiNotJson: {},
  aiWrongShape: { problem: 'tasks: must hold at least 1 item' },
  gateElsewhere: { gate: 'Legal', issueKey: 'MKT-4', openFrom: 'MKT-2' },
};

/** One sample per problem of a malformed field: a problem without a sample fails the type check. */
const PROBLEM_SAMPLES: { [K in keyof typeof problems.en]: Parameters<(typeof problems.en)[K]>[0] } = {
  required: { field: 'title' },
  targetSlug: { field: 'audiences.0' },
  expectedType: { field: 'title', expected: 'string' },
  notEmpty: { field: 'title' },
  tooShort: { field: 'title', min: 3 },
  tooLong: { field: 'title', max: 200 },
  exactLength: { field: 'code', n: 3 },
  atLeast: { field: 'hoursPerWeek', min: 1 },
  above: { field: 'amount', min: 0 },
  atMost: { field: 'reservedPercent', max: 90 },
  below: { field: 'likelihood', max: 1 },
  fewItems: { field: 'tasks', min: 1 },
  manyItems: { field: 'targets', max: 20 },
  wholeNumber: { field: 'reservedPercent' },
  finiteNumber: { field: 'value' },
  multipleOf: { field: 'step', n: 5 },
  oneOf: { field: 'kind', options: 'cost, delay' },
  exactly: { field: 'version', expected: '1' },
  notValid: { field: 'payload' },
  badFormat: { field: 'code' },
  email: { field: 'email' },
  url: { field: 'url' },
  realDay: { field: 'until' },
  issueKey: { field: 'issueKey' },
  epicKey: { field: 'epicKey' },
  campaignKey: { field: 'campaign' },
  projectKey: { field: 'projectKey' },
  requestId: { field: 'requestId' },
  jobId: { field: 'jobId' },
  importId: { field: 'importId' },
  riskId: { field: 'riskId' },
  pageId: { field: 'pageId' },
  spaceKey: { field: 'spaceKey' },
  isoDate: { field: 'launchDate' },
  utcInstant: { field: 'at' },
  dateTime: { field: 'at' },
  rowId: { field: 'id' },
  currency: { field: 'currency' },
  kpiName: { field: 'kpi' },
  person: { field: 'toAccountId' },
  dateColumn: { field: 'mapping.timeColumn' },
  endsBeforeStart: { field: 'timeOff.0.to' },
  startAfterDue: { field: 'tasks.0.startDate' },
  availabilityOrHours: { field: 'availabilityPercent' },
  availabilityNotBoth: { field: 'availabilityPercent' },
  riskTargetsNeeded: { field: 'targets' },
  issueOrEpic: { field: 'issueKey' },
  duplicateId: { field: 'tasks.1.id', id: 'brief' },
  unknownMilestone: { field: 'tasks.0.milestoneId', id: 'nowhere' },
  unknownTask: { field: 'tasks.0.dependsOn.0.taskId', id: 'ghost' },
  unknownGate: { field: 'gates.0.afterGateId', id: 'legal' },
  selfDependency: { field: 'tasks.0.dependsOn.0.taskId' },
  quorumTooHigh: { field: 'gates.0.quorum', n: 3, roles: 2 },
  taskIdTwice: { field: 'tasks.1.taskId', id: 'copy' },
  notAnotherTask: { field: 'tasks.0.dependsOn.0', id: 'ghost' },
  fileEmpty: { field: 'csv' },
  fileTooLarge: { field: 'csv', max: 400 * 1024 },
  noSuchRow: { field: 'overrides.rows.ghost', id: 'ghost' },
  lengthBetween: { field: 'overrides.rows.brief.summary', min: 1, max: 255 },
  accountIdOrNull: { field: 'overrides.rows.brief.assigneeAccountId' },
  allRowsRemoved: { field: 'overrides.rows' },
};

describe('the problems of a malformed field', () => {
  it('are worded in both languages, after the field they name, with every figure and id the English shows', () => {
    for (const [key, params] of Object.entries(PROBLEM_SAMPLES)) {
      const m = { key: `problems.${key}`, params } as Message;
      const english = render('en', m);
      const french = render('fr', m);
      expect([key, french]).not.toEqual([key, english]);
      expect(english.startsWith(`${params.field}: `)).toBe(true);
      expect(french.startsWith(`${params.field}\u202f: `)).toBe(true);
      expect(/ [:;?!]/.test(french)).toBe(false);
      for (const v of Object.values(params)) if (english.includes(String(v))) expect(french).toContain(String(v));
    }
  });
});

/** Parameters French words in its own terms (an English action phrase, a role, a state, a date in words). */
const TRANSLATED_PARAMS = new Set(['action', 'role', 'state', 'decision', 'today', 'until', 'latest', 'detail', 'problem']);
const TRANSLATED_KEYS = ['errors.permissionNeeded', 'errors.kpiManagersOnly', 'errors.selfOrAdminOnly'];

describe('render', () => {
  const messages = Object.entries(ERROR_SAMPLES).map(([k, params]) => ({ key: `errors.${k}`, params }) as Message);

  it('words each error in the reader’s language, keeping every parameter the English text shows', () => {
    for (const m of messages) {
      const english = render('en-US', m);
      const french = render('fr_FR', m);
      expect(french).not.toEqual(english);
      expect(/ [:;?!]/.test(french)).toBe(false);
      for (const [name, v] of Object.entries(m.params ?? {}))
        if (english.includes(String(v)) && !TRANSLATED_PARAMS.has(name) && !TRANSLATED_KEYS.includes(m.key))
          expect(french).toContain(String(v));
    }
  });

  it('reads Jira and browser locales alike, and falls back to English for other languages', () => {
    const m: Message = { key: 'errors.projectNotVisible', params: { projectKey: 'MKT' } };
    expect(render('fr-CA', m)).toBe(render('fr_FR', m));
    expect(render('de_DE', m)).toBe('Project MKT does not exist or you do not have permission to see it.');
    expect(render(undefined, m)).toBe(render('en', m));
  });

  it('translates the actions resolvers name, and quotes one it does not know', () => {
    expect(
      render('fr', {
        key: 'errors.permissionNeeded',
        params: { permission: 'EDIT_ISSUES', projectKey: 'MKT', action: 're-plan this campaign' },
      }),
    ).toBe('Il vous faut la permission «\u202fModifier les tickets\u202f» dans MKT pour replanifier cette campagne.');
    expect(render('fr', { key: 'errors.kpiManagersOnly', params: { projectKey: 'MKT', action: 'dance' } })).toContain(
      '«\u202fdance\u202f»',
    );
  });

  it('is typed by the catalogue (a dropped parameter or an unknown key does not compile)', () => {
    // @ts-expect-error projectKey is required
    const dropped: Message = { key: 'errors.projectNotVisible', params: {} };
    // @ts-expect-error no such message
    const unknown: Message = { key: 'errors.nope' };
    expect(render('en', dropped)).toContain('undefined');
    expect(render('en', unknown)).toBe('errors.nope');
  });
});
