/**
 * Measures what each user action and job costs on a demo-like site, through the bench host: Jira points and calls
 * from `/local/stats` (the host's own pricing, less the calls the simulated person made in Jira themselves), KVS
 * requests and 10 KB units from the KVS stand-in's counter. Public resolvers, the issue events, the scheduled trigger
 * and the KPI web trigger only: whatever code is in the tree is what gets measured.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { CAMILLE, INES, NOAH } from '../../local/identity/demo-users';
import { kvsUnits, resetKvsUnits } from '../../local/forge/kvs/kvs-units';
import { seedDemoCampaign } from '../../local/seed/demo-campaign';
import { seedDemoPortfolio } from '../../local/seed/demo-portfolio';
import type { PayloadOf, ResolverName, ResultOf } from '../../src/contracts/registry';
import type { BenchHost } from '../bench-host';
import { ACTION_NAMES, type ActionCost, type ActionName } from './model';

const Counts = z.object({ requests: z.number(), points: z.number() });
// `byPrincipal` is required: without it a person's own Jira calls would be counted as the app's.
const HostStats = Counts.extend({ byOperation: z.record(Counts), byPrincipal: z.record(Counts) });
const InvokeAnswer = z.object({
  ok: z.boolean(),
  result: z.object({ ok: z.boolean(), data: z.unknown(), error: z.unknown() }).optional(),
  error: z.unknown(),
});
const Issues = z.object({ issues: z.array(z.object({ key: z.string() })) });
const ScheduledAnswer = z.object({ run: z.object({ outcome: z.string() }).passthrough() });

export interface MeasureOptions {
  /** How long nobody changes the site before the "nothing changed" views. */
  quietMs: number;
  log: (line: string) => void;
}

export interface MeasuredActions {
  actions: Record<ActionName, ActionCost>;
  /** Each action's Jira calls and KVS requests by operation, e.g. `POST /rest/api/3/search/jql ×1 = 61 pts` (a person's own Jira calls included). */
  operations: Record<ActionName, string[]>;
  /** What the figures were measured on. */
  context: { creationItems: number; campaigns: number; openGatesBeforeReminders: number; reminderOutcome: string };
}

type Invoke = <K extends ResolverName>(
  accountId: string,
  moduleKey: string,
  name: K,
  payload: PayloadOf<K>,
  at?: { issueKey?: string; projectKey?: string },
) => Promise<ResultOf<K>>;

export async function measureActions(h: BenchHost, options: MeasureOptions): Promise<MeasuredActions> {
  const base = h.host.baseUrl;
  const db = h.host.db;
  const invoke: Invoke = async <K extends ResolverName>(
    accountId: string,
    moduleKey: string,
    functionKey: K,
    payload: PayloadOf<K>,
    at: { issueKey?: string; projectKey?: string } = {},
  ): Promise<ResultOf<K>> => {
    const res = await fetch(`${base}/local/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ moduleKey, functionKey, payload, accountId, projectKey: at.projectKey ?? 'MKT', ...at }),
    });
    const out = InvokeAnswer.parse(await res.json());
    if (!out.ok || !out.result?.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error ?? out.result?.error)}`);
    return out.result.data as ResultOf<K>;
  };
  /** Jira REST as a person using Jira itself (Basic auth), not through the app. */
  const restAs = async (email: string, method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${email}:bench`).toString('base64')}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${res.status} ${method} ${path}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : undefined;
  };
  const settle = async (): Promise<void> => {
    // Issue events to the triggers, then the queues (forecast, creation) they or the resolver fed; twice, as a
    // consumer may change issues whose events come back to the triggers.
    for (let i = 0; i < 2; i++) {
      await h.settleTriggers();
      await h.host.queues.settled();
    }
  };
  /**
   * One action's cost: everything the app spent from the start of `run` until every trigger and queue it caused has
   * settled. Calls made by `actorEmail`'s own Jira session (an edit in Jira, say) are the person's, not the app's.
   */
  const cost = async (name: ActionName, run: () => Promise<unknown>, actorAccountId?: string): Promise<ActionCost> => {
    await settle();
    await h.resetStats();
    resetKvsUnits(db);
    await run();
    await settle();
    const stats = HostStats.parse(await (await fetch(`${base}/local/stats`)).json());
    const kvs = kvsUnits(db);
    const own = actorAccountId ? (stats.byPrincipal[actorAccountId] ?? { requests: 0, points: 0 }) : { requests: 0, points: 0 };
    const out: ActionCost = {
      points: stats.points - own.points,
      requests: stats.requests - own.requests,
      kvsRequests: kvs.requests,
      kvsReadUnits: kvs.readUnits,
      kvsWriteUnits: kvs.writeUnits,
    };
    operations[name] = [
      ...Object.entries(stats.byOperation).map(([op, c]) => `${op} ×${c.requests} = ${c.points} pts`),
      ...Object.entries(kvs.byOperation).map(([op, c]) => `KVS ${op} ×${c.requests} = ${c.readUnits + c.writeUnits} units`),
    ];
    options.log(`  ${name}: ${out.points} points, ${out.requests} calls, KVS ${out.kvsReadUnits} read / ${out.kvsWriteUnits} write units`);
    return out;
  };
  const measured: Partial<Record<ActionName, ActionCost>> = {};
  const operations = {} as Record<ActionName, string[]>;
  const record = async (name: ActionName, run: () => Promise<unknown>, actor?: string): Promise<void> => {
    measured[name] = await cost(name, run, actor);
  };

  options.log('seeding the demo campaign and portfolio through the app…');
  const epicKey = await seedDemoCampaign(h.host);
  const portfolio = await seedDemoPortfolio(h.host);
  await settle();

  // Creation of a campaign as a PM does it: preview, create, the planner polling the job until it is done.
  let creationItems = 0;
  let createdEpic = '';
  await record('creation', async () => {
    const launch = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
    const { plan } = await invoke(CAMILLE.accountId, 'campaign-planner', 'previewCampaign', {
      templateId: 'black-friday-omnichannel',
      launchDate: launch,
      budget: { amount: 180000, currency: 'EUR' },
      holidayCalendar: 'FR',
      projectKey: 'MKT',
      name: 'Scale bench campaign',
    });
    creationItems = plan.rows.length + 1;
    const acceptedErrorCodes = [...new Set(plan.warnings.filter((w) => w.severity === 'error').map((w) => w.code ?? w.kind))];
    const confirmation = acceptedErrorCodes.length > 0 ? { acceptErrors: true, acceptedErrorCodes } : {};
    const { jobId } = await invoke(CAMILLE.accountId, 'campaign-planner', 'createCampaign', {
      requestId: `scale-bench-${Date.now()}`,
      plan,
      ...confirmation,
    });
    for (let i = 0; i < 600; i++) {
      const job = await invoke(CAMILLE.accountId, 'campaign-planner', 'getCreationJob', { jobId });
      if (job.state === 'failed') throw new Error(`creation failed: ${JSON.stringify(job.errors).slice(0, 300)}`);
      if (job.state === 'done') {
        createdEpic = job.epicKey ?? '';
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('creation did not finish');
  });
  await record('panelAfterCreation', () => invoke(CAMILLE.accountId, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: createdEpic }));

  // Everything the measured actions need is looked up now, so that nothing touches the site during the quiet time.
  const gates = (await invoke(CAMILLE.accountId, 'campaign-panel', 'getSignOff', { issueKey: epicKey }, { issueKey: epicKey })).gates;
  const open = gates.find((g) => g.state === 'open' && g.pending.length > 0 && g.milestoneKey);
  if (!open?.milestoneKey) throw new Error('the demo campaign has no open gate with a pending approver');
  const approver = open.pending[0] ?? '';
  const milestone = open.milestoneKey;
  const connector = await invoke(CAMILLE.accountId, 'campaign-panel', 'getKpiConnector', { epicKey }, { issueKey: epicKey });
  const panel = await invoke(CAMILLE.accountId, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: epicKey });
  const kpiId = panel.mode === 'none' ? undefined : panel.kpis[0]?.kpiId;
  if (!kpiId) throw new Error('the demo campaign has no KPI to push to');
  const task = Issues.parse(
    await restAs(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: `parent = ${epicKey} AND issuetype = Task ORDER BY key`,
      fields: ['key'],
      maxResults: 1,
    }),
  ).issues[0]?.key;
  if (!task) throw new Error('the demo campaign has no task to edit');
  await settle();

  // The "nothing changed" figures need a site nobody changed for a while. The PM keeps looking at the panel meanwhile,
  // as in a busy hour (a view is not a change), so the measured view follows another by seconds, not by minutes.
  options.log(`no change for ${Math.round(options.quietMs / 1000)} s, the PM opening the panel every 30 s…`);
  const quietUntil = Date.now() + options.quietMs;
  while (Date.now() < quietUntil) {
    await invoke(CAMILLE.accountId, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: epicKey });
    await settle();
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(30_000, quietUntil - Date.now()))));
  }

  await record('panelPm', () => invoke(CAMILLE.accountId, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: epicKey }));
  await record('panelViewer', () => invoke(INES.accountId, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: epicKey }));
  await record('panelApprover', () => invoke(approver, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: milestone }));
  await record('signOffEpic', () =>
    invoke(CAMILLE.accountId, 'campaign-panel', 'getSignOff', { issueKey: epicKey }, { issueKey: epicKey }),
  );
  await record('signOffMilestone', () =>
    invoke(approver, 'campaign-panel', 'getSignOff', { issueKey: milestone }, { issueKey: milestone }),
  );
  await record('portfolio', () => invoke(CAMILLE.accountId, 'campaigns-portfolio', 'getPortfolio', {}));

  // A KPI tool pushing one actual to the campaign's web trigger URL.
  await record('kpiPush', async () => {
    const raw = JSON.stringify({
      campaign: epicKey,
      kpi: kpiId,
      value: 42,
      at: new Date(Date.now() - 3_600_000).toISOString(),
      source: 'bench',
    });
    const signature = `sha256=${createHmac('sha256', connector.secret).update(raw, 'utf8').digest('hex')}`;
    const res = await fetch(connector.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [connector.signatureHeader]: signature },
      body: raw,
    });
    if (res.status >= 300) throw new Error(`KPI push answered ${res.status}: ${await res.text()}`);
  });

  // An edit in Jira by a team member, then the PM's next views.
  await record(
    'edit',
    () =>
      restAs(NOAH.email, 'PUT', `/rest/api/3/issue/${task}`, { fields: { summary: `Bannières réseaux sociaux (v${Date.now() % 1000})` } }),
    NOAH.accountId,
  );
  await record('panelAfterEdit', () => invoke(CAMILLE.accountId, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: epicKey }));
  await record('panelRecent', () => invoke(CAMILLE.accountId, 'campaign-panel', 'getCampaignPanel', {}, { issueKey: epicKey }));

  await record('decision', () =>
    invoke(
      approver,
      'campaign-panel',
      'decideSignOff',
      { issueKey: milestone, gateId: open.gateId, decision: 'approve', comment: 'Validé (bench de charge).' },
      { issueKey: milestone },
    ),
  );

  const openBefore = (
    await invoke(CAMILLE.accountId, 'campaign-panel', 'getSignOff', { issueKey: epicKey }, { issueKey: epicKey })
  ).gates.filter((g) => g.state === 'open').length;
  let reminderOutcome = '';
  await record('reminders', async () => {
    const res = await fetch(`${base}/local/scheduled/campaign-signoff-reminders/run`, { method: 'POST' });
    reminderOutcome = ScheduledAnswer.parse(await res.json()).run.outcome;
  });

  const missing = ACTION_NAMES.filter((n) => !measured[n]);
  if (missing.length) throw new Error(`not measured: ${missing.join(', ')}`);
  return {
    actions: measured as Record<ActionName, ActionCost>,
    operations,
    context: { creationItems, campaigns: portfolio.length + 2, openGatesBeforeReminders: openBefore, reminderOutcome },
  };
}
