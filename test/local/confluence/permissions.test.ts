import { startTestHost, type TestHost } from '../../support/host';
import { ATELIER_PRO_BRIEF_ID, CAMILLE, INES, MKT_SPACE_ID, SAM, V2 } from './fixtures';

describe('Confluence v2 permissions', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(async () => {
    await th.close();
  });

  it('hides MKT pages and the space from Sam Outsider', async () => {
    const page = await th.call(SAM, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}`);
    expect(page.status).toBe(404);
    expect(page.body.errors[0]).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await th.call(SAM, 'GET', `${V2}/pages?id=${ATELIER_PRO_BRIEF_ID}`)).body.results).toEqual([]);
    expect((await th.call(SAM, 'GET', `${V2}/spaces`)).body.results).toEqual([]);
    expect((await th.call(SAM, 'GET', `${V2}/spaces/${MKT_SPACE_ID}`)).status).toBe(404);
    const create = await th.call(SAM, 'POST', `${V2}/pages`, { spaceId: MKT_SPACE_ID, title: 'Sneaky' });
    expect(create.status).toBe(404);
  });

  it('lets Inès read but answers 403 when she creates a page, and writes nothing', async () => {
    expect((await th.call(INES, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}?body-format=storage`)).status).toBe(200);
    const create = await th.call(INES, 'POST', `${V2}/pages`, {
      spaceId: MKT_SPACE_ID,
      title: 'Viewer page',
      body: { representation: 'storage', value: '<p>Hello</p>' },
    });
    expect(create.status).toBe(403);
    expect(create.body.errors[0]).toMatchObject({ status: 403 });
    const search = await th.call(CAMILLE, 'GET', `${V2}/pages?title=Viewer%20page`);
    expect(search.body.results).toEqual([]);
  });

  it('answers 401 to anonymous callers', async () => {
    const res = await th.call(null, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}`);
    expect(res.status).toBe(401);
    expect(res.body.errors[0]).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect((await th.call(null, 'GET', `${V2}/pages`)).status).toBe(401);
  });

  it('answers 401 to unknown Basic credentials', async () => {
    const res = await th.call('nobody@demo.local', 'GET', `${V2}/pages`);
    expect(res.status).toBe(401);
    expect(res.body.errors[0].status).toBe(401);
  });
});
