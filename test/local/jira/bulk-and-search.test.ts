import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, INES, NOAH, SAM } from '../../../local/identity/demo-users';

let th: TestHost;
beforeAll(async () => {
  th = await startTestHost();
});
afterAll(async () => {
  await th.close();
});

const task = (summary: string, extra: Record<string, unknown> = {}) => ({
  fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary, labels: ['bulk'], ...extra },
});
const count = async (jql: string): Promise<number> =>
  (await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/approximate-count', { jql })).body.count;

describe('bulk create', () => {
  test('partial failure: 201 with issues and failedElementNumber + elementErrors', async () => {
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: [task('Bulk one'), task('Bulk two', { customfield_12345: 'x' }), task('Bulk three')],
    });
    expect(r.status).toBe(201);
    expect(r.body.issues).toHaveLength(2);
    expect(r.body.errors).toEqual([
      {
        status: 400,
        failedElementNumber: 1,
        elementErrors: {
          errorMessages: [],
          errors: { customfield_12345: "Field 'customfield_12345' cannot be set. It is not on the appropriate screen, or unknown." },
        },
      },
    ]);
  });

  test('all failed: 400 and nothing written', async () => {
    const before = await count('labels = bulk');
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulk', { issueUpdates: [task(''), task('x', { duedate: 'soon' })] });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { failedElementNumber: number }) => e.failedElementNumber)).toEqual([0, 1]);
    expect(await count('labels = bulk')).toBe(before);
  });

  test('more than 50 is refused and writes nothing', async () => {
    const before = await count('labels = bulk');
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: Array.from({ length: 51 }, (_, i) => task(`Too many ${i}`)),
    });
    expect(r.status).toBe(400);
    expect(await count('labels = bulk')).toBe(before);
  });

  test('a viewer gets a 403 element error', async () => {
    const r = await th.call(INES.email, 'POST', '/rest/api/3/issue/bulk', { issueUpdates: [task('Viewer')] });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].status).toBe(403);
  });
});

describe('bulkfetch', () => {
  test('returns visible issues in id order, leaves missing ones out, honours fields and properties', async () => {
    await th.call(CAMILLE.email, 'PUT', '/rest/api/3/issue/MKT-2/properties/cc.rollup', { done: 1 });
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: ['MKT-2', 'MKT-404', 'mkt-1'],
      fields: ['summary', 'status'],
      properties: ['cc.rollup'],
    });
    expect(r.status).toBe(200);
    expect(r.body.issueErrors).toEqual([]);
    expect(r.body.issues.map((i: { key: string }) => i.key)).toEqual(['MKT-1', 'MKT-2']);
    expect(Object.keys(r.body.issues[0].fields).sort()).toEqual(['status', 'summary']);
    expect(r.body.issues[1].properties).toEqual({ 'cc.rollup': { done: 1 } });
  });

  test('outsider sees nothing; more than 100 is a 400', async () => {
    const hidden = await th.call(SAM.email, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['MKT-1'] });
    expect(hidden.body.issues).toEqual([]);
    const tooMany = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => `MKT-${i + 1}`),
    });
    expect(tooMany.status).toBe(400);
  });
});

describe('search/jql', () => {
  test('default fields are ids only; fields=summary gives beans', async () => {
    const r = await th.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('parent = MKT-1 ORDER BY key ASC')}`);
    expect(r.status).toBe(200);
    expect(r.body.isLast).toBe(true);
    expect(r.body.nextPageToken).toBeUndefined();
    expect(Object.keys(r.body.issues[0])).toEqual(['id']);
    const withFields = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: 'key = MKT-1',
      fields: ['summary', 'assignee'],
    });
    expect(withFields.body.issues[0]).toMatchObject({
      key: 'MKT-1',
      fields: { summary: expect.any(String), assignee: { accountId: CAMILLE.accountId } },
    });
  });

  test('nextPageToken paging returns every issue exactly once', async () => {
    const total = await count('project = MKT');
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await th.call(NOAH.email, 'POST', '/rest/api/3/search/jql', {
        jql: 'project = MKT ORDER BY created DESC',
        maxResults: 3,
        fields: ['key'],
        ...(token ? { nextPageToken: token } : {}),
      });
      expect(r.status).toBe(200);
      seen.push(...r.body.issues.map((i: { key: string }) => i.key));
      token = r.body.nextPageToken;
      expect(r.body.isLast).toBe(token === undefined);
      pages += 1;
    } while (token && pages < 100);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 3));
  });

  test('maxResults is capped at 100 with fields, 5000 with ids only', async () => {
    const many = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: Array.from({ length: 50 }, (_, i) => task(`Filler A${i}`, { labels: ['filler'] })),
    });
    expect(many.status).toBe(201);
    await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: Array.from({ length: 50 }, (_, i) => task(`Filler B${i}`, { labels: ['filler'] })),
    });
    await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulk', { issueUpdates: [task('Filler C', { labels: ['filler'] })] });
    const withSummary = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: 'labels = filler',
      maxResults: 500,
      fields: ['summary'],
    });
    expect(withSummary.body.issues).toHaveLength(100);
    expect(withSummary.body.isLast).toBe(false);
    const idsOnly = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', { jql: 'labels = filler', maxResults: 500 });
    expect(idsOnly.body.issues).toHaveLength(101);
    expect(idsOnly.body.isLast).toBe(true);
  });

  test('bad and unbounded JQL are 400s; outsider finds nothing', async () => {
    const bad = await th.call(CAMILLE.email, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent('project = = MKT')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errorMessages).toHaveLength(1);
    for (const jql of ['', 'ORDER BY created DESC']) {
      const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', { jql });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({
        errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'],
        errors: {},
      });
    }
    const outsider = await th.call(SAM.email, 'POST', '/rest/api/3/search/jql', { jql: 'project = MKT' });
    expect(outsider.status).toBe(200);
    expect(outsider.body.issues).toEqual([]);
    expect((await th.call(SAM.email, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = MKT' })).body.count).toBe(0);
  });

  test('JQL sees issue properties and custom fields', async () => {
    await th.call(CAMILLE.email, 'PUT', '/rest/api/3/issue/MKT-7/properties/cc.risk', { level: 'high' });
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: 'issue.property[cc.risk].level = high AND "Team" = Growth AND cf[10030] >= 40000',
      fields: ['summary'],
    });
    expect(r.body.issues.map((i: { key: string }) => i.key)).toEqual(['MKT-7']);
  });

  test('more than 5 properties is a 400', async () => {
    const r = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = MKT',
      properties: ['a', 'b', 'c', 'd', 'e', 'f'],
    });
    expect(r.status).toBe(400);
  });
});
