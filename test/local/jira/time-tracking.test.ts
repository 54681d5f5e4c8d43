import { CAMILLE } from '../../../local/identity/demo-users';
import { formatDuration, parseDuration } from '../../../local/jira/routes/edit/time-tracking';
import { startTestHost, type TestHost } from '../../support/host';

const HOUR = 3600;
const DAY = 8 * HOUR;

describe("Jira's duration format (8 h days, 5 d weeks)", () => {
  it('reads weeks, days, hours and minutes in any combination, and a bare number as minutes', () => {
    expect(parseDuration('3d')).toBe(3 * DAY);
    expect(parseDuration('1w 2d 4h 30m')).toBe(7 * DAY + 4.5 * HOUR);
    expect(parseDuration('1.5d')).toBe(12 * HOUR);
    expect(parseDuration('2h30m')).toBe(2.5 * HOUR);
    expect(parseDuration('90')).toBe(90 * 60);
    for (const bad of ['', 'soon', '3 days', '-2d', '2y']) expect(parseDuration(bad)).toBeUndefined();
  });

  it('writes seconds back the way Jira shows them', () => {
    expect(formatDuration(3 * DAY)).toBe('3d');
    expect(formatDuration(6 * DAY + 2 * HOUR)).toBe('1w 1d 2h');
    expect(formatDuration(45 * 60)).toBe('45m');
    expect(formatDuration(0)).toBe('0m');
  });
});

describe('time tracking and story points in the Jira emulator', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const create = async (fields: Record<string, unknown>) =>
    th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary: 'Estimated work', ...fields },
    });
  const get = async (key: string) =>
    (
      await th.call(
        CAMILLE.email,
        'GET',
        `/rest/api/3/issue/${key}?fields=timetracking,timeoriginalestimate,timeestimate,customfield_10016`,
      )
    ).body as { fields: Record<string, unknown> };

  it('takes timetracking on create and answers the estimates in seconds and in words', async () => {
    const created = await create({ timetracking: { originalEstimate: '3d', remainingEstimate: '2d' } });
    expect(created.status).toBe(201);
    const issue = await get(created.body.key);
    expect(issue.fields).toMatchObject({
      timeoriginalestimate: 3 * DAY,
      timeestimate: 2 * DAY,
      timetracking: {
        originalEstimate: '3d',
        originalEstimateSeconds: 3 * DAY,
        remainingEstimate: '2d',
        remainingEstimateSeconds: 2 * DAY,
      },
    });
  });

  it('answers no estimate as null and an empty timetracking', async () => {
    const created = await create({});
    expect((await get(created.body.key)).fields).toMatchObject({ timeoriginalestimate: null, timeestimate: null, timetracking: {} });
  });

  it('sets the remaining estimate to a new original estimate when none remains, and logs both in seconds', async () => {
    const created = await create({});
    const key = created.body.key as string;
    const edited = await th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${key}`, {
      fields: { timetracking: { originalEstimate: '1w' } },
    });
    expect(edited.status).toBe(204);
    expect((await get(key)).fields).toMatchObject({ timeoriginalestimate: 5 * DAY, timeestimate: 5 * DAY });
    // With a remaining estimate already there, a new original estimate leaves it alone.
    await th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${key}`, { update: { timetracking: [{ edit: { originalEstimate: '2w' } }] } });
    expect((await get(key)).fields).toMatchObject({ timeoriginalestimate: 10 * DAY, timeestimate: 5 * DAY });
    const log = (await th.call(CAMILLE.email, 'GET', `/rest/api/3/issue/${key}/changelog`)).body as {
      values: { items: { field: string; from?: string; to?: string }[] }[];
    };
    // The changelog leaves out a side that was empty.
    const items = log.values.flatMap((h) => h.items.map((i) => ({ field: i.field, from: i.from ?? null, to: i.to ?? null })));
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'timeoriginalestimate', from: null, to: String(5 * DAY) }),
        expect.objectContaining({ field: 'timeestimate', from: null, to: String(5 * DAY) }),
        expect.objectContaining({ field: 'timeoriginalestimate', from: String(5 * DAY), to: String(10 * DAY) }),
      ]),
    );
    expect(items.filter((i) => i.field === 'timeestimate')).toHaveLength(1);
  });

  it('refuses an estimate that is not a duration, naming timetracking, and changes nothing', async () => {
    const created = await create({ timetracking: { originalEstimate: '2d' } });
    const key = created.body.key as string;
    const bad = await th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${key}`, {
      fields: { timetracking: { remainingEstimate: 'soon' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.timetracking).toMatch(/remaining estimate/);
    expect((await get(key)).fields).toMatchObject({ timeoriginalestimate: 2 * DAY, timeestimate: 2 * DAY });
    const cleared = await th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${key}`, { fields: { timetracking: null } });
    expect(cleared.status).toBe(204);
    expect((await get(key)).fields).toMatchObject({ timeoriginalestimate: null, timeestimate: null });
  });

  it('returns the estimates from search/jql and bulkfetch', async () => {
    const created = await create({ timetracking: { originalEstimate: '4h' } });
    const key = created.body.key as string;
    const search = await th.call(CAMILLE.email, 'POST', '/rest/api/3/search/jql', {
      jql: `key = ${key}`,
      fields: ['timeoriginalestimate', 'timeestimate'],
    });
    expect(search.body.issues[0].fields).toEqual({ timeoriginalestimate: 4 * HOUR, timeestimate: 4 * HOUR });
    const bulk = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: [key], fields: ['timeestimate'] });
    expect(bulk.body.issues[0].fields).toEqual({ timeestimate: 4 * HOUR });
  });

  it("lists Jira Software's story point estimate field and stores its number", async () => {
    const fields = (await th.call(CAMILLE.email, 'GET', '/rest/api/3/field')).body as { id: string; schema?: { custom?: string } }[];
    expect(fields.find((f) => f.id === 'customfield_10016')).toMatchObject({
      name: 'Story point estimate',
      custom: true,
      schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points' },
    });
    expect(fields.find((f) => f.id === 'timetracking')).toMatchObject({ schema: { type: 'timetracking', system: 'timetracking' } });
    const created = await create({ customfield_10016: 5 });
    expect((await get(created.body.key)).fields.customfield_10016).toBe(5);
    const bad = await create({ customfield_10016: 'five' });
    expect(bad.status).toBe(400);
  });
});
