import { addBusinessDays, format } from 'date-fns';
import { CAMILLE } from '../identity/demo-users';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../confluence/seed';
import { z } from 'zod';
import type { RunningLocalHost } from '../forge/local-host';
import { resolverContracts, type PayloadOf, type ResolverName, type ResultOf } from '../../src/contracts/registry';
import { firstIssue } from '../shared/zod-issue';
import { must } from '../shared/must';

/**
 * A campaign the demo PM created with the app itself, mid-flight, so the issue panel has something true to show
 * on a fresh `npm start`: planned through the real resolvers (previewCampaign → createCampaign → the queue's
 * consumer), then moved forward through Jira REST as Camille would (work due before today done, with actual
 * costs a little over plan; work under way started, with committed costs).
 */
export const DEMO_REQUEST_ID = 'demo-campaign-black-friday-fr';

/** The resolver's own `{ok, data|error}` answer. */
const Envelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);

/**
 * Runs resolver `name` as the UI would: the payload typed by the app's contract, a successful answer checked against
 * the contract's result schema (a resolver answering outside it stops the seed, naming the field).
 */
export async function call<K extends ResolverName>(
  host: RunningLocalHost,
  name: K,
  payload: PayloadOf<K>,
  as: { accountId: string; issueKey?: string; projectKey?: string } = { accountId: CAMILLE.accountId },
): Promise<ResultOf<K>> {
  const moduleKey = as.issueKey ? 'campaign-panel' : 'campaign-planner';
  const answer = await host.invoker.invoke({
    moduleKey,
    functionKey: name,
    payload,
    accountId: as.accountId,
    projectKey: as.projectKey ?? 'MKT',
    ...(as.issueKey ? { issueKey: as.issueKey } : {}),
  });
  if (!answer.ok) throw new Error(`demo campaign: ${name} failed: ${answer.error.message}`);
  const result = Envelope.parse(answer.result);
  if (!result.ok) throw new Error(`demo campaign: ${name} refused: ${result.error.message}`);
  const checked = resolverContracts[name].result.safeParse(result.data);
  if (!checked.success) {
    const { path, message } = firstIssue(checked.error);
    throw new Error(`demo campaign: ${name} answered outside its contract: ${path}: ${message}`);
  }
  // The data as the resolver sent it (the plan goes back to createCampaign unchanged), checked just above.
  return result.data as ResultOf<K>;
}

/** Jira REST as Camille; the answer read through `schema` (only the fields the seed uses). */
async function rest<T>(
  host: RunningLocalHost,
  method: string,
  path: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${host.internalUrl}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${CAMILLE.email}:demo`).toString('base64')}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`demo campaign: ${method} ${path} answered ${res.status}`);
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : undefined;
  return schema.parse(json);
}

const Transitions = z.object({
  transitions: z.array(z.object({ id: z.string(), to: z.object({ statusCategory: z.object({ key: z.string() }) }) })),
});
const Fields = z.array(z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }));
const FoundKeys = z.object({ issues: z.array(z.object({ key: z.string() })) });
/** Answers the seed does not read (transitions, edits). */
const Ignored = z.unknown();

async function moveTo(host: RunningLocalHost, key: string, category: 'indeterminate' | 'done'): Promise<void> {
  const { transitions } = await rest(host, 'GET', `/rest/api/3/issue/${key}/transitions`, Transitions);
  const t = transitions.find((x) => x.to.statusCategory.key === category);
  if (t) await rest(host, 'POST', `/rest/api/3/issue/${key}/transitions`, Ignored, { transition: { id: t.id } });
}

/** Creates the demo campaign and returns its epic key. */
export async function seedDemoCampaign(host: RunningLocalHost, today = new Date()): Promise<string> {
  const launchDate = format(addBusinessDays(today, 25), 'yyyy-MM-dd');
  const todayIso = format(today, 'yyyy-MM-dd');
  const { plan } = await call(host, 'previewCampaign', {
    templateId: 'black-friday-omnichannel',
    launchDate,
    budget: { amount: 140000, currency: 'EUR' },
    holidayCalendar: 'FR',
    briefPageId: BLACK_FRIDAY_FR_BRIEF_ID,
    name: 'Black Friday France — campagne démo',
  });
  // A campaign already under way: its first work is before today, so the PM confirms the errors the preview listed.
  const acceptedErrorCodes = [...new Set(plan.warnings.filter((w) => w.severity === 'error').map((w) => w.code ?? w.kind))];
  const confirmation = acceptedErrorCodes.length > 0 ? { acceptErrors: true, acceptedErrorCodes } : {};
  const { epicKey, issueKeys } = await createThroughApp(host, { requestId: DEMO_REQUEST_ID, plan, ...confirmation });

  const fields = await rest(host, 'GET', '/rest/api/3/field', Fields);
  const fieldOf = (module: string): string | undefined => fields.find((f) => f.schema?.custom?.endsWith(`/static/${module}`))?.id;
  const actualField = fieldOf('actual-cost');
  const committedField = fieldOf('committed-cost');
  let i = 0;
  for (const row of plan.rows) {
    const key = issueKeys[row.rowId];
    if (!key) continue;
    if (row.kind === 'milestone') {
      if (row.dueDate < todayIso) await moveTo(host, key, 'done');
      continue;
    }
    i += 1;
    if (row.dueDate < todayIso) {
      await moveTo(host, key, 'done');
      // A little over plan on most lines, as real campaigns go (1.00 to 1.24, spread deterministically).
      if (row.plannedCost && actualField)
        await rest(host, 'PUT', `/rest/api/3/issue/${key}`, Ignored, {
          fields: { [actualField]: Math.round(row.plannedCost * (1 + ((i * 37) % 25) / 100)) },
        });
    } else if (row.startDate <= todayIso) {
      await moveTo(host, key, 'indeterminate');
      if (row.plannedCost && committedField)
        await rest(host, 'PUT', `/rest/api/3/issue/${key}`, Ignored, { fields: { [committedField]: Math.round(row.plannedCost * 0.6) } });
    }
  }
  await signOffPastGates(host, epicKey, todayIso);
  return epicKey;
}

/**
 * Creates a previewed plan as Camille would press "Create": `createCampaign`, then the creation job polled until the
 * queue's consumer is done. Answers the epic key and the plan row → issue key map.
 */
export async function createThroughApp(
  host: RunningLocalHost,
  payload: PayloadOf<'createCampaign'>,
  projectKey = 'MKT',
): Promise<{ epicKey: string; issueKeys: Record<string, string> }> {
  const as = { accountId: CAMILLE.accountId, projectKey };
  const { jobId } = await call(host, 'createCampaign', payload, as);
  let job: ResultOf<'getCreationJob'> | undefined;
  for (let i = 0; i < 600; i++) {
    job = await call(host, 'getCreationJob', { jobId }, as);
    if (job.state === 'done' || job.state === 'failed') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (job?.state !== 'done') throw new Error(`demo campaign: creation ended ${job?.state}: ${JSON.stringify(job?.errors ?? [])}`);
  if (job.epicKey === undefined) throw new Error('demo campaign: creation done without an epic key');
  return { epicKey: job.epicKey, issueKeys: job.issueKeys };
}

/**
 * The gates due before today were signed off on time, by their approvers, through the app (with a comment and the
 * record entry a real decision leaves), so the next gate in line is open for its approver on a fresh site.
 */
async function signOffPastGates(host: RunningLocalHost, epicKey: string, todayIso: string): Promise<void> {
  const asPm = { accountId: CAMILLE.accountId, issueKey: epicKey };
  // Sequential gates open one after another, so the gates are read again after each decision.
  for (let step = 0; step < 50; step++) {
    const { gates } = await call(host, 'getSignOff', { issueKey: epicKey }, asPm);
    const due = gates.find((g) => g.dueDate < todayIso && g.state === 'open' && g.pending.length > 0);
    if (!due) return;
    const approver = must(due.pending[0], 'the first pending approver of a gate with some');
    await call(
      host,
      'decideSignOff',
      { issueKey: epicKey, gateId: due.gateId, decision: 'approve', comment: 'Validé dans les temps (démo).' },
      { accountId: approver, issueKey: epicKey },
    );
  }
}

/**
 * Opens the campaign's panel as its PM until its forecast is current: the first load builds the roll-up and queues
 * the forecast consumer, which the host runs in the background. The banner waits for it, so the demo is ready.
 */
export async function waitForForecast(host: RunningLocalHost, epicKey: string): Promise<boolean> {
  const asPm = { accountId: CAMILLE.accountId, issueKey: epicKey };
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const panel = await call(host, 'getCampaignPanel', { issueKey: epicKey }, asPm);
      if (panel.mode === 'none' || (panel.forecast?.status ?? 'current') === 'current') return true;
    } catch {
      // Injected faults (`FAULTS_*`) may refuse a load: the next attempt reads again.
    }
    await host.queues.settled();
    await new Promise((r) => setTimeout(r, 250));
  }
  // The host still starts: the panel says the forecast is being computed, and shows it once it is.
  console.warn(`demo campaign: the forecast of ${epicKey} is not computed yet; the panel shows it once it is`);
  return false;
}

/** The demo campaign's epic key on an existing site (undefined if it was deleted). */
export async function findDemoCampaign(host: RunningLocalHost): Promise<string | undefined> {
  const jql = `issue.property[campaignControlRow].requestId = "${DEMO_REQUEST_ID}" AND issuetype = Epic`;
  const found = await rest(host, 'POST', '/rest/api/3/search/jql', FoundKeys, { jql, fields: ['key'], maxResults: 1 });
  return found.issues[0]?.key;
}
