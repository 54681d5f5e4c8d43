import { startTestHost, type RestBody, type TestHost } from '../../support/host';
import { contractsAvailable, validateAdf } from '../../support/contracts/openapi-validator';
import { CAMILLE, INES, LEA, SAM } from '../../../local/identity/demo-users';
import { forgeLocalAuthorization } from '../../../local/server/auth';
import { onJiraIssueEvent, type JiraIssueEvent } from '../../../local/jira/store/issue-events';
import { parseMultipartFiles } from '../../../local/jira/routes/attachments/multipart';

/** What the sign-off flow needs from the Jira emulator: mentions in comments, attachments, transitions by name. */

const mentionComment = {
  type: 'doc',
  version: 1,
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Gate ' },
        { type: 'text', text: 'Legal review', marks: [{ type: 'strong' }] },
        { type: 'text', text: ' is due tomorrow: ' },
        { type: 'mention', attrs: { id: LEA.accountId, text: '@Léa Dubois', accessLevel: '' } },
        { type: 'text', text: ' ' },
        { type: 'mention', attrs: { id: CAMILLE.accountId, text: '@Camille Martin' } },
      ],
    },
  ],
};

async function attach(
  th: TestHost,
  email: string,
  issueKey: string,
  files: { name: string; text: string; type?: string }[],
  xsrf = true,
): Promise<{ status: number; body: RestBody }> {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.text], { type: f.type ?? 'text/plain' }), f.name);
  const headers: Record<string, string> = { Authorization: th.basic(email), Accept: 'application/json' };
  if (xsrf) headers['X-Atlassian-Token'] = 'no-check';
  const res = await fetch(`${th.url}/rest/api/3/issue/${issueKey}/attachments`, { method: 'POST', headers, body: form });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

async function asApp(th: TestHost, method: string, path: string, body?: unknown): Promise<{ status: number; body: RestBody }> {
  const res = await fetch(`${th.url}${path}`, {
    method,
    headers: {
      Authorization: forgeLocalAuthorization({ kind: 'app' }),
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

describe('Jira emulator: what sign-off needs', () => {
  let th: TestHost;
  const events: JiraIssueEvent[] = [];
  beforeAll(async () => {
    th = await startTestHost();
    onJiraIssueEvent(th.host.db, (e) => events.push(e));
  });
  afterAll(() => th.close());

  it('accepts comments with ADF mention nodes and returns them as sent, rendered with the mentioned names', async () => {
    if (contractsAvailable()) expect(validateAdf(mentionComment)).toEqual([]);
    const added = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-2/comment?expand=renderedBody', { body: mentionComment });
    expect(added.status).toBe(201);
    expect(added.body.body).toEqual(mentionComment);
    expect(added.body.renderedBody).toContain('@Léa Dubois');
    expect(added.body.renderedBody).toContain(`data-account-id="${LEA.accountId}"`);
    const listed = await th.call(LEA.email, 'GET', '/rest/api/3/issue/MKT-2/comment');
    expect(listed.body.comments.find((c: { id: string }) => c.id === added.body.id).body).toEqual(mentionComment);
  });

  it('lists attachments in the read-only attachment field, empty by default', async () => {
    const issue = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3?fields=attachment,summary');
    expect(issue.body.fields.attachment).toEqual([]);
    const fields = (await th.call(CAMILLE.email, 'GET', '/rest/api/3/field')).body;
    expect(fields.find((f: { id: string }) => f.id === 'attachment')).toMatchObject({
      name: 'Attachment',
      schema: { type: 'array', items: 'attachment', system: 'attachment' },
    });
    const put = await th.call(CAMILLE.email, 'PUT', '/rest/api/3/issue/MKT-3', { fields: { attachment: [] } });
    expect(put.status).toBe(400);
  });

  it('adds attachments with a multipart POST: metadata stored, updated bumped, Attachment changelog items, one update event', async () => {
    const before = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3?fields=updated');
    await new Promise((r) => setTimeout(r, 5));
    events.length = 0;
    const res = await attach(th, LEA.email, 'MKT-3', [
      { name: 'visuel-final.txt', text: 'Visuel — version finale' },
      { name: 'mentions-légales.txt', text: 'CGV', type: 'text/markdown' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[0]).toMatchObject({
      filename: 'visuel-final.txt',
      size: Buffer.byteLength('Visuel — version finale'),
      mimeType: 'text/plain',
      author: { accountId: LEA.accountId },
    });
    expect(res.body[1]).toMatchObject({ filename: 'mentions-légales.txt', size: 3, mimeType: 'text/markdown' });

    const after = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3?fields=attachment,updated&expand=changelog');
    expect(after.body.fields.attachment.map((a: { filename: string }) => a.filename)).toEqual(['visuel-final.txt', 'mentions-légales.txt']);
    expect(after.body.fields.updated).not.toBe(before.body.fields.updated);
    const latest = after.body.changelog.histories[0];
    expect(latest.author.accountId).toBe(LEA.accountId);
    expect(latest.items).toEqual([
      { field: 'Attachment', fieldtype: 'jira', fieldId: 'attachment', to: res.body[0].id, toString: 'visuel-final.txt' },
      { field: 'Attachment', fieldtype: 'jira', fieldId: 'attachment', to: res.body[1].id, toString: 'mentions-légales.txt' },
    ]);
    const updates = events.filter((e) => e.kind === 'issue_updated');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.changelog.items.map((i) => i.toString)).toEqual(['visuel-final.txt', 'mentions-légales.txt']);

    const meta = await th.call(INES.email, 'GET', `/rest/api/3/attachment/${res.body[0].id}`);
    expect(meta.status).toBe(200);
    expect(meta.body).toMatchObject({ id: Number(res.body[0].id), filename: 'visuel-final.txt' });
  });

  it('removes an attachment with DELETE /attachment/{id}, recorded as a change', async () => {
    const [added] = (await attach(th, CAMILLE.email, 'MKT-4', [{ name: 'brouillon.txt', text: 'v0' }])).body;
    events.length = 0;
    const del = await th.call(CAMILLE.email, 'DELETE', `/rest/api/3/attachment/${added.id}`);
    expect(del.status).toBe(204);
    const issue = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-4?fields=attachment&expand=changelog');
    expect(issue.body.fields.attachment).toEqual([]);
    expect(issue.body.changelog.histories[0].items).toEqual([
      { field: 'Attachment', fieldtype: 'jira', fieldId: 'attachment', from: added.id, fromString: 'brouillon.txt' },
    ]);
    // Triggers get Jira's item with both sides, nulls included.
    const [event] = events;
    expect(event?.kind === 'issue_updated' && event.changelog.items[0]).toMatchObject({
      from: added.id,
      fromString: 'brouillon.txt',
      to: null,
      toString: null,
    });
    expect(events.map((e) => e.kind)).toEqual(['issue_updated']);
    expect((await th.call(CAMILLE.email, 'GET', `/rest/api/3/attachment/${added.id}`)).status).toBe(404);
  });

  it('refuses attachments like Jira: no XSRF header 403, a viewer 403, no access 404', async () => {
    expect((await attach(th, CAMILLE.email, 'MKT-3', [{ name: 'a.txt', text: 'a' }], false)).status).toBe(403);
    expect((await attach(th, INES.email, 'MKT-3', [{ name: 'a.txt', text: 'a' }])).status).toBe(403);
    expect((await attach(th, SAM.email, 'MKT-3', [{ name: 'a.txt', text: 'a' }])).status).toBe(404);
    const issue = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3?fields=attachment');
    expect(issue.body.fields.attachment.map((a: { filename: string }) => a.filename)).not.toContain('a.txt');
    const [kept] = issue.body.fields.attachment;
    expect((await th.call(INES.email, 'DELETE', `/rest/api/3/attachment/${kept.id}`)).status).toBe(403);
    expect((await th.call(SAM.email, 'DELETE', `/rest/api/3/attachment/${kept.id}`)).status).toBe(404);
  });

  it('lets the app move an issue by the transition named like the status: back to In Progress, In Review again, Done', async () => {
    const moveTo = async (name: string): Promise<string> => {
      const { body } = await asApp(th, 'GET', '/rest/api/3/issue/MKT-5/transitions');
      const transition = body.transitions.find((t: { name: string }) => t.name === name);
      expect(transition?.to.name).toBe(name);
      expect((await asApp(th, 'POST', '/rest/api/3/issue/MKT-5/transitions', { transition: { id: transition.id } })).status).toBe(204);
      return (await asApp(th, 'GET', '/rest/api/3/issue/MKT-5?fields=status')).body.fields.status.name;
    };
    const path = ['To Do', 'In Review', 'In Progress', 'In Review', 'Done'];
    const current = (await asApp(th, 'GET', '/rest/api/3/issue/MKT-5?fields=status')).body.fields.status.name;
    const visited: string[] = [];
    for (const name of path.filter((n, i) => i > 0 || n !== current)) visited.push(await moveTo(name));
    expect(visited.slice(-4)).toEqual(['In Review', 'In Progress', 'In Review', 'Done']);
    // No transition to the status the issue is in.
    const { body } = await asApp(th, 'GET', '/rest/api/3/issue/MKT-5/transitions');
    expect(body.transitions.map((t: { name: string }) => t.name)).not.toContain('Done');
  });
});

describe('parseMultipartFiles', () => {
  const body = (boundary: string, parts: string[]): string =>
    `${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`;

  it('reads file parts (name, filename, type, size) and skips plain fields', () => {
    const b = 'XyZ';
    const parsed = parseMultipartFiles(
      `multipart/form-data; boundary=${b}`,
      body(b, [
        'Content-Disposition: form-data; name="comment"\r\n\r\nhello',
        'Content-Disposition: form-data; name="file"; filename="plan.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n1,2',
        'Content-Disposition: form-data; name="file"; filename="no-type.bin"\r\n\r\n',
      ]),
    );
    expect(parsed).toEqual({
      ok: true,
      files: [
        { field: 'file', filename: 'plan.csv', mimeType: 'text/csv', size: 8 },
        { field: 'file', filename: 'no-type.bin', mimeType: 'application/octet-stream', size: 0 },
      ],
    });
  });

  it('explains what is wrong with a body it cannot read', () => {
    expect(parseMultipartFiles('application/json', '{}')).toEqual({ ok: false, problem: expect.stringMatching(/multipart\/form-data/) });
    expect(parseMultipartFiles('multipart/form-data', '')).toEqual({ ok: false, problem: expect.stringMatching(/boundary/) });
    expect(parseMultipartFiles('multipart/form-data; boundary=b', '--b\r\nbroken')).toEqual({
      ok: false,
      problem: expect.stringMatching(/separator/),
    });
  });
});
