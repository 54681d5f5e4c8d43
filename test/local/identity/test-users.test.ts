import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, DEMO_USERS } from '../../../local/identity/demo-users';
import { accountIdForEmail, addDemoUser } from '../../../local/identity/test-users';

const approverEmail = (i: number): string => `approver${String(i).padStart(2, '0')}@demo.local`;

/** A user of the host's `GET /local/users`, as far as these tests read it. */
interface LocalUser {
  email: string;
}

describe('test users: addDemoUser and /local/users', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  it('adds 20 approvers with deterministic Atlassian-shaped account ids who can use Jira with their grants', async () => {
    const ids = Array.from({ length: 20 }, (_, i) =>
      addDemoUser(th.host.db, {
        displayName: `Approver ${i + 1}`,
        email: approverEmail(i + 1),
        jira: ['BROWSE_PROJECTS', 'EDIT_ISSUES'],
        confluence: ['read'],
      }),
    );
    expect(new Set(ids).size).toBe(20);
    ids.forEach((id, i) => {
      expect(id).toMatch(/^712020:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(id).toBe(accountIdForEmail(approverEmail(i + 1)));
    });
    const me = await th.call(approverEmail(7), 'GET', '/rest/api/3/myself');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ accountId: ids[6], displayName: 'Approver 7', emailAddress: approverEmail(7) });
    const edit = await th.call(approverEmail(7), 'POST', '/rest/api/3/issue/MKT-2/comment', {
      body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ok' }] }] },
    });
    expect(edit.status).toBe(201);
  });

  it('gives only the grants asked for: a browse-only user cannot edit, a user without grants cannot see MKT', async () => {
    addDemoUser(th.host.db, { displayName: 'Viewer Two', email: 'viewer.two@demo.local', jira: ['BROWSE_PROJECTS'], confluence: [] });
    addDemoUser(th.host.db, { displayName: 'Nobody', email: 'nobody@elsewhere.example', jira: [], confluence: [] });
    expect((await th.call('viewer.two@demo.local', 'GET', '/rest/api/3/issue/MKT-2?fields=summary')).status).toBe(200);
    expect((await th.call('viewer.two@demo.local', 'PUT', '/rest/api/3/issue/MKT-2', { fields: { summary: 'x' } })).status).toBe(403);
    expect((await th.call('nobody@elsewhere.example', 'GET', '/rest/api/3/issue/MKT-2?fields=summary')).status).toBe(404);
  });

  it('runs resolvers as an added user (the invoker knows them)', async () => {
    const accountId = accountIdForEmail(approverEmail(3));
    const res = await fetch(`${th.url}/local/bridge/context`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ moduleKey: 'campaign-panel', accountId, issueKey: 'MKT-1' }),
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { accountId: string }).accountId).toBe(accountId);
  });

  it('adding the same email again keeps the person and adds grants; a demo user email is refused', () => {
    const before = accountIdForEmail('viewer.two@demo.local');
    expect(
      addDemoUser(th.host.db, { displayName: 'Viewer Two again', email: 'Viewer.Two@demo.local', jira: ['EDIT_ISSUES'], confluence: [] }),
    ).toBe(before);
    expect(() => addDemoUser(th.host.db, { displayName: 'Fake Camille', email: CAMILLE.email, jira: [], confluence: [] })).toThrow(
      /^email: .*demo user Camille Martin/,
    );
  });

  it('refuses bad input naming the field', () => {
    expect(() => addDemoUser(th.host.db, { displayName: ' ', email: 'a@b.example', jira: [], confluence: [] })).toThrow(
      /^displayName: must not be empty/,
    );
    expect(() => addDemoUser(th.host.db, { displayName: 'A', email: 'not-an-email', jira: [], confluence: [] })).toThrow(
      /^email: must be an email address/,
    );
    expect(() =>
      addDemoUser(th.host.db, { displayName: 'A', email: 'a@b.example', jira: ['DELETE_ISSUES' as 'EDIT_ISSUES'], confluence: [] }),
    ).toThrow(/^jira\.0: /);
  });

  it('GET /local/users lists only the demo users unless ?all=true', async () => {
    const demo = (await th.call(null, 'GET', '/local/users')).body as LocalUser[];
    expect(demo.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email));
    const all = (await th.call(null, 'GET', '/local/users?all=true')).body as LocalUser[];
    expect(all.slice(0, DEMO_USERS.length).map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email));
    expect(all.map((u) => u.email)).toEqual(expect.arrayContaining([approverEmail(1), approverEmail(20), 'viewer.two@demo.local']));
    expect(all.find((u) => u.email === approverEmail(1))).toMatchObject({
      accountId: accountIdForEmail(approverEmail(1)),
      role: 'Added user',
      locale: 'en_US',
    });
  });

  it('POST /local/users adds a person for scripts and the browser, with field errors', async () => {
    const created = await th.call(null, 'POST', '/local/users', {
      displayName: 'Zoé Script',
      email: 'zoe.script@demo.local',
      locale: 'fr_FR',
      jira: ['BROWSE_PROJECTS'],
    });
    expect(created.status).toBe(201);
    expect(created.body.accountId).toBe(accountIdForEmail('zoe.script@demo.local'));
    expect((await th.call('zoe.script@demo.local', 'GET', '/rest/api/3/myself')).body.locale).toBe('fr_FR');
    const bad = await th.call(null, 'POST', '/local/users', { displayName: 'X', email: 'x@y.example', locale: 'de_DE' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^locale: /);
  });
});
