import { CAMILLE, HUGO, NOAH } from '../../../local/identity/demo-users';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import type { RiskInput } from '../../../src/contracts/risks';
import type { CampaignPlan } from '../../../src/domain/model';
import { useAppTestHost } from '../../support/app-host';
import { callResolver } from '../../support/contract-call';
import { campaignPanelOf, epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { must } from '../../support/must';
import { planWith } from '../creation/plan-fixture';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

/**
 * The risk register kept in Jira (issue 14, item 4): a campaign of project EVT, whose scheme has an issue type
 * "Risk", keeps each risk as a Risk issue under its epic, its data in the `campaignRisk` property; a campaign of
 * MKT (no such type) keeps its register in app storage. Through the local host, every exchange checked against
 * Atlassian's specs.
 */
const app = useAppTestHost();

interface RiskIssue {
  key: string;
  fields: {
    summary: string;
    issuetype: { name: string };
    parent?: { key: string };
    assignee: { accountId: string } | null;
    description: { content: { content: { text: string }[] }[] } | null;
    status: { statusCategory: { key: string } };
  };
  properties: { campaignRisk?: Record<string, unknown> };
}

async function riskIssues(jql: string): Promise<RiskIssue[]> {
  const q = new URLSearchParams({
    jql,
    fields: 'summary,issuetype,parent,assignee,description,status',
    properties: 'campaignRisk',
    maxResults: '100',
  });
  const res = await app.th.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?${q}`);
  expect(res.status).toBe(200);
  const page: { issues: RiskIssue[] } = res.body;
  return page.issues;
}

async function createCampaign(plan: CampaignPlan, requestId: string): Promise<{ epicKey: string; taskKey: string }> {
  const started = await invokeResolver(app.th, CAMILLE.accountId, 'createCampaign', { ...CONFIRM_ERRORS, requestId, plan });
  if (!started.ok) throw new Error(`createCampaign refused: ${JSON.stringify(started.error)}`);
  const job = await waitForCreationJob(app.th, CAMILLE.accountId, started.data.jobId);
  const epicKey = epicOf(job);
  const list = await callResolver(app.th, 'listRisks', { epicKey }, { accountId: CAMILLE.accountId, issueKey: epicKey });
  const task = must(
    list.data.targets.find((t) => t.kind === 'task'),
    'a task of the campaign',
  );
  return { epicKey, taskKey: task.key };
}

const risk = (taskKey: string, change: Partial<RiskInput> = {}): RiskInput => ({
  title: 'Le stand arrive en retard au salon',
  likelihood: 0.4,
  impactDays: 3,
  targets: [taskKey],
  impactCost: { amount: 2500, category: 'production' },
  ownerAccountId: NOAH.accountId,
  mitigation: 'Réserver un second transporteur\nPrévoir un stand de secours',
  status: 'open',
  ...change,
});

describe('risk register in Jira (project with a Risk issue type)', () => {
  let epicKey: string;
  let taskKey: string;
  const as = () => ({ accountId: CAMILLE.accountId, issueKey: epicKey });
  const save = (input: RiskInput) => callResolver(app.th, 'saveRisk', { epicKey, risk: input }, as());
  const underEpic = () => riskIssues(`project = EVT AND issuetype = Risk AND parent = ${epicKey} ORDER BY key`);

  beforeAll(async () => {
    ({ epicKey, taskKey } = await createCampaign({ ...planWith(1, 2, 'risks-evt'), projectKey: 'EVT' }, 'req-risks-evt-0001'));
  });

  it('says the register is in Jira, and saving a risk creates one Risk issue under the epic with its property', async () => {
    const empty = await callResolver(app.th, 'listRisks', { epicKey }, as());
    expect(empty.data).toMatchObject({ risks: [], source: 'jira', jiraIssueType: 'Risk', canEdit: true });
    const before = campaignPanelOf(
      await invokeResolver(app.th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey, refresh: true }),
    );

    const saved = await save(risk(taskKey));
    expect(saved.ok).toBe(true);
    expect(saved.data.risk).toMatchObject({ riskId: 'risk-1', probability: 0.4, ownerName: 'Noah Petit', updatedBy: CAMILLE.accountId });

    const issues = await underEpic();
    expect(issues).toHaveLength(1);
    const issue = must(issues[0], 'the risk issue');
    expect(issue.fields).toMatchObject({
      summary: 'Le stand arrive en retard au salon',
      issuetype: { name: 'Risk' },
      parent: { key: epicKey },
      assignee: { accountId: NOAH.accountId },
      status: { statusCategory: { key: 'new' } },
    });
    expect(issue.fields.description?.content.map((p) => p.content[0]?.text)).toEqual([
      'Réserver un second transporteur',
      'Prévoir un stand de secours',
    ]);
    expect(issue.properties.campaignRisk).toMatchObject({ epicKey, riskId: 'risk-1', likelihood: 0.4, targets: [taskKey] });
    // Nothing went to app storage.
    expect(new KvsStore(app.th.host.db).get('plain', `risks:${epicKey}`)).toBeUndefined();

    const listed = await callResolver(app.th, 'listRisks', { epicKey }, { accountId: HUGO.accountId, issueKey: epicKey });
    expect(listed.data.risks).toEqual([saved.data.risk]);
    expect(listed.data.canEdit).toBe(false);

    // The panel samples the risk, and the Risk issue is not counted as the campaign's work.
    const after = campaignPanelOf(
      await invokeResolver(app.th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey, refresh: true }),
    );
    expect(after.campaign.issueCount).toBe(before.campaign.issueCount);
    expect(after.riskCount).toEqual({ total: 1, open: 1 });
    expect(JSON.stringify(after.criticalPath ?? [])).not.toContain(issue.key);

    // The panel on the Risk issue itself shows its campaign, with no milestone of its own.
    const onRisk = campaignPanelOf(
      await invokeResolver(app.th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: issue.key }, { moduleKey: 'campaign-panel' }),
    );
    expect(onRisk).toMatchObject({ mode: 'compact', issueKey: issue.key, ownMilestoneKey: null, campaign: { epicKey } });
  });

  it('edits the same issue (fields, property and status), and saving the same risk again makes no second issue', async () => {
    const [issue] = await underEpic();
    const key = must(issue, 'the risk issue').key;
    const from = app.th.exchanges.length;
    const edited = await save(risk(taskKey, { riskId: 'risk-1', title: 'Stand livré en retard', likelihood: 'high', status: 'mitigated' }));
    expect(edited.data.risk).toMatchObject({ riskId: 'risk-1', probability: 0.8, status: 'mitigated' });
    const again = await save(risk(taskKey, { riskId: 'risk-1', title: 'Stand livré en retard', likelihood: 'high', status: 'mitigated' }));
    expect(again.ok).toBe(true);

    const writes = app.th.exchanges.slice(from).filter((x) => x.method !== 'GET' && x.path.startsWith('/rest/api/3/issue'));
    expect(writes.filter((x) => x.method === 'POST' && x.path === '/rest/api/3/issue')).toEqual([]);
    expect(writes.filter((x) => x.method === 'PUT').map((x) => x.path)).toEqual([`/rest/api/3/issue/${key}`, `/rest/api/3/issue/${key}`]);
    const issues = await underEpic();
    expect(issues.map((i) => i.key)).toEqual([key]);
    expect(issues[0]?.fields).toMatchObject({ summary: 'Stand livré en retard', status: { statusCategory: { key: 'done' } } });
    expect(issues[0]?.properties.campaignRisk).toMatchObject({ riskId: 'risk-1', likelihood: 'high', status: 'mitigated' });
    const listed = await callResolver(app.th, 'listRisks', { epicKey }, as());
    expect(listed.data.risks.map((r) => [r.riskId, r.title, r.status])).toEqual([['risk-1', 'Stand livré en retard', 'mitigated']]);
  });

  it('refuses a target outside the campaign naming the field, and writes no issue', async () => {
    const before = (await underEpic()).length;
    const refused = await save(risk(taskKey, { targets: ['EVT-999'] }));
    expect(refused.error).toMatchObject({ code: 'INVALID_INPUT', field: 'risk.targets.0' });
    expect(await underEpic()).toHaveLength(before);
  });

  it('gives a second risk its own issue and id', async () => {
    const second = await save(risk(taskKey, { title: 'Le traiteur annule', impactDays: 0, targets: [], status: 'open' }));
    expect(second.data.risk.riskId).toBe('risk-2');
    const issues = await underEpic();
    expect(issues.map((i) => i.properties.campaignRisk?.riskId)).toEqual(['risk-1', 'risk-2']);
  });
});

describe('risk register in app storage (project without a Risk issue type)', () => {
  it('keeps the register of a MKT campaign in app storage and creates no issue', async () => {
    const { epicKey, taskKey } = await createCampaign(planWith(1, 2, 'risks-mkt'), 'req-risks-mkt-0001');
    const as = { accountId: CAMILLE.accountId, issueKey: epicKey };
    const saved = await callResolver(app.th, 'saveRisk', { epicKey, risk: risk(taskKey) }, as);
    expect(saved.data.risk.riskId).toBe('risk-1');
    const listed = await callResolver(app.th, 'listRisks', { epicKey }, as);
    expect(listed.data).toMatchObject({ source: 'app_storage', risks: [saved.data.risk] });
    expect(listed.data.jiraIssueType).toBeUndefined();
    const stored = new KvsStore(app.th.host.db).get('plain', `risks:${epicKey}`)?.value;
    expect(stored).toEqual([expect.objectContaining({ riskId: 'risk-1', title: 'Le stand arrive en retard au salon' })]);
    expect(await riskIssues(`parent = ${epicKey} AND issue.property[campaignRisk].riskId = "risk-1"`)).toEqual([]);
  });
});
