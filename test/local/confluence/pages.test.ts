import { startTestHost, type TestHost } from '../../support/host';
import { validateAdf } from '../../support/contracts/openapi-validator';
import { contractsAvailable } from '../../support/contracts/contracts-dir';
import { ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, CAMILLE, MKT_SPACE_ID, V2 } from './fixtures';

describe('Confluence v2 pages', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(async () => {
    await th.close();
  });

  it('lists the MKT space by key', async () => {
    const res = await th.call(CAMILLE, 'GET', `${V2}/spaces?keys=MKT`);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([expect.objectContaining({ id: MKT_SPACE_ID, key: 'MKT', name: 'Marketing' })]);
    const one = await th.call(CAMILLE, 'GET', `${V2}/spaces/${MKT_SPACE_ID}`);
    expect(one.body.homepageId).toBeDefined();
  });

  it('returns a brief in storage format', async () => {
    const res = await th.call(CAMILLE, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}?body-format=storage`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: ATELIER_PRO_BRIEF_ID,
      title: 'Brief de campagne — Lancement Atelier Pro',
      spaceId: MKT_SPACE_ID,
      version: { number: 1 },
    });
    expect(res.body.body.storage.representation).toBe('storage');
    expect(res.body.body.storage.value).toContain('<h2>Budget</h2>');
    expect(res.body._links.base).toBe(`${th.url}/wiki`);
  });

  it.each([ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID])('returns brief %s as ADF in a JSON string', async (id) => {
    const res = await th.call(CAMILLE, 'GET', `${V2}/pages/${id}?body-format=atlas_doc_format`);
    expect(res.status).toBe(200);
    const { representation, value } = res.body.body.atlas_doc_format as { representation: string; value: unknown };
    expect(representation).toBe('atlas_doc_format');
    expect(typeof value).toBe('string');
    const doc = JSON.parse(value as string) as { type: string; content: { type: string }[] };
    expect(doc.type).toBe('doc');
    const types = doc.content.map((n) => n.type);
    expect(types).toEqual(expect.arrayContaining(['panel', 'heading', 'bulletList', 'orderedList', 'table']));
    if (contractsAvailable()) expect(validateAdf(doc)).toEqual([]);
    const text = JSON.stringify(doc);
    expect(text).toMatch(/"type":"mention"/);
    expect(text).toMatch(/"type":"date"/);
  });

  it('lists pages by space and by ids', async () => {
    const bySpace = await th.call(CAMILLE, 'GET', `${V2}/pages?space-id=${MKT_SPACE_ID}`);
    expect(bySpace.status).toBe(200);
    expect(bySpace.body.results.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining([ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID]),
    );
    expect(bySpace.body.results[0].body).toEqual({});
    const byIds = await th.call(CAMILLE, 'GET', `${V2}/pages?id=${BLACK_FRIDAY_BRIEF_ID},${ATELIER_PRO_BRIEF_ID}&body-format=storage`);
    expect(byIds.body.results.map((p: { id: string }) => p.id)).toEqual([ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID]);
    expect(byIds.body.results[1].body.storage.value).toContain('Black Friday');
    const byTitle = await th.call(
      CAMILLE,
      'GET',
      `${V2}/pages?title=${encodeURIComponent('Campaign brief — Black Friday 2026 multichannel')}`,
    );
    expect(byTitle.body.results).toHaveLength(1);
  });

  it('refuses more than 250 ids and a bad limit', async () => {
    const ids = Array.from({ length: 251 }, (_, i) => String(i + 1)).join(',');
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages?id=${ids}`)).status).toBe(400);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages?limit=0`)).status).toBe(400);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages?limit=251`)).status).toBe(400);
  });

  it('creates a page under the space homepage', async () => {
    const res = await th.call(CAMILLE, 'POST', `${V2}/pages`, {
      spaceId: MKT_SPACE_ID,
      status: 'current',
      title: 'Retour d’expérience — Atelier Pro',
      body: { representation: 'storage', value: '<p>Bilan <strong>J+30</strong></p>' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Retour d’expérience — Atelier Pro', spaceId: MKT_SPACE_ID, version: { number: 1 } });
    expect(res.body.parentId).toBeDefined();
    const read = await th.call(CAMILLE, 'GET', `${V2}/pages/${res.body.id}?body-format=atlas_doc_format`);
    expect(JSON.parse(read.body.body.atlas_doc_format.value)).toEqual({
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Bilan ' },
            { type: 'text', text: 'J+30', marks: [{ type: 'strong' }] },
          ],
        },
      ],
    });
  });

  it('refuses a duplicate title and a missing space id without writing anything', async () => {
    const before = await th.call(CAMILLE, 'GET', `${V2}/pages?limit=250`);
    const dup = await th.call(CAMILLE, 'POST', `${V2}/pages`, {
      spaceId: MKT_SPACE_ID,
      title: 'Brief de campagne — Lancement Atelier Pro',
      body: { representation: 'storage', value: '<p>x</p>' },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.errors[0]).toMatchObject({ status: 400 });
    const noSpace = await th.call(CAMILLE, 'POST', `${V2}/pages`, { title: 'Orphan' });
    expect(noSpace.status).toBe(400);
    const after = await th.call(CAMILLE, 'GET', `${V2}/pages?limit=250`);
    expect(after.body.results).toHaveLength(before.body.results.length);
  });

  it('answers 400 in the Confluence error shape for malformed JSON', async () => {
    const res = await th.call(CAMILLE, 'POST', `${V2}/pages`, '{"spaceId": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ status: 400 });
  });

  it('answers 404 for an unknown page', async () => {
    const res = await th.call(CAMILLE, 'GET', `${V2}/pages/999999`);
    expect(res.status).toBe(404);
    expect(res.body.errors[0]).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});
