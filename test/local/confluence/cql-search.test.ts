import { z } from 'zod';
import { startTestHost, type TestHost } from '../../support/host';
import { ATELIER_PRO_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID, CAMILLE, INES, MKT_HOMEPAGE_ID, SAM, V2 } from './fixtures';
import { BLACK_FRIDAY_FR_BRIEF_ID } from '../../../local/confluence/seed';

const SEARCH = '/wiki/rest/api/search';
/** The fields of a Confluence v2 page this test reads before editing it. */
const PageVersion = z.object({ title: z.string(), version: z.object({ number: z.number() }) });

/** CQL search (Confluence REST v1 `GET /wiki/rest/api/search`) over the demo site's pages. */
describe('Confluence CQL search', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const search = (cql: string, extra = '', who = INES) => th.call(who, 'GET', `${SEARCH}?cql=${encodeURIComponent(cql)}${extra}`);
  const ids = async (cql: string, extra = ''): Promise<string[]> => {
    const res = await search(cql, extra);
    expect(res.status).toBe(200);
    return res.body.results.map((r: { content: { id: string } }) => r.content.id);
  };

  it('answers Confluence search results for type = page', async () => {
    const res = await search('type = page AND space = MKT ORDER BY created');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      start: 0,
      limit: 25,
      size: 4,
      totalSize: 4,
      cqlQuery: 'type = page AND space = MKT ORDER BY created',
    });
    expect(res.body._links).toMatchObject({ base: `${th.url}/wiki`, context: '/wiki' });
    const first = res.body.results[0];
    expect(first).toMatchObject({
      entityType: 'content',
      content: { id: MKT_HOMEPAGE_ID, type: 'page', status: 'current' },
      resultGlobalContainer: { title: 'Marketing', displayUrl: '/spaces/MKT' },
    });
    expect(first.url).toMatch(new RegExp(`^/spaces/MKT/pages/${MKT_HOMEPAGE_ID}/`));
    expect(await ids('type = blogpost')).toEqual([]);
  });

  it('filters by title, text, label, ancestor, parent and dates, with AND / OR / NOT', async () => {
    // "Brief de campagne …" sorts before "Campaign brief …".
    expect(await ids('title ~ "black friday" ORDER BY title')).toEqual([BLACK_FRIDAY_FR_BRIEF_ID, BLACK_FRIDAY_BRIEF_ID]);
    expect(await ids('title = "Marketing Home"')).toEqual([MKT_HOMEPAGE_ID]);
    expect(await ids('label = campaign-brief ORDER BY created')).toEqual([
      ATELIER_PRO_BRIEF_ID,
      BLACK_FRIDAY_BRIEF_ID,
      BLACK_FRIDAY_FR_BRIEF_ID,
    ]);
    expect(await ids('label = campaign-brief AND NOT label = black-friday')).toEqual([ATELIER_PRO_BRIEF_ID]);
    expect(await ids(`ancestor = ${MKT_HOMEPAGE_ID} AND label IN (black-friday) ORDER BY created DESC`)).toEqual([
      BLACK_FRIDAY_FR_BRIEF_ID,
      BLACK_FRIDAY_BRIEF_ID,
    ]);
    expect(await ids(`parent = ${MKT_HOMEPAGE_ID} OR id = ${MKT_HOMEPAGE_ID} ORDER BY id`)).toEqual([
      MKT_HOMEPAGE_ID,
      ATELIER_PRO_BRIEF_ID,
      BLACK_FRIDAY_BRIEF_ID,
      BLACK_FRIDAY_FR_BRIEF_ID,
    ]);
    expect(await ids('created >= 2026-08-24 AND created < 2026-09-01')).toEqual([BLACK_FRIDAY_BRIEF_ID]);
    expect(await ids('created = 2025-11-18')).toEqual([ATELIER_PRO_BRIEF_ID]);
    // `text` searches the body: a word only the Atelier Pro brief's body holds.
    const body = (await th.call(INES, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}?body-format=storage`)).body.body.storage.value as string;
    const word = body
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .find((w) => /^[A-Za-zÀ-ÿ]{9,}$/.test(w) && !/atelier|brief/i.test(w));
    expect(word).toBeDefined();
    const hits = await ids(`text ~ "${word}"`);
    expect(hits).toContain(ATELIER_PRO_BRIEF_ID);
    expect(await ids('text ~ "zzzunfindablezzz"')).toEqual([]);
  });

  it('sees a page edited a moment ago first when sorted by lastmodified', async () => {
    const page = PageVersion.parse((await th.call(CAMILLE, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}`)).body);
    const edit = await th.call(CAMILLE, 'PUT', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}`, {
      id: ATELIER_PRO_BRIEF_ID,
      status: 'current',
      title: page.title,
      body: { representation: 'storage', value: '<p>Nouveau calendrier</p>' },
      version: { number: page.version.number + 1 },
    });
    expect(edit.status).toBe(200);
    expect((await ids('space = MKT ORDER BY lastmodified DESC'))[0]).toBe(ATELIER_PRO_BRIEF_ID);
    expect(await ids('text ~ "calendrier" AND lastmodified > -1d')).toEqual([ATELIER_PRO_BRIEF_ID]);
  });

  it('pages with limit and the cursor of the next link, each result once', async () => {
    const seen: string[] = [];
    let url: string | undefined = `${SEARCH}?cql=${encodeURIComponent('space = MKT ORDER BY title')}&limit=3`;
    let calls = 0;
    while (url) {
      const res = await th.call(INES, 'GET', url);
      expect(res.status).toBe(200);
      seen.push(...res.body.results.map((r: { content: { id: string } }) => r.content.id));
      const next: string | undefined = res.body._links.next;
      if (next) expect(res.headers.get('link')).toBe(`</wiki${next}>; rel="next"`);
      if (calls > 0) expect(res.body._links.prev).toMatch(/^\/rest\/api\/search\?/);
      url = next ? `/wiki${next}` : undefined;
      calls += 1;
    }
    expect(calls).toBe(2);
    expect(seen).toEqual(await ids('space = MKT ORDER BY title', '&limit=250'));
    expect(await ids('space = MKT ORDER BY title', '&limit=2&start=2')).toEqual(seen.slice(2, 4));
  });

  it('returns only what the caller may read, and refuses bad queries with Confluence v1 errors', async () => {
    expect((await search('space = MKT', '', SAM)).body).toMatchObject({ results: [], totalSize: 0 });
    expect((await th.call(null, 'GET', `${SEARCH}?cql=space=MKT`)).status).toBe(401);
    for (const bad of ['', 'type = ', 'title ~ "x" AND', 'colour = red', 'text = "exact"', 'space = MKT ORDER BY colour']) {
      const res = await search(bad);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, data: { successful: false } });
    }
    expect((await search('space = MKT', '&limit=-1')).status).toBe(400);
    expect((await search('space = MKT', '&cursor=bad')).status).toBe(400);
  });
});
