import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, SAM } from '../../../local/identity/demo-users';
import { setBulkFetchErrors } from '../../../local/jira/store/bulk-fetch-errors';

/** The reads the campaign panel refreshes its snapshot with after trigger events: bulk fetch and bulk changelogs. */
describe('bulk reads the panel relies on', () => {
  let th: TestHost;
  const keys: string[] = [];
  beforeAll(async () => {
    th = await startTestHost();
    for (let i = 0; i < 12; i++) {
      const res = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary: `Bulk read ${i}` },
      });
      keys.push(res.body.key);
    }
  });
  afterEach(() => setBulkFetchErrors(th.host.db, { rate: 0 }));
  afterAll(() => th.close());

  const bulkFetch = (email: string, issueIdsOrKeys: string[]) =>
    th.call(email, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys, fields: ['summary', 'status'] });

  it('answers every found issue in `issues` and nothing in `issueErrors` by default; unknown and invisible issues are left out', async () => {
    const res = await bulkFetch(CAMILLE.email, [...keys, 'MKT-99999']);
    expect(res.status).toBe(200);
    expect(res.body.issues.map((i: { key: string }) => i.key).sort()).toEqual([...keys].sort());
    expect(res.body.issueErrors).toEqual([]);
    const outsider = await bulkFetch(SAM.email, keys);
    expect(outsider.body).toEqual({ issues: [], issueErrors: [] });
  });

  it('reports retriable failures in `issueErrors` when switched on, and a retry of those ids gets them', async () => {
    setBulkFetchErrors(th.host.db, { rate: 0.5, seed: 7 });
    const first = await bulkFetch(CAMILLE.email, keys);
    const served = first.body.issues.map((i: { id: string }) => i.id);
    const failed = first.body.issueErrors.map((e: { id: string }) => e.id);
    expect(failed.length).toBeGreaterThan(0);
    expect(served.length).toBeGreaterThan(0);
    expect(served.filter((id: string) => failed.includes(id))).toEqual([]);
    expect(first.body.issueErrors[0]).toEqual({ id: expect.any(String), errorMessage: expect.stringMatching(/retry/i) });

    setBulkFetchErrors(th.host.db, { rate: 0 });
    const retry = await bulkFetch(CAMILLE.email, failed);
    expect(retry.body.issueErrors).toEqual([]);
    const all = [...served, ...retry.body.issues.map((i: { id: string }) => i.id)].sort();
    const expected = (await bulkFetch(CAMILLE.email, keys)).body.issues.map((i: { id: string }) => i.id).sort();
    expect(all).toEqual(expected);
  });

  it('refuses a bad error configuration naming the field', () => {
    expect(() => setBulkFetchErrors(th.host.db, { rate: 2 })).toThrow(/rate must be between 0 and 1/);
  });

  it('returns status changes from changelog/bulkfetch, from which resolution dates can be read', async () => {
    const key = keys[0];
    for (const id of ['21', '41'])
      expect((await th.call(CAMILLE.email, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } })).status).toBe(204);
    const res = await th.call(CAMILLE.email, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: [key], fieldIds: ['status'] });
    expect(res.status).toBe(200);
    const histories = res.body.issueChangeLogs[0].changeHistories as {
      created: string;
      items: { fieldId: string; fromString: string; toString: string }[];
    }[];
    expect(histories.map((h) => h.items.map((i) => `${i.fieldId}:${i.fromString}→${i.toString}`))).toEqual([
      ['status:To Do→In Progress'],
      ['status:In Progress→Done'],
    ]);
    const issue = await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}?fields=resolutiondate`);
    expect(Date.parse(issue.body.fields.resolutiondate)).toBe(Date.parse(histories[1]!.created));
  });
});
