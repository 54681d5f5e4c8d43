import { rmSync } from 'node:fs';
import { Database } from '../../../local/db/sqlite';
import { resolve } from 'node:path';
import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, LEA } from '../../../local/identity/demo-users';
import { APP_ACCOUNT_ID } from '../../../local/jira/routes/access';
import { LOCAL_CLOUD_ID } from '../../../local/forge/runtime';
import type { TriggersReport } from '../../../local/forge/triggers/event-triggers';
import { must } from '../../support/must';

const TRIGGER_APP = resolve(__dirname, '../../fixtures/trigger-app');

/**
 * A delivered event as the fixture app (test/fixtures/trigger-app) recorded it, with the fields these tests read:
 * which of them are there depends on the event type (a link event has no issue, a create no changelog).
 */
interface TriggerEvent {
  eventType: string;
  id?: string;
  atlassianId?: string;
  issue?: { id: string; key: string; fields: { summary?: string; labels?: string[]; parent?: unknown; status?: { name: string } } };
  changelog?: { id: string; items: unknown[] };
  context: { cloudId: string; moduleKey: string };
}

interface Recorded {
  event: TriggerEvent;
  contextKeys: string[];
  installContext: unknown;
  appModuleKey: string | null;
  asUserStatus: number | string;
  startedAt: number;
  finishedAt: number;
}

async function invoke(th: TestHost, functionKey: string, payload: unknown): Promise<unknown> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ moduleKey: 'trigger-probe', functionKey, payload, accountId: CAMILLE.accountId }),
  });
  const json = (await res.json()) as { ok: boolean; result?: unknown; error?: unknown };
  if (!json.ok) throw new Error(`invoke ${functionKey} failed: ${JSON.stringify(json.error)}`);
  return json.result;
}

const report = async (th: TestHost): Promise<TriggersReport> => (await th.call(null, 'GET', '/local/triggers')).body as TriggersReport;

/** Waits until every recorded delivery is over (the host delivers after answering the write). */
async function quiet(th: TestHost, timeoutMs = 8000): Promise<TriggersReport> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const r = await report(th);
    if (r.pending === 0 && r.running === 0) return r;
    if (Date.now() > end) throw new Error(`deliveries still pending: ${JSON.stringify(r)}`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

const log = async (th: TestHost, name: string): Promise<Recorded[]> =>
  ((await invoke(th, 'log', { name })) as { entries: Recorded[] }).entries;
const about = (entries: Recorded[], key: string): Recorded[] => entries.filter((e) => e.event.issue?.key === key);

async function createTask(
  th: TestHost,
  summary: string,
  email = CAMILLE.email,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; key: string }> {
  const res = await th.call(email, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary, ...extra },
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('Jira issue events → the app trigger modules', () => {
  let th: TestHost;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    th = await startTestHost({ appDir: TRIGGER_APP });
  });
  afterAll(async () => {
    warn.mockRestore();
    await th.close();
  });

  it('delivers avi:jira:created:issue after the create answered, with the documented payload and the trigger argument shape', async () => {
    const issue = await createTask(th, 'Write the launch email', LEA.email, { labels: ['campaign', 'bf-2026'], parent: { key: 'MKT-1' } });
    await quiet(th);
    const [got] = about(await log(th, 'everything'), issue.key);
    expect(got!.event).toEqual({
      eventType: 'avi:jira:created:issue',
      issue: {
        id: issue.id,
        key: issue.key,
        fields: expect.objectContaining({
          summary: 'Write the launch email',
          issuetype: expect.objectContaining({ name: 'Task' }),
          project: expect.objectContaining({ key: 'MKT' }),
          status: expect.objectContaining({ name: 'To Do' }),
          creator: { accountId: LEA.accountId },
          reporter: { accountId: LEA.accountId },
        }),
      },
      atlassianId: LEA.accountId,
      associatedUsers: [{ accountId: LEA.accountId }],
      context: { cloudId: LOCAL_CLOUD_ID, moduleKey: 'record-everything' },
    });
    // Only the documented fields, unless the trigger asks for more.
    expect(got!.event.issue?.fields.labels).toBeUndefined();
    expect(got!.contextKeys).toContain('installContext');
    expect(got!.installContext).toBe(`ari:cloud:jira::site/${LOCAL_CLOUD_ID}`);

    const [withFields] = about(await log(th, 'fields'), issue.key);
    expect(withFields!.event.issue?.fields.labels).toEqual(['campaign', 'bf-2026']);
    expect(withFields!.event.issue?.fields.parent).toMatchObject({ key: 'MKT-1' });
  });

  it('delivers field edits and transitions as avi:jira:updated:issue with Jira changelog items', async () => {
    const issue = await createTask(th, 'Brief the agency');
    expect(
      (
        await th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${issue.key}`, {
          fields: { summary: 'Brief the creative agency', duedate: '2026-11-02' },
        })
      ).status,
    ).toBe(204);
    expect((await th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${issue.key}/transitions`, { transition: { id: '41' } })).status).toBe(
      204,
    );
    await quiet(th);
    const events = about(await log(th, 'everything'), issue.key).map((e) => e.event);
    expect(events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:updated:issue']);
    const edit = must(events[1], 'the edit event');
    const transition = must(events[2], 'the transition event');
    expect(edit.atlassianId).toBe(CAMILLE.accountId);
    expect(edit.issue?.fields.summary).toBe('Brief the creative agency');
    expect(edit.changelog?.id).toEqual(expect.any(String));
    expect(edit.changelog?.items).toEqual(
      expect.arrayContaining([
        {
          field: 'summary',
          fieldtype: 'jira',
          fieldId: 'summary',
          from: null,
          fromString: 'Brief the agency',
          to: null,
          toString: 'Brief the creative agency',
        },
        { field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from: null, fromString: null, to: '2026-11-02', toString: '2026-11-02' },
      ]),
    );
    expect(transition.issue?.fields.status?.name).toBe('Done');
    expect(transition.changelog?.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', fieldId: 'status', fromString: 'To Do', toString: 'Done', from: '10000', to: '10003' }),
        expect.objectContaining({ field: 'resolution', toString: 'Done' }),
      ]),
    );
    // The changelog in the event is the one Jira stored.
    const history = await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${issue.key}/changelog`);
    expect(history.body.values.map((h: { id: string }) => h.id)).toEqual([edit.changelog?.id, transition.changelog?.id]);
  });

  it('delivers link and delete events, the issue as it was before deletion', async () => {
    const blocker = await createTask(th, 'Legal review');
    const blocked = await createTask(th, 'Publish the landing page');
    const link = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: blocked.key },
      outwardIssue: { key: blocker.key },
    });
    expect(link.status).toBe(201);
    const linkId = String(link.headers.get('location')).split('/').pop();
    expect((await th.call(CAMILLE.email, 'DELETE', `/rest/api/3/issue/${blocked.key}`)).status).toBe(204);
    await quiet(th);
    const entries = await log(th, 'everything');
    const linkEvent = entries.find((e) => e.event.eventType === 'avi:jira:created:issuelink' && e.event.id === linkId)?.event;
    expect(linkEvent).toMatchObject({
      sourceIssueId: blocker.id,
      destinationIssueId: blocked.id,
      issueLinkType: { name: 'Blocks', outwardName: 'blocks', inwardName: 'is blocked by' },
      atlassianId: CAMILLE.accountId,
    });
    const linkUpdate = about(entries, blocker.key).find((e) => e.event.eventType === 'avi:jira:updated:issue')?.event;
    expect(linkUpdate?.changelog?.items).toEqual([
      expect.objectContaining({ field: 'Link', fieldId: 'issuelinks', toString: `This issue blocks ${blocked.key}` }),
    ]);
    const deleted = about(entries, blocked.key).find((e) => e.event.eventType === 'avi:jira:deleted:issue')?.event;
    expect(deleted?.issue).toMatchObject({ id: blocked.id, key: blocked.key, fields: { summary: 'Publish the landing page' } });
    expect(deleted?.atlassianId).toBe(CAMILLE.accountId);
    expect((await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${blocked.key}`)).status).toBe(404);
  });

  it('honours filter.ignoreSelf: the app editing as itself reaches only the triggers that do not ignore it', async () => {
    const issue = await createTask(th, 'Order the print run');
    expect(await invoke(th, 'editAsApp', { issueKey: issue.key, summary: 'Order the print run (app)' })).toEqual({ status: 204 });
    expect(
      (await th.call(LEA.email, 'PUT', `/rest/api/3/issue/${issue.key}`, { fields: { summary: 'Order the print run (Léa)' } })).status,
    ).toBe(204);
    const r = await quiet(th);
    const everything = about(await log(th, 'everything'), issue.key).filter((e) => e.event.eventType === 'avi:jira:updated:issue');
    expect(everything.map((e) => e.event.atlassianId)).toEqual([APP_ACCOUNT_ID, LEA.accountId]);
    const others = about(await log(th, 'others'), issue.key);
    expect(others.map((e) => e.event.atlassianId)).toEqual([LEA.accountId]);
    expect(
      must(
        r.triggers.find((t) => t.moduleKey === 'record-others-only'),
        'record-others-only',
      ).ignored,
    ).toBeGreaterThanOrEqual(1);
  });

  it('records a throwing trigger at /local/triggers and keeps delivering later events, without retrying', async () => {
    const boom = await createTask(th, 'boom: broken trigger');
    const after = await createTask(th, 'After the failure');
    const r = await quiet(th);
    const failure = r.recentFailures.find((f) => f.subject === boom.key);
    expect(failure).toMatchObject({
      moduleKey: 'fail-on-boom',
      eventType: 'avi:jira:created:issue',
      error: expect.stringContaining('trigger refused boom'),
    });
    expect(r.recentFailures.filter((f) => f.subject === boom.key)).toHaveLength(1);
    const thrower = must(
      r.triggers.find((t) => t.moduleKey === 'fail-on-boom'),
      'fail-on-boom',
    );
    expect(thrower.failed).toBe(r.recentFailures.filter((f) => f.moduleKey === 'fail-on-boom').length);
    expect(thrower.delivered).toBeGreaterThan(0);
    expect(about(await log(th, 'everything'), after.key)).toHaveLength(1);
    // Logged, as the platform logs a failed invocation.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`trigger fail-on-boom failed on avi:jira:created:issue (${boom.key})`));
  });

  it('stops a trigger at its time limit (the function timeoutSeconds) and moves on', async () => {
    const hang = await createTask(th, 'hang here');
    const r = await quiet(th);
    expect(r.recentFailures.find((f) => f.subject === hang.key)?.error).toMatch(/^FUNCTION_TIMEOUT/);
  });

  it('runs the app triggers one at a time in event order, each with its own context, the next one receiving an untouched event', async () => {
    const slow = await createTask(th, 'slow:120 first');
    // The write has answered; its trigger has not finished yet.
    expect(about(await log(th, 'everything'), slow.key)).toEqual([]);
    const second = await createTask(th, 'second');
    await th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${slow.key}`, { fields: { summary: 'slow:60 first, edited' } });
    await quiet(th);
    const everything = await log(th, 'everything');
    const mine = everything.filter((e) => [slow.key, second.key].some((key) => key === e.event.issue?.key));
    expect(mine.map((e) => `${e.event.eventType} ${e.event.issue?.key}`)).toEqual([
      `avi:jira:created:issue ${slow.key}`,
      `avi:jira:created:issue ${second.key}`,
      `avi:jira:updated:issue ${slow.key}`,
    ]);
    for (let i = 1; i < everything.length; i++) expect(everything[i]!.startedAt).toBeGreaterThanOrEqual(everything[i - 1]!.finishedAt);
    expect(new Set(everything.map((e) => e.appModuleKey))).toEqual(new Set(['record-everything']));
    // A trigger has no user: asUser() fails as on Forge.
    expect(new Set(everything.map((e) => e.asUserStatus))).toEqual(new Set(['NeedsAuthenticationError']));
    const others = about(await log(th, 'others'), slow.key);
    expect(others.map((e) => e.appModuleKey)).toEqual(['record-others-only']);
    expect(others[0]!.event.issue?.fields.summary).toBe('slow:60 first, edited');
    expect(others[0]!.event.context.moduleKey).toBe('record-others-only');
  });
});

describe('pending trigger deliveries survive a restart', () => {
  it('delivers after a restart what the previous run had not delivered yet', async () => {
    const dbFile = resolve(__dirname, `../../../.data/test-triggers-${process.pid}.sqlite`);
    const first = await startTestHost({ appDir: TRIGGER_APP, dbFile, reset: true });
    try {
      const slow = await createTask(first, 'slow:200 before the restart');
      const waiting = await createTask(first, 'waiting behind the slow one');
      await first.close(); // stops after the running delivery; the rest stays pending in SQLite
      const db = new Database(dbFile, { readonly: true });
      const pending = db.prepare("SELECT subject FROM forge_trigger_deliveries WHERE status = 'pending'").all() as { subject: string }[];
      db.close();
      expect(pending.map((p) => p.subject)).toContain(waiting.key);
      const second = await startTestHost({ appDir: TRIGGER_APP, dbFile });
      try {
        await quiet(second);
        const everything = await log(second, 'everything');
        expect(about(everything, slow.key)).toHaveLength(1);
        expect(about(everything, waiting.key)).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) rmSync(f, { force: true });
    }
  });
});
