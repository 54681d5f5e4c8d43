import { z } from 'zod';
import { startTestHost, type RestBody, type TestHost } from '../../support/host';
import { CAMILLE } from '../../../local/identity/demo-users';
import { matchesScope } from '../../../local/server/faults';

const COMMENT_ROUTE = '/rest/api/3/issue/{issueIdOrKey}/comment';
const comment = (text: string) => ({
  body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});

/** Jira's comment list, as far as these tests read it: the first text of each comment's ADF body. */
const Comments = z.object({
  comments: z.array(
    z.object({
      body: z.object({ content: z.array(z.object({ content: z.array(z.object({ text: z.string().optional() })).optional() })) }),
    }),
  ),
});
const commentTexts = (answer: { body: RestBody }): (string | undefined)[] =>
  Comments.parse(answer.body).comments.map((c) => c.body.content[0]?.content?.[0]?.text);

describe('faults scoped to one operation, a limited number of times', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());
  beforeEach(async () => {
    await th.call(null, 'POST', '/local/faults', {});
    await th.call(null, 'POST', '/local/stats/reset');
  });

  it('fails exactly the comment call once, and nothing else', async () => {
    const set = await th.call(null, 'POST', '/local/faults', { error5xx: 1, only: { method: 'post', path: COMMENT_ROUTE }, times: 1 });
    expect(set.status).toBe(200);
    expect(set.body.only).toEqual({ method: 'POST', path: COMMENT_ROUTE });

    // Other operations, and other methods on the same path, pass.
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-2?fields=summary')).status).toBe(200);
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-2/comment')).status).toBe(200);
    const failed = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-2/comment', comment('first try'));
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('1');
    const retried = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-2/comment', comment('second try'));
    expect(retried.status).toBe(201);

    const bodies = commentTexts(await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-2/comment'));
    expect(bodies).toContain('second try');
    expect(bodies).not.toContain('first try');
    expect((await th.call(null, 'GET', '/local/faults')).body.injected).toBe(1);
    expect((await th.call(null, 'GET', '/local/stats')).body.faults.error5xx).toBe(1);
  });

  it('matches a concrete path when the scope names one, on any issue only for the pattern', async () => {
    await th.call(null, 'POST', '/local/faults', { rate429: 1, only: { path: '/rest/api/3/issue/MKT-3/comment' } });
    expect((await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-2/comment', comment('elsewhere'))).status).toBe(201);
    expect((await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-3/comment', comment('here'))).status).toBe(429);
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-3/comment')).status).toBe(429);
  });

  it('injects at most `times` faults, then lets everything through', async () => {
    await th.call(null, 'POST', '/local/faults', { rate429: 1, times: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await th.call(CAMILLE.email, 'GET', '/rest/api/3/myself')).status);
    expect(statuses).toEqual([429, 429, 429, 200, 200, 200]);
    // Configuring again starts a new count.
    await th.call(null, 'POST', '/local/faults', { error5xx: 1, times: 1 });
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/myself')).status).toBe(503);
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/myself')).status).toBe(200);
  });

  it('dropResponse: Jira does the write, then the connection closes before any answer', async () => {
    await th.call(null, 'POST', '/local/faults', { dropResponse: 1, only: { method: 'POST', path: COMMENT_ROUTE }, times: 1 });
    const lost = th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-2/comment', comment('answer lost'));
    // What a fetch throws when the other side closes after the request was sent (undici: "fetch failed").
    await expect(lost).rejects.toThrow('fetch failed');
    const bodies = commentTexts(await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-2/comment'));
    expect(bodies.filter((b) => b === 'answer lost')).toHaveLength(1);
    // `times: 1`: the next write is answered.
    expect((await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/MKT-2/comment', comment('answered'))).status).toBe(201);
    expect((await th.call(null, 'GET', '/local/faults')).body).toMatchObject({ dropResponse: 1, injected: 1 });
    expect((await th.call(null, 'GET', '/local/stats')).body.faults.dropResponse).toBe(1);
    const dropped = th.exchanges.filter((x) => x.dropped);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ method: 'POST', path: '/rest/api/3/issue/MKT-2/comment', status: 201 });
  });

  it('delays only the scoped requests', async () => {
    await th.call(null, 'POST', '/local/faults', { latencyMs: 150, only: { method: 'GET', path: '/rest/api/3/myself' } });
    let started = Date.now();
    await th.call(CAMILLE.email, 'GET', '/rest/api/3/issue/MKT-2?fields=summary');
    expect(Date.now() - started).toBeLessThan(140);
    started = Date.now();
    await th.call(CAMILLE.email, 'GET', '/rest/api/3/myself');
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('refuses a bad scope, naming the field', async () => {
    const badMethod = await th.call(null, 'POST', '/local/faults', { error5xx: 1, only: { method: 'FETCH' } });
    expect(badMethod.status).toBe(400);
    expect(badMethod.body.error.message).toMatch(/^only\.method: must be one of GET/);
    const badPath = await th.call(null, 'POST', '/local/faults', { error5xx: 1, only: { path: 'rest/api/3/myself' } });
    expect(badPath.body.error.message).toMatch(/^only\.path: must start with \//);
    const empty = await th.call(null, 'POST', '/local/faults', { error5xx: 1, only: {} });
    expect(empty.body.error.message).toMatch(/^only: must name a method, a path or both/);
    const badTimes = await th.call(null, 'POST', '/local/faults', { error5xx: 1, times: 0 });
    expect(badTimes.body.error.message).toMatch(/^times: /);
    // A refused configuration leaves the previous one in place.
    expect((await th.call(null, 'GET', '/local/faults')).body.error5xx).toBe(0);
  });
});

describe('matchesScope', () => {
  const target = { method: 'POST', path: '/rest/api/3/issue/MKT-12/comment', pattern: COMMENT_ROUTE };
  it.each([
    [undefined, true],
    [{ method: 'POST' as const }, true],
    [{ method: 'GET' as const }, false],
    [{ path: COMMENT_ROUTE }, true],
    [{ path: '/rest/api/3/issue/{issueIdOrKey}' }, false],
    [{ path: '/rest/api/3/issue/MKT-12/comment' }, true],
    [{ path: '/rest/api/3/issue/MKT-1/comment' }, false],
    [{ method: 'PUT' as const, path: COMMENT_ROUTE }, false],
  ])('%j → %s', (scope, expected) => {
    expect(matchesScope(scope, target)).toBe(expected);
  });
});
