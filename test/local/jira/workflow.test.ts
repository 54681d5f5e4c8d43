import { startTestHost, type TestHost } from '../../support/host';
import { adf } from '../../support/adf';
import { CAMILLE, HUGO, INES, SAM } from '../../../local/identity/demo-users';

let th: TestHost;
beforeAll(async () => {
  th = await startTestHost();
});
afterAll(async () => {
  await th.close();
});

describe('transitions', () => {
  test('lists the other statuses; Done resolves the issue and is recorded in the changelog', async () => {
    const list = await th.call(HUGO.email, 'GET', '/rest/api/3/issue/MKT-9/transitions');
    expect(list.status).toBe(200);
    const names = list.body.transitions.map((t: { name: string }) => t.name);
    expect(names).toEqual(['To Do', 'In Review', 'Done']);
    const done = list.body.transitions.find((t: { name: string }) => t.name === 'Done');
    expect(done.to.statusCategory.key).toBe('done');
    const r = await th.call(HUGO.email, 'POST', '/rest/api/3/issue/MKT-9/transitions', { transition: { id: done.id } });
    expect(r.status).toBe(204);
    const issue = await th.call(HUGO.email, 'GET', '/rest/api/3/issue/MKT-9?fields=status,resolution,resolutiondate');
    expect(issue.body.fields.status.name).toBe('Done');
    expect(issue.body.fields.resolution.name).toBe('Done');
    expect(issue.body.fields.resolutiondate).toMatch(/\+0000$/);
    const log = await th.call(HUGO.email, 'GET', '/rest/api/3/issue/MKT-9/changelog');
    const last = log.body.values[log.body.values.length - 1];
    expect(last.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'status', fromString: 'In Progress', toString: 'Done' })]),
    );
  });

  test('viewer 403, invalid transition 400, outsider 404', async () => {
    expect((await th.call(INES.email, 'POST', '/rest/api/3/issue/MKT-6/transitions', { transition: { id: '21' } })).status).toBe(403);
    expect((await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-6/transitions', { transition: { id: '999' } })).status).toBe(400);
    expect((await th.call(SAM.email, 'GET', '/rest/api/3/issue/MKT-6/transitions')).status).toBe(404);
    const still = await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-6?fields=status');
    expect(still.body.fields.status.name).toBe('To Do');
  });
});

describe('issue properties', () => {
  test('put (201 then 200), list, get, delete', async () => {
    const path = '/rest/api/3/issue/MKT-4/properties/cc.signoffs';
    expect((await th.call(CAMILLE.email, 'PUT', path, { legal: 'pending' })).status).toBe(201);
    expect((await th.call(CAMILLE.email, 'PUT', path, { legal: 'approved' })).status).toBe(200);
    const keys = await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-4/properties');
    expect(keys.body.keys.map((k: { key: string }) => k.key)).toEqual(['cc.signoffs']);
    expect((await th.call(INES.email, 'GET', path)).body).toEqual({ key: 'cc.signoffs', value: { legal: 'approved' } });
    expect((await th.call(CAMILLE.email, 'DELETE', path)).status).toBe(204);
    expect((await th.call(CAMILLE.email, 'GET', path)).status).toBe(404);
  });

  test('too large value is a 400, viewer is a 403; neither writes', async () => {
    const path = '/rest/api/3/issue/MKT-4/properties/cc.big';
    const big = { blob: 'x'.repeat(32768) };
    expect((await th.call(CAMILLE.email, 'PUT', path, big)).status).toBe(400);
    expect((await th.call(INES.email, 'PUT', path, { a: 1 })).status).toBe(403);
    expect((await th.call(CAMILLE.email, 'GET', path)).status).toBe(404);
  });
});

describe('comments', () => {
  test('list and add ADF comments; non-ADF body is a 400', async () => {
    const list = await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-1/comment');
    expect(list.body.total).toBe(1);
    expect(list.body.comments[0].body.type).toBe('doc');
    const r = await th.call(HUGO.email, 'POST', '/rest/api/3/issue/MKT-1/comment', { body: adf('Brand approves the hero banner.') });
    expect(r.status).toBe(201);
    expect(r.body.author.accountId).toBe(HUGO.accountId);
    expect(r.body.body).toEqual(adf('Brand approves the hero banner.'));
    expect((await th.call(HUGO.email, 'POST', '/rest/api/3/issue/MKT-1/comment', { body: 'plain text' })).status).toBe(400);
    expect((await th.call(INES.email, 'POST', '/rest/api/3/issue/MKT-1/comment', { body: adf('no') })).status).toBe(403);
    expect((await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-1/comment')).body.total).toBe(2);
  });
});

describe('links', () => {
  test('seeded Blocks link shows on both sides', async () => {
    const blocker = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-4?fields=issuelinks');
    expect(blocker.body.fields.issuelinks[0]).toMatchObject({ type: { name: 'Blocks' }, outwardIssue: { key: 'MKT-6' } });
    const blocked = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-6?fields=issuelinks');
    expect(blocked.body.fields.issuelinks[0]).toMatchObject({ inwardIssue: { key: 'MKT-4' } });
  });

  test('create, get and delete a link; viewer cannot', async () => {
    const body = { type: { name: 'Relates' }, inwardIssue: { key: 'MKT-5' }, outwardIssue: { key: 'MKT-9' } };
    expect((await th.call(INES.email, 'POST', '/rest/api/3/issueLink', body)).status).toBe(403);
    expect((await th.call(SAM.email, 'POST', '/rest/api/3/issueLink', body)).status).toBe(404);
    expect((await th.call(CAMILLE.email, 'POST', '/rest/api/3/issueLink', body)).status).toBe(201);
    const issue = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-5?fields=issuelinks');
    const link = issue.body.fields.issuelinks.find((l: { type: { name: string } }) => l.type.name === 'Relates');
    const got = await th.call(CAMILLE.email, 'GET', `/rest/api/3/issueLink/${link.id}`);
    expect(got.body).toMatchObject({ inwardIssue: { key: 'MKT-5' }, outwardIssue: { key: 'MKT-9' } });
    expect((await th.call(INES.email, 'DELETE', `/rest/api/3/issueLink/${link.id}`)).status).toBe(403);
    expect((await th.call(CAMILLE.email, 'DELETE', `/rest/api/3/issueLink/${link.id}`)).status).toBe(204);
    expect((await th.call(CAMILLE.email, 'GET', `/rest/api/3/issueLink/${link.id}`)).status).toBe(404);
  });

  test('link types match the recorded sample names', async () => {
    const r = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issueLinkType');
    expect(r.body.issueLinkTypes.map((t: { name: string }) => t.name).sort()).toEqual(
      ['Blocks', 'Cloners', 'Duplicate', 'Post-Incident Reviews', 'Problem/Incident', 'Relates'].sort(),
    );
  });

  test('remote links: create, update by globalId, list', async () => {
    const link = { globalId: 'confluence:brief-1', object: { url: 'http://localhost/wiki/brief', title: 'Campaign brief' } };
    const created = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-1/remotelink', link);
    expect(created.status).toBe(201);
    const updated = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-1/remotelink', {
      ...link,
      object: { ...link.object, title: 'Brief v2' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.id).toBe(created.body.id);
    const list = await th.call(INES.email, 'GET', '/rest/api/3/issue/MKT-1/remotelink');
    expect(list.body).toHaveLength(1);
    expect(list.body[0].object.title).toBe('Brief v2');
    expect((await th.call(INES.email, 'POST', '/rest/api/3/issue/MKT-1/remotelink', link)).status).toBe(403);
  });
});

describe('changelog', () => {
  test('seeded history of a resolved issue, and bulkfetch by field', async () => {
    const log = await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-2/changelog');
    expect(log.body.total).toBe(2);
    expect(log.body.values[1].items.map((i: { field: string }) => i.field)).toEqual(['status', 'resolution']);
    const bulk = await th.call(CAMILLE.email, 'POST', '/rest/api/3/changelog/bulkfetch', {
      issueIdsOrKeys: ['MKT-2', 'MKT-3', 'MKT-1'],
      fieldIds: ['status'],
      maxResults: 3,
    });
    expect(bulk.status).toBe(200);
    const histories: unknown[] = bulk.body.issueChangeLogs.flatMap((l: { changeHistories: unknown[] }) => l.changeHistories);
    expect(histories).toHaveLength(3);
    expect(bulk.body.nextPageToken).toBeDefined();
    const next = await th.call(CAMILLE.email, 'POST', '/rest/api/3/changelog/bulkfetch', {
      issueIdsOrKeys: ['MKT-2', 'MKT-3', 'MKT-1'],
      fieldIds: ['status'],
      maxResults: 3,
      nextPageToken: bulk.body.nextPageToken,
    });
    const rest: unknown[] = next.body.issueChangeLogs.flatMap((l: { changeHistories: unknown[] }) => l.changeHistories);
    expect(histories.length + rest.length).toBe(1 + 2 + 3);
  });
});
