import { startTestHost, type TestHost } from '../../support/host';
import { adf } from '../../support/adf';
import { CAMILLE, INES, LEA, SAM } from '../../../local/identity/demo-users';

let th: TestHost;
beforeAll(async () => {
  th = await startTestHost();
});
afterAll(async () => {
  await th.close();
});

describe('users and configuration', () => {
  test('/myself returns the caller with groups and application roles', async () => {
    const r = await th.call(LEA.email, 'GET', '/rest/api/3/myself');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ accountId: LEA.accountId, displayName: 'Léa Dubois', emailAddress: LEA.email, active: true });
    expect(Object.keys(r.body.avatarUrls).sort()).toEqual(['16x16', '24x24', '32x32', '48x48']);
    expect(r.body.groups.items).toEqual([]);
    const expanded = await th.call(LEA.email, 'GET', '/rest/api/3/myself?expand=groups');
    expect(expanded.body.groups.items.length).toBe(expanded.body.groups.size);
  });

  test('anonymous gets 401', async () => {
    const r = await th.call(null, 'GET', '/rest/api/3/myself');
    expect(r.status).toBe(401);
    expect(r.body.errorMessages[0]).toMatch(/not authenticated/);
  });

  test('/user by accountId, 404 for unknown', async () => {
    const ok = await th.call(CAMILLE.email, 'GET', `/rest/api/3/user?accountId=${encodeURIComponent(INES.accountId)}`);
    expect(ok.body.displayName).toBe('Inès Moreau');
    const missing = await th.call(CAMILLE.email, 'GET', '/rest/api/3/user?accountId=nope');
    expect(missing.status).toBe(404);
  });

  test('user search by prefix; users/search lists everyone', async () => {
    const r = await th.call(CAMILLE.email, 'GET', '/rest/api/3/user/search?query=hug');
    expect(r.body.map((u: { displayName: string }) => u.displayName)).toEqual(['Hugo Bernard']);
    const bad = await th.call(CAMILLE.email, 'GET', '/rest/api/3/user/search');
    expect(bad.status).toBe(400);
    const all = await th.call(CAMILLE.email, 'GET', '/rest/api/3/users/search?maxResults=3');
    expect(all.body).toHaveLength(3);
  });

  test('project MKT, issue types and fields', async () => {
    const p = await th.call(CAMILLE.email, 'GET', '/rest/api/3/project/MKT');
    expect(p.body).toMatchObject({ key: 'MKT', name: 'Marketing', projectTypeKey: 'business' });
    expect(p.body.issueTypes.map((t: { name: string }) => t.name)).toEqual(['Epic', 'Task', 'Subtask', 'Milestone']);
    expect((await th.call(SAM.email, 'GET', '/rest/api/3/project/MKT')).status).toBe(404);
    const types = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issuetype');
    expect(types.body.find((t: { name: string }) => t.name === 'Subtask')).toMatchObject({ subtask: true, hierarchyLevel: -1 });
    const fields = await th.call(CAMILLE.email, 'GET', '/rest/api/3/field');
    const start = fields.body.find((f: { name: string }) => f.name === 'Start date');
    expect(start).toMatchObject({
      id: 'customfield_10015',
      custom: true,
      schema: { type: 'date', custom: expect.stringContaining('datepicker') },
    });
  });

  test('project EVT has a Risk issue type in its scheme; MKT refuses a Risk issue, EVT takes one under an epic', async () => {
    const evt = await th.call(CAMILLE.email, 'GET', '/rest/api/3/project/EVT');
    expect(evt.body).toMatchObject({ key: 'EVT', name: 'Events' });
    expect(evt.body.issueTypes.map((t: { name: string }) => t.name)).toEqual(['Epic', 'Task', 'Subtask', 'Milestone', 'Risk']);
    expect(evt.body.issueTypes.find((t: { name: string }) => t.name === 'Risk')).toMatchObject({ subtask: false, hierarchyLevel: 0 });
    const inMkt = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'MKT' }, issuetype: { name: 'Risk' }, summary: 'Not in this scheme' },
    });
    expect(inMkt.status).toBe(400);
    expect(inMkt.body.errors.issuetype).toBe('The issue type selected is invalid.');
    const epic = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'EVT' }, issuetype: { name: 'Epic' }, summary: 'Salon 2027' },
    });
    expect(epic.body.key).toMatch(/^EVT-\d+$/);
    const risk = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'EVT' },
        issuetype: { name: 'Risk' },
        summary: 'Le stand arrive en retard',
        parent: { key: epic.body.key },
      },
    });
    expect(risk.status).toBe(201);
    const read = await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${risk.body.key}?fields=issuetype,parent`);
    expect(read.body.fields).toMatchObject({ issuetype: { name: 'Risk' }, parent: { key: epic.body.key } });
    // A Task cannot become a Risk in MKT either: the edit checks the project's scheme too.
    const edit = await th.call(CAMILLE.email, 'PUT', '/rest/api/3/issue/MKT-2', { fields: { issuetype: { name: 'Risk' } } });
    expect(edit.status).toBe(400);
  });
});

describe('issues', () => {
  test('GET MKT-1: the Black Friday epic with ADF description', async () => {
    const r = await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-1');
    expect(r.status).toBe(200);
    expect(r.body.key).toBe('MKT-1');
    expect(r.body.self).toBe(`${th.url}/rest/api/3/issue/${r.body.id}`);
    const f = r.body.fields;
    expect(f.summary).toBe('Black Friday 2026 — multichannel campaign');
    expect(f.issuetype.name).toBe('Epic');
    expect(f.description.type).toBe('doc');
    expect(f.status).toMatchObject({ name: 'In Progress', statusCategory: { key: 'indeterminate' } });
    expect(f.labels).toContain('campaign');
    expect(f.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    expect(f.comment.total).toBeGreaterThan(0);
  });

  test('GET honours fields and properties', async () => {
    const r = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3?fields=summary,parent,customfield_10001');
    expect(Object.keys(r.body.fields).sort()).toEqual(['customfield_10001', 'parent', 'summary']);
    expect(r.body.fields.parent).toMatchObject({ key: 'MKT-1', fields: { summary: expect.any(String), status: expect.any(Object) } });
    expect(r.body.fields.customfield_10001.value).toBe('Brand');
    await th.call(CAMILLE.email, 'PUT', '/rest/api/3/issue/MKT-3/properties/cc.signoff', { approved: true });
    const withProps = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3?fields=summary&properties=cc.signoff');
    expect(withProps.body.properties).toEqual({ 'cc.signoff': { approved: true } });
  });

  test('missing issue and outsider both get the same 404', async () => {
    const missing = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-999');
    const hidden = await th.call(SAM.email, 'GET', '/rest/api/3/issue/MKT-1');
    for (const r of [missing, hidden]) {
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    }
  });

  test('create an issue with ADF description, parent, assignee, due date, labels and custom fields', async () => {
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'MKT' },
        issuetype: { name: 'Task' },
        summary: 'Influencer outreach',
        description: adf('Ten micro-influencers, one post each.'),
        parent: { key: 'MKT-1' },
        assignee: { accountId: LEA.accountId },
        duedate: '2026-11-25',
        labels: ['campaign', 'influencers'],
        customfield_10015: '2026-11-10',
        customfield_10001: { value: 'Growth' },
        customfield_10030: 5000,
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.key).toMatch(/^MKT-\d+$/);
    const got = await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${r.body.key}`);
    expect(got.body.fields).toMatchObject({
      summary: 'Influencer outreach',
      parent: { key: 'MKT-1' },
      assignee: { accountId: LEA.accountId },
      duedate: '2026-11-25',
      labels: ['campaign', 'influencers'],
      customfield_10015: '2026-11-10',
      customfield_10030: 5000,
      status: { name: 'To Do' },
      reporter: { accountId: CAMILLE.accountId },
    });
  });

  test('create refuses unknown fields and a missing summary, and writes nothing', async () => {
    const before = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = MKT' });
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, customfield_99999: 'x' },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual({
      customfield_99999: "Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown.",
      summary: 'You must specify a summary of the issue.',
    });
    const after = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = MKT' });
    expect(after.body.count).toBe(before.body.count);
  });

  test('viewer gets 403 on create and edit; nothing changes', async () => {
    const create = await th.call(INES.email, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary: 'Sneaky' },
    });
    expect(create.status).toBe(403);
    const before = await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-5');
    const edit = await th.call(INES.email, 'PUT', '/rest/api/3/issue/MKT-5', { fields: { summary: 'Changed by viewer' } });
    expect(edit.status).toBe(403);
    expect(edit.body.errorMessages.length).toBe(1);
    const after = await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-5');
    expect(after.body).toEqual(before.body);
  });

  test('edit with fields and update (labels add/remove) returns 204 and records a changelog entry', async () => {
    const r = await th.call(LEA.email, 'PUT', '/rest/api/3/issue/MKT-9', {
      fields: { summary: 'Landing page copy, SEO and A/B test' },
      update: { labels: [{ add: 'ab-test' }, { remove: 'web' }] },
    });
    expect(r.status).toBe(204);
    const got = await th.call(LEA.email, 'GET', '/rest/api/3/issue/MKT-9?fields=summary,labels');
    expect(got.body.fields).toEqual({ summary: 'Landing page copy, SEO and A/B test', labels: ['campaign', 'ab-test'] });
    const log = await th.call(LEA.email, 'GET', '/rest/api/3/issue/MKT-9/changelog');
    const last = log.body.values[log.body.values.length - 1];
    expect(last.author.accountId).toBe(LEA.accountId);
    expect(last.items.map((i: { field: string }) => i.field).sort()).toEqual(['labels', 'summary']);
  });

  test('edit with a bad value is refused with per-field errors and changes nothing', async () => {
    const before = await th.call(LEA.email, 'GET', '/rest/api/3/issue/MKT-9');
    const r = await th.call(LEA.email, 'PUT', '/rest/api/3/issue/MKT-9', {
      fields: { summary: 'ok', duedate: 'next week', status: { id: '10003' } },
    });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['duedate', 'status']);
    const after = await th.call(LEA.email, 'GET', '/rest/api/3/issue/MKT-9');
    expect(after.body).toEqual(before.body);
  });

  test('malformed JSON is a 400', async () => {
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', '{"fields": ');
    expect(r.status).toBe(400);
    expect(r.body.errorMessages[0]).toMatch(/Invalid JSON/);
  });

  test('delete refuses an issue with subtasks unless deleteSubtasks=true', async () => {
    const refused = await th.call(CAMILLE.email, 'DELETE', '/rest/api/3/issue/MKT-3');
    expect(refused.status).toBe(400);
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-8')).status).toBe(200);
    expect((await th.call(INES.email, 'DELETE', '/rest/api/3/issue/MKT-3?deleteSubtasks=true')).status).toBe(403);
    const ok = await th.call(CAMILLE.email, 'DELETE', '/rest/api/3/issue/MKT-3?deleteSubtasks=true');
    expect(ok.status).toBe(204);
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3')).status).toBe(404);
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-8')).status).toBe(404);
  });
});
