import { startTestHost, type TestHost } from '../../support/host';
import { ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, CAMILLE, INES, MKT_HOMEPAGE_ID, MKT_SPACE_ID, nextLink, SAM, V2 } from './fixtures';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../../../local/confluence/seed';

/** What a client browsing the demo site calls: a space's pages, a page's children, one version of a page. */
describe('Confluence v2 browsing', () => {
  let th: TestHost;
  const BRIEFS = [ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, BLACK_FRIDAY_FR_BRIEF_ID];
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const ids = (res: { body: { results: { id: string }[] } }): string[] => res.body.results.map((p) => p.id);

  async function follow(path: string): Promise<string[]> {
    const seen: string[] = [];
    let url: string | undefined = path;
    while (url) {
      const res = await th.call(CAMILLE, 'GET', url);
      expect(res.status).toBe(200);
      seen.push(...ids(res));
      expect(res.body._links.next).toBe(nextLink(res.headers.get('link')));
      url = nextLink(res.headers.get('link'));
    }
    return seen;
  }

  it('lists the pages of a space, all or only the root, with bodies on request', async () => {
    const all = await th.call(INES, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages`);
    expect(all.status).toBe(200);
    expect(ids(all)).toEqual([MKT_HOMEPAGE_ID, ...BRIEFS]);
    expect(all.body.results[1]).toMatchObject({ spaceId: MKT_SPACE_ID, parentId: MKT_HOMEPAGE_ID, status: 'current', body: {} });
    expect(ids(await th.call(INES, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages?depth=root`))).toEqual([MKT_HOMEPAGE_ID]);
    const withBody = await th.call(INES, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages?body-format=storage&limit=1`);
    expect(withBody.body.results[0].body.storage.value).toContain('<');
    const titled = await th.call(INES, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages?title=${encodeURIComponent('Marketing Home')}`);
    expect(ids(titled)).toEqual([MKT_HOMEPAGE_ID]);
  });

  it('sorts and pages a space in any spec order, each page once', async () => {
    const byTitle = await th.call(CAMILLE, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages?sort=-title&limit=250`);
    const titles = byTitle.body.results.map((p: { title: string }) => p.title);
    expect(titles).toEqual([...titles].sort().reverse());
    expect(await follow(`${V2}/spaces/${MKT_SPACE_ID}/pages?sort=-title&limit=2`)).toEqual(ids(byTitle));
    const newest = await follow(`${V2}/spaces/${MKT_SPACE_ID}/pages?sort=-created-date&limit=3`);
    expect(newest).toEqual([BLACK_FRIDAY_FR_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, ATELIER_PRO_BRIEF_ID, MKT_HOMEPAGE_ID]);
  });

  it('filters by status: trashed pages only when asked', async () => {
    const created = await th.call(CAMILLE, 'POST', `${V2}/pages`, {
      spaceId: MKT_SPACE_ID,
      title: 'Scratch',
      body: { representation: 'storage', value: '<p>x</p>' },
    });
    expect((await th.call(CAMILLE, 'DELETE', `${V2}/pages/${created.body.id}`)).status).toBe(204);
    expect(ids(await th.call(CAMILLE, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages`))).not.toContain(created.body.id);
    expect(ids(await th.call(CAMILLE, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages?status=trashed`))).toEqual([created.body.id]);
  });

  it('refuses bad parameters and hides the space from outsiders', async () => {
    for (const q of ['depth=leaf', 'sort=rank', 'status=draft', 'body-format=view', 'limit=0', 'cursor=nope']) {
      expect((await th.call(CAMILLE, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages?${q}`)).status).toBe(400);
    }
    expect((await th.call(SAM, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages`)).status).toBe(404);
    expect((await th.call(CAMILLE, 'GET', `${V2}/spaces/424242/pages`)).status).toBe(404);
    expect((await th.call(null, 'GET', `${V2}/spaces/${MKT_SPACE_ID}/pages`)).status).toBe(401);
  });

  it('lists the children of a page, and its direct children with their type', async () => {
    const children = await th.call(INES, 'GET', `${V2}/pages/${MKT_HOMEPAGE_ID}/children`);
    expect(children.status).toBe(200);
    expect(ids(children)).toEqual(BRIEFS);
    expect(children.body.results[0]).toEqual({
      id: ATELIER_PRO_BRIEF_ID,
      status: 'current',
      title: expect.any(String),
      spaceId: MKT_SPACE_ID,
      childPosition: null,
    });
    const direct = await th.call(INES, 'GET', `${V2}/pages/${MKT_HOMEPAGE_ID}/direct-children?sort=-created-date`);
    expect(ids(direct)).toEqual([...BRIEFS].reverse());
    expect(direct.body.results.every((c: { type: string }) => c.type === 'page')).toBe(true);
    expect(await follow(`${V2}/pages/${MKT_HOMEPAGE_ID}/children?limit=2`)).toEqual(BRIEFS);
    expect(ids(await th.call(INES, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}/children`))).toEqual([]);
    expect((await th.call(SAM, 'GET', `${V2}/pages/${MKT_HOMEPAGE_ID}/children`)).status).toBe(404);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages/${MKT_HOMEPAGE_ID}/children?sort=title`)).status).toBe(400);
  });

  it('reads one version of a page, with its neighbours', async () => {
    const page = await th.call(CAMILLE, 'GET', `${V2}/pages/${BLACK_FRIDAY_BRIEF_ID}`);
    const title: string = page.body.title;
    const edit = await th.call(CAMILLE, 'PUT', `${V2}/pages/${BLACK_FRIDAY_BRIEF_ID}`, {
      id: BLACK_FRIDAY_BRIEF_ID,
      status: 'current',
      title,
      body: { representation: 'storage', value: '<p>v2</p>' },
      version: { number: 2, message: 'Budget revu' },
    });
    expect(edit.status).toBe(200);
    const first = await th.call(INES, 'GET', `${V2}/pages/${BLACK_FRIDAY_BRIEF_ID}/versions/1`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ number: 1, nextVersion: 2, minorEdit: false });
    expect(first.body.prevVersion).toBeUndefined();
    const second = await th.call(INES, 'GET', `${V2}/pages/${BLACK_FRIDAY_BRIEF_ID}/versions/2`);
    expect(second.body).toMatchObject({ number: 2, prevVersion: 1, message: 'Budget revu', authorId: page.body.authorId });
    expect(second.body.nextVersion).toBeUndefined();
    expect((await th.call(INES, 'GET', `${V2}/pages/${BLACK_FRIDAY_BRIEF_ID}/versions/3`)).status).toBe(404);
    expect((await th.call(INES, 'GET', `${V2}/pages/${BLACK_FRIDAY_BRIEF_ID}/versions/two`)).status).toBe(400);
    expect((await th.call(SAM, 'GET', `${V2}/pages/${BLACK_FRIDAY_BRIEF_ID}/versions/1`)).status).toBe(404);
  });
});
