import { z } from 'zod';
import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, INES, MKT_SPACE_ID, nextLink, SAM, V2 } from './fixtures';

/** The fields of Confluence's answers this test reads: a page of versions (with their bodies on request) or of pages. */
const Versions = z.object({ results: z.array(z.object({ number: z.number() })) });
const VersionsWithBodies = z.object({
  results: z.array(z.object({ page: z.object({ body: z.object({ storage: z.object({ value: z.string() }) }) }) })),
});
const Pages = z.object({ results: z.array(z.object({ id: z.string() })) });

/** Page history (GET /pages/{id}/versions) and the trash (DELETE /pages/{id}), as Confluence Cloud v2 answers them. */
describe('Confluence page versions and delete', () => {
  let th: TestHost;
  let pageId: string;
  const TITLE = 'Rapport de statut — test';
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const update = (number: number, value: string) =>
    th.call(CAMILLE, 'PUT', `${V2}/pages/${pageId}`, {
      id: pageId,
      status: 'current',
      title: TITLE,
      body: { representation: 'storage', value },
      version: { number, message: `v${number}` },
    });

  it('keeps every version of a page, newest first, with their bodies on request', async () => {
    const created = await th.call(CAMILLE, 'POST', `${V2}/pages`, {
      spaceId: MKT_SPACE_ID,
      status: 'current',
      title: TITLE,
      body: { representation: 'storage', value: '<p>one</p>' },
    });
    expect(created.status).toBe(200);
    pageId = created.body.id;
    expect((await update(2, '<p>two</p>')).status).toBe(200);
    expect((await update(3, '<p>three</p>')).status).toBe(200);

    const newest = await th.call(CAMILLE, 'GET', `${V2}/pages/${pageId}/versions?body-format=storage`);
    expect(newest.status).toBe(200);
    expect(Versions.parse(newest.body).results.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(VersionsWithBodies.parse(newest.body).results.map((v) => v.page.body.storage.value)).toEqual([
      '<p>three</p>',
      '<p>two</p>',
      '<p>one</p>',
    ]);
    expect(newest.body.results[0]).toMatchObject({ message: 'v3', authorId: expect.stringContaining('camille'), minorEdit: false });

    const oldest = await th.call(CAMILLE, 'GET', `${V2}/pages/${pageId}/versions?sort=modified-date`);
    expect(Versions.parse(oldest.body).results.map((v) => v.number)).toEqual([1, 2, 3]);
  });

  it('pages the history with a cursor in the Link header', async () => {
    const seen: number[] = [];
    let path: string | undefined = `${V2}/pages/${pageId}/versions?limit=2`;
    while (path) {
      const res = await th.call(CAMILLE, 'GET', path);
      expect(res.status).toBe(200);
      seen.push(...Versions.parse(res.body).results.map((v) => v.number));
      path = nextLink(res.headers.get('link'));
    }
    expect(seen).toEqual([3, 2, 1]);
  });

  it('hides the history from people who cannot read the space, and refuses bad parameters', async () => {
    expect((await th.call(SAM, 'GET', `${V2}/pages/${pageId}/versions`)).status).toBe(404);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages/${pageId}/versions?sort=title`)).status).toBe(400);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages/99999999/versions`)).status).toBe(404);
  });

  it('moves a page to the trash for people who may delete it, freeing its title', async () => {
    // A reader cannot delete: Confluence answers 404, and the page stays.
    expect((await th.call(INES, 'DELETE', `${V2}/pages/${pageId}`)).status).toBe(404);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages/${pageId}`)).status).toBe(200);

    expect((await th.call(CAMILLE, 'DELETE', `${V2}/pages/${pageId}`)).status).toBe(204);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages/${pageId}`)).status).toBe(404);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages/${pageId}/versions`)).status).toBe(404);
    const trashed = await th.call(CAMILLE, 'GET', `${V2}/pages?id=${pageId}&status=trashed`);
    expect(Pages.parse(trashed.body).results.map((p) => p.id)).toEqual([pageId]);

    const again = await th.call(CAMILLE, 'POST', `${V2}/pages`, {
      spaceId: MKT_SPACE_ID,
      status: 'current',
      title: TITLE,
      body: { representation: 'storage', value: '<p>again</p>' },
    });
    expect(again.status).toBe(200);
    expect(again.body.id).not.toBe(pageId);
  });

  it('purges only a trashed page', async () => {
    expect((await th.call(CAMILLE, 'DELETE', `${V2}/pages/${pageId}?purge=true`)).status).toBe(204);
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages?id=${pageId}&status=trashed`)).body.results).toEqual([]);
    const current = (await th.call(CAMILLE, 'GET', `${V2}/pages?space-id=${MKT_SPACE_ID}&title=${encodeURIComponent(TITLE)}`)).body
      .results[0];
    expect((await th.call(CAMILLE, 'DELETE', `${V2}/pages/${current.id}?purge=true`)).status).toBe(400);
  });
});
