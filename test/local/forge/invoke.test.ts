import { resolve } from 'node:path';
import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, INES, LEA, SAM } from '../../../local/identity/demo-users';

const PROBE_APP = resolve(__dirname, '../../fixtures/probe-app');

/** The host's `/local/invoke` envelope around the probe app's answers (test/fixtures/probe-app), as far as these tests read it. */
interface ProbeAnswer {
  ok: boolean;
  result: { contextAccountId: string; myselfAccountId: string; extension: unknown; invocationId: string; remainingMs: number };
  error: { code: string; message: string };
}

async function invoke(th: TestHost, body: unknown): Promise<{ status: number; json: ProbeAnswer }> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as ProbeAnswer };
}

describe('POST /local/invoke runs the real resolver like the platform', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost({ appDir: PROBE_APP, timeoutMs: 1500 });
  });
  afterAll(() => host.close());

  it('passes the platform argument shape: context.accountId, extension with issue and project', async () => {
    const { json } = await invoke(host, {
      moduleKey: 'probe-panel',
      functionKey: 'whoAmI',
      payload: {},
      accountId: LEA.accountId,
      issueKey: 'MKT-1',
    });
    expect(json.ok).toBe(true);
    expect(json.result.contextAccountId).toBe(LEA.accountId);
    expect(json.result.myselfAccountId).toBe(LEA.accountId);
    expect(json.result.extension).toMatchObject({
      type: 'jira:issuePanel',
      issue: { key: 'MKT-1', type: 'Epic' },
      project: { key: 'MKT' },
    });
  });

  it('keeps concurrent invocations apart (AsyncLocalStorage)', async () => {
    const users = [CAMILLE, LEA, INES, CAMILLE, LEA, INES];
    const results = await Promise.all(
      users.map((u, i) =>
        invoke(host, {
          moduleKey: 'probe-panel',
          functionKey: 'whoAmI',
          payload: { delay: (users.length - i) * 15 },
          accountId: u.accountId,
        }),
      ),
    );
    results.forEach((r, i) => {
      expect(r.json.ok).toBe(true);
      expect(r.json.result.myselfAccountId).toBe(users[i]!.accountId);
      expect(r.json.result.contextAccountId).toBe(users[i]!.accountId);
    });
    expect(new Set(results.map((r) => r.json.result.invocationId)).size).toBe(users.length);
  });

  it('fails like Forge when a resolver runs past its time limit', async () => {
    const { json } = await invoke(host, {
      moduleKey: 'probe-panel',
      functionKey: 'sleep',
      payload: { ms: 6000 },
      accountId: CAMILLE.accountId,
    });
    expect(json).toEqual({
      ok: false,
      error: { code: 'FUNCTION_TIMEOUT', message: expect.stringContaining('did not finish within 1.5 s') },
    });
  });

  it('exposes the remaining time through getAppContext()', async () => {
    const { json } = await invoke(host, { moduleKey: 'probe-panel', functionKey: 'remaining', accountId: CAMILLE.accountId });
    expect(json.result.remainingMs).toBeGreaterThan(0);
    expect(json.result.remainingMs).toBeLessThanOrEqual(1500);
  });

  it('returns the error message without a stack trace when a resolver throws', async () => {
    const { json } = await invoke(host, { moduleKey: 'probe-panel', functionKey: 'boom', accountId: CAMILLE.accountId });
    expect(json).toEqual({ ok: false, error: { code: 'FUNCTION_ERROR', message: 'There was an error invoking the function - kaboom' } });
  });

  it('refuses a malformed invoke naming the field', async () => {
    const missing = await invoke(host, { moduleKey: 'probe-panel', functionKey: 'whoAmI' });
    expect(missing.json).toEqual({ ok: false, error: { code: 'INVALID_INVOKE', message: expect.stringMatching(/^accountId: /) } });
    const unknown = await invoke(host, { moduleKey: 'nope', functionKey: 'whoAmI', accountId: CAMILLE.accountId });
    expect(unknown.json.error.code).toBe('MODULE_NOT_FOUND');
    const badKey = await invoke(host, {
      moduleKey: 'probe-panel',
      functionKey: 'whoAmI',
      accountId: CAMILLE.accountId,
      issueKey: 'not a key',
    });
    expect(badKey.json.error.message).toMatch(/^issueKey: /);
  });

  it('makes no issue context for a user who cannot browse the issue, and answers their REST calls with Jira’s 404', async () => {
    const { json } = await invoke(host, { moduleKey: 'probe-panel', functionKey: 'whoAmI', accountId: SAM.accountId, issueKey: 'MKT-1' });
    // Jira shows no panel on an issue the user cannot open: the context of one proves the user sees the issue.
    expect(json).toMatchObject({ ok: false, error: { code: 'ISSUE_NOT_FOUND' } });
    const res = await fetch(`${host.url}/rest/api/3/issue/MKT-1`, {
      headers: { Authorization: `Basic ${Buffer.from(`${SAM.email}:t`).toString('base64')}` },
    });
    expect(res.status).toBe(404);
  });
});
