import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, MKT_SPACE_ID, V2, nextLink } from './fixtures';

describe('Confluence v2 cursor paging', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
    for (let i = 1; i <= 12; i += 1) {
      const res = await th.call(CAMILLE, 'POST', `${V2}/pages`, {
        spaceId: MKT_SPACE_ID,
        title: `Weekly report ${i}`,
        body: { representation: 'storage', value: `<p>Week ${i}</p>` },
      });
      expect(res.status).toBe(200);
    }
  });
  afterAll(async () => {
    await th.close();
  });

  it('follows the Link header and sees every page exactly once', async () => {
    const all = await th.call(CAMILLE, 'GET', `${V2}/pages?space-id=${MKT_SPACE_ID}&limit=250`);
    const expected = (all.body.results as { id: string }[]).map((p) => p.id);
    expect(expected.length).toBe(16); // homepage + 3 briefs + 12 reports
    expect(all.headers.get('link')).not.toMatch(/rel="next"/);

    const seen: string[] = [];
    let url: string | undefined = `${V2}/pages?space-id=${MKT_SPACE_ID}&limit=4`;
    let calls = 0;
    while (url) {
      const res = await th.call(CAMILLE, 'GET', url);
      expect(res.status).toBe(200);
      seen.push(...(res.body.results as { id: string }[]).map((p) => p.id));
      const next = nextLink(res.headers.get('link'));
      // `_links.next` and the Link header carry the same relative URL; both vanish on the last page.
      expect(res.body._links.next).toBe(next);
      expect(res.headers.get('link')).toContain(`<${th.url}/wiki>; rel="base"`);
      url = next;
      calls += 1;
    }
    expect(calls).toBe(4);
    expect(seen).toEqual(expected);
  });

  it('keeps filters in the next link', async () => {
    const res = await th.call(CAMILLE, 'GET', `${V2}/pages?space-id=${MKT_SPACE_ID}&limit=2&body-format=storage`);
    const next = nextLink(res.headers.get('link'));
    expect(next).toMatch(/^\/wiki\/api\/v2\/pages\?/);
    expect(next).toContain('body-format=storage');
    expect(next).toContain('limit=2');
  });

  it('refuses a forged cursor', async () => {
    expect((await th.call(CAMILLE, 'GET', `${V2}/pages?cursor=%%%`)).status).toBe(400);
  });
});
