import { resolve } from 'node:path';
import { startTestHost, type RestBody, type TestHost } from '../../support/host';
import { must } from '../../support/must';
import { CAMILLE } from '../../../local/identity/demo-users';
import { installCustomFields } from '../../../local/forge/install/install-custom-fields';

const APP_UUID = '7c1e3f5a-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
const email = CAMILLE.email;

describe("the app's jira:customField modules, installed on the emulator", () => {
  let th: TestHost;
  let ids: Record<string, string>;
  const created: string[] = [];

  beforeAll(async () => {
    th = await startTestHost();
    const fields = (await th.call(email, 'GET', '/rest/api/3/field')).body as { id: string; schema?: { custom?: string } }[];
    ids = Object.fromEntries(
      fields
        .filter((f) => f.schema?.custom?.startsWith('ari:cloud:ecosystem::extension/'))
        .map((f) => [f.schema!.custom!.split('/').pop()!, f.id]),
    );
  });
  afterAll(() => th.close());
  /** The id Jira gave the app's custom field `key` (e.g. `customfield_10042`). */
  const id = (key: string): string => must(ids[key], `the custom field ${key}`);

  const createTask = async (summary: string, extra: Record<string, unknown>): Promise<{ status: number; body: RestBody }> =>
    th.call(email, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary, ...extra } });

  it('lists each module as a Forge custom field, as Jira does', async () => {
    expect(Object.keys(ids).sort()).toEqual(['actual-cost', 'campaign-budget', 'campaign-kpis', 'committed-cost', 'planned-cost']);
    const fields = (await th.call(email, 'GET', '/rest/api/3/field')).body as { id: string; schema?: { type: string } }[];
    const planned = fields.find((f) => f.id === id('planned-cost'));
    const customId = Number(id('planned-cost').replace('customfield_', ''));
    expect(planned).toMatchObject({
      name: 'Planned cost',
      custom: true,
      key: `${APP_UUID}__DEVELOPMENT__planned-cost`,
      clauseNames: [`cf[${customId}]`, 'Planned cost'],
      schema: { type: 'number', custom: `ari:cloud:ecosystem::extension/${APP_UUID}/local-development/static/planned-cost`, customId },
    });
    expect(fields.find((f) => f.id === id('campaign-budget'))?.schema?.type).toBe('object');
    expect(customId).toBeGreaterThanOrEqual(10100);
  });

  it('stores numbers and schema-valid objects on create, and returns them when asked for', async () => {
    const res = await createTask('Print run', {
      [id('planned-cost')]: 1500,
      [id('campaign-budget')]: { amount: 20000, currency: 'EUR' },
      [id('campaign-kpis')]: { items: [{ id: 'k1', name: 'Leads', target: 400 }] },
    });
    expect(res.status).toBe(201);
    created.push(res.body.key);
    const got = await th.call(
      email,
      'GET',
      `/rest/api/3/issue/${res.body.key}?fields=${id('planned-cost')},${id('campaign-budget')},${id('campaign-kpis')},${id('actual-cost')}`,
    );
    expect(got.body.fields).toEqual({
      [id('planned-cost')]: 1500,
      [id('campaign-budget')]: { amount: 20000, currency: 'EUR' },
      [id('campaign-kpis')]: { items: [{ id: 'k1', name: 'Leads', target: 400 }] },
      [id('actual-cost')]: null,
    });
  });

  it("rejects a non-number and an object that breaks the manifest schema with Jira's per-field 400", async () => {
    const bad = await createTask('Bad values', {
      [id('planned-cost')]: '1500',
      [id('campaign-budget')]: { amount: 10, currency: 'euro' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[id('planned-cost')]).toMatch(/must be a number/);
    expect(bad.body.errors[id('campaign-budget')]).toMatch(/currency/);
    const missing = await createTask('Missing items', { [id('campaign-kpis')]: { list: [] } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[id('campaign-kpis')]).toMatch(/items/);
  });

  it('edits values, and bulk create/bulkfetch carry them', async () => {
    const key = created[0];
    const edit = await th.call(email, 'PUT', `/rest/api/3/issue/${key}`, { fields: { [id('actual-cost')]: 1720.5 } });
    expect(edit.status).toBe(204);
    const bulk = await th.call(email, 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: [400, 900].map((n) => ({
        fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary: `Bulk ${n}`, [id('planned-cost')]: n },
      })),
    });
    expect(bulk.status).toBe(201);
    created.push(...bulk.body.issues.map((i: { key: string }) => i.key));
    const fetched = await th.call(email, 'POST', '/rest/api/3/issue/bulkfetch', {
      issueIdsOrKeys: created,
      fields: [id('planned-cost'), id('actual-cost')],
    });
    const byKey: Record<string, Record<string, unknown>> = Object.fromEntries(
      fetched.body.issues.map((i: { key: string; fields: Record<string, unknown> }) => [i.key, i.fields]),
    );
    expect(byKey[created[0]!]).toEqual({ [id('planned-cost')]: 1500, [id('actual-cost')]: 1720.5 });
    expect(byKey[created[1]!]?.[id('planned-cost')]).toBe(400);
    expect(byKey[created[2]!]?.[id('planned-cost')]).toBe(900);
  });

  it('searches number fields numerically with JQL, by name and by cf[id]', async () => {
    const keys = async (jql: string): Promise<string[]> => {
      const res = await th.call(email, 'GET', `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&fields=${id('planned-cost')}`);
      expect(res.status).toBe(200);
      return res.body.issues.map((i: { key: string }) => i.key).sort();
    };
    const cf = id('planned-cost').replace('customfield_', '');
    expect(await keys('project = MKT AND "Planned cost" > 1000')).toEqual([created[0]!]);
    expect(await keys(`project = MKT AND cf[${cf}] >= 400 AND cf[${cf}] < 1000`)).toEqual([created[1], created[2]!].sort());
    // 900 < 1000 numerically, although "900" > "1000" as text.
    expect(await keys(`project = MKT AND cf[${cf}] < 1000`)).toEqual([created[1], created[2]!].sort());
  });

  it('re-installing keeps field ids and stored values', async () => {
    const again = installCustomFields(th.host.db, resolve(__dirname, '../../..'));
    expect(Object.fromEntries(again.map((f) => [f.moduleKey, f.fieldId]))).toEqual(ids);
    const got = await th.call(email, 'GET', `/rest/api/3/issue/${created[0]}?fields=${id('planned-cost')}`);
    expect(got.body.fields[id('planned-cost')]).toBe(1500);
  });
});
