import { addDays, format } from 'date-fns';
import { useAppTestHost } from '../../support/app-host';
import { campaignPanelOf, invokeResolver } from '../../support/invoke';
import { CAMILLE, NOAH } from '../../../local/identity/demo-users';
import type { CampaignPanel } from '../../../src/contracts/campaign-panel';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { createKpiCampaign, post, sign, storedKeys } from '../../app/kpi/kpi-fixture';
import { lastWebTriggerCall, webTriggerReport } from './webtrigger-report';

/** The fixed JSON bodies of the KPI web trigger's outputs (manifest.yml `response.outputs`), as these tests read them. */
interface KpiPushAnswer {
  ok: boolean;
  stored?: boolean;
  duplicate?: boolean;
  error?: { code: string; field: string; message: string };
}

const day = (offset: number): string => format(addDays(new Date(), offset), 'yyyy-MM-dd');

/**
 * The KPI webtrigger through the local host: a tool posts signed actuals to the URL `webTrigger.getUrl` gave the
 * app, the host calls the app's function with Forge's request shape, and the static output it names (manifest.yml
 * `response.outputs`) comes back as HTTP.
 */
describe('KPI actuals webtrigger through the local host', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let otherEpic: string;
  let url: string;
  let secret: string;

  const connector = async (accountId: string, epic: string, fn: 'getKpiConnector' | 'rotateKpiSecret' = 'getKpiConnector') =>
    invokeResolver(app.th, accountId, fn, { epicKey: epic }, { moduleKey: 'campaign-panel', issueKey: epic });
  const body = (fields: Record<string, unknown>): string =>
    JSON.stringify({ campaign: epicKey, kpi: 'orders', value: 10, at: `${day(-1)}T10:00:00Z`, source: 'hubspot', ...fields });
  const signed = async (raw: string, key = secret): Promise<{ status: number; body: KpiPushAnswer }> => {
    const res = await post(url, raw, { 'X-Campaign-Signature': sign(key, raw) });
    return { status: res.status, body: res.body as KpiPushAnswer };
  };
  const pushedKeys = (epic = epicKey): string[] => storedKeys(app.th, `kpi-push:${epic}:`);
  /** The static output the app's function named for the latest call (the host's call log). */
  const lastOutput = async (): Promise<string | undefined> => (await lastWebTriggerCall(app.th)).outputKey;
  const kpi = async (id: string): Promise<CampaignPanel['kpis'][number] | undefined> => {
    const panel = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'getCampaignPanel',
      {},
      { moduleKey: 'campaign-panel', issueKey: epicKey },
    );
    return campaignPanelOf(panel).kpis.find((k) => k.kpiId === id);
  };

  beforeAll(async () => {
    const kpis = [
      {
        kpiId: 'orders',
        name: 'Orders',
        unit: 'count' as const,
        target: 1000,
        direction: 'higher_is_better' as const,
        windowStart: day(-9),
        windowEnd: day(20),
      },
      {
        kpiId: 'open-rate',
        name: 'Email open rate',
        unit: 'percent' as const,
        target: 25,
        direction: 'higher_is_better' as const,
        windowStart: day(-9),
        windowEnd: day(20),
      },
    ];
    epicKey = (await createKpiCampaign(app.th, 'kpi-webtrigger-a', kpis)).epicKey;
    otherEpic = (await createKpiCampaign(app.th, 'kpi-webtrigger-b', kpis)).epicKey;
  });

  it('gives the PM a stable webtrigger URL on the host and a per-campaign secret; others are refused', async () => {
    const first = await connector(CAMILLE.accountId, epicKey);
    expect(first.ok).toBe(true);
    url = first.data.url;
    secret = first.data.secret;
    expect(url).toMatch(new RegExp(`^${app.th.url}/x1/[0-9a-f-]{36}$`));
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(first.data.signatureHeader).toBe('x-campaign-signature');
    const again = await connector(CAMILLE.accountId, epicKey);
    expect(again.data).toMatchObject({ url, secret });
    const other = await connector(CAMILLE.accountId, otherEpic);
    expect(other.data.url).toBe(url);
    expect(other.data.secret).not.toBe(secret);
    const noah = await connector(NOAH.accountId, epicKey);
    expect(noah).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const report = await webTriggerReport(app.th);
    expect(report.webtriggers).toEqual([
      expect.objectContaining({ moduleKey: 'kpi-actuals-webtrigger', function: 'kpi-actuals', urls: [url] }),
    ]);
    expect(report.webtriggers[0]?.outputs).toContainEqual({ key: 'stored', statusCode: 201 });
    expect(report.skipped).toEqual([]);
  });

  it('stores a validly signed point and the panel counts it', async () => {
    const res = await signed(body({ value: 120 }));
    expect(res.status).toBe(201);
    // A static output is fixed: the point itself is read back from the panel, not from the answer.
    expect(res.body).toEqual({ ok: true, stored: true, duplicate: false });
    expect(await lastOutput()).toBe('stored');
    expect(pushedKeys()).toHaveLength(1);
    expect(await kpi('orders')).toMatchObject({
      actual: 120,
      points: 1,
      sources: ['hubspot'],
      aggregation: 'total',
      lastAt: `${day(-1)}T10:00:00.000Z`,
    });
  });

  it('answers a replay (same source and instant) with 200 and stores it once; another value for that moment is a 409', async () => {
    const replay = await signed(body({ value: 120 }));
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ ok: true, stored: false, duplicate: true });
    expect(await lastOutput()).toBe('duplicate');
    // The same instant written with another offset is the same moment.
    const sameMoment = await signed(body({ value: 120, at: `${day(-1)}T12:00:00+02:00` }));
    expect(sameMoment.status).toBe(200);
    const conflict = await signed(body({ value: 999 }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({ code: 'CONFLICT', field: 'value' });
    expect(await lastOutput()).toBe('conflict');
    expect(pushedKeys()).toHaveLength(1);
    expect((await kpi('orders'))?.actual).toBe(120);
  });

  it('places out-of-order points in time order: totals add up, rates read their latest moment', async () => {
    expect((await signed(body({ value: 30, at: `${day(-5)}T08:00:00Z` }))).status).toBe(201);
    expect((await signed(body({ value: 5, at: `${day(-1)}T10:00:00Z`, source: 'ga4' }))).status).toBe(201);
    expect(await kpi('orders')).toMatchObject({ actual: 155, points: 3, sources: ['ga4', 'hubspot'] });
    // The later moment arrives first; the earlier one, received last, must not become the latest.
    expect((await signed(body({ kpi: 'open-rate', value: 31.5, at: `${day(-1)}T09:00:00Z`, source: 'mailchimp' }))).status).toBe(201);
    expect((await signed(body({ kpi: 'open-rate', value: 12, at: `${day(-3)}T09:00:00Z`, source: 'mailchimp' }))).status).toBe(201);
    expect(await kpi('open-rate')).toMatchObject({ actual: 31.5, points: 2, aggregation: 'ratio', lastAt: `${day(-1)}T09:00:00.000Z` });
  });

  it('refuses a wrong or missing signature with 401 and stores nothing', async () => {
    const before = pushedKeys().length;
    const raw = body({ value: 7, at: `${day(-2)}T10:00:00Z` });
    expect((await post(url, raw)).status).toBe(401);
    expect(await lastOutput()).toBe('signature-missing');
    expect((await post(url, raw, { 'x-campaign-signature': sign('not-the-secret', raw) })).status).toBe(401);
    expect(await lastOutput()).toBe('signature-mismatch');
    expect((await post(url, raw, { 'x-campaign-signature': 'sha256=abc' })).status).toBe(401);
    // Signed with the right secret, but over another body.
    expect((await post(url, raw, { 'x-campaign-signature': sign(secret, body({ value: 8 })) })).status).toBe(401);
    // Another campaign's secret cannot sign this campaign's points.
    const otherSecret = (await connector(CAMILLE.accountId, otherEpic)).data.secret;
    expect((await signed(raw, otherSecret)).status).toBe(401);
    // A campaign without a connector secret answers like a wrong signature.
    const unknown = JSON.stringify({ campaign: 'MKT-99999', kpi: 'orders', value: 1, at: `${day(-1)}T10:00:00Z`, source: 'hubspot' });
    expect((await signed(unknown)).status).toBe(401);
    expect(await lastOutput()).toBe('signature-mismatch');
    expect(pushedKeys()).toHaveLength(before);
    expect(pushedKeys(otherEpic)).toHaveLength(0);
  });

  it('refuses malformed bodies with 400 naming the field, unknown KPIs with 422, oversized bodies with 413', async () => {
    const before = pushedKeys().length;
    const notJson = '{"campaign": "' + epicKey + '", value: 3';
    const res = await signed(notJson);
    expect(res.status).toBe(400);
    expect(res.body.error?.field).toBe('body');
    expect(await lastOutput()).toBe('bad-body');
    // Each refused field has its own fixed output; a field a push may not carry is refused on the body.
    const cases: [Record<string, unknown>, string, string][] = [
      [{ value: 'ten' }, 'value', 'bad-value'],
      [{ value: undefined }, 'value', 'bad-value'],
      [{ at: 'yesterday' }, 'at', 'bad-at'],
      [{ at: `${day(5)}T10:00:00Z` }, 'at', 'bad-at'],
      [{ source: '' }, 'source', 'bad-source'],
      [{ kpi: 'Not A Slug' }, 'kpi', 'bad-kpi'],
      [{ extra: 1 }, 'body', 'unknown-field'],
    ];
    for (const [fields, field, outputKey] of cases) {
      const answer = await signed(body(fields));
      expect({ fields, status: answer.status, field: answer.body.error?.field, outputKey: await lastOutput() }).toEqual({
        fields,
        status: 400,
        field,
        outputKey,
      });
      expect(answer.body.error?.message.startsWith(`${field}: `)).toBe(true);
    }
    const unknownKpi = await signed(body({ kpi: 'roas' }));
    expect(unknownKpi.status).toBe(422);
    expect(unknownKpi.body.error).toMatchObject({ code: 'UNKNOWN_KPI', field: 'kpi' });
    const big = body({ source: 'hubspot', note: 'x'.repeat(9000) });
    const tooLarge = await signed(big);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'body' });
    expect(pushedKeys()).toHaveLength(before);
  });

  it('answers 404 for a validly signed point of a campaign whose record is gone, and stores nothing', async () => {
    const gone = (
      await createKpiCampaign(app.th, 'kpi-webtrigger-gone', [
        {
          kpiId: 'orders',
          name: 'Orders',
          unit: 'count',
          target: 10,
          direction: 'higher_is_better',
          windowStart: day(-9),
          windowEnd: day(20),
        },
      ])
    ).epicKey;
    const goneSecret = (await connector(CAMILLE.accountId, gone)).data.secret;
    expect(new KvsStore(app.th.host.db).delete('plain', `campaign:${gone}`)).toBe(true);
    const res = await signed(
      JSON.stringify({ campaign: gone, kpi: 'orders', value: 1, at: `${day(-1)}T10:00:00Z`, source: 'hubspot' }),
      goneSecret,
    );
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'NOT_FOUND', field: 'campaign' });
    expect(await lastOutput()).toBe('campaign-not-found');
    expect(pushedKeys(gone)).toHaveLength(0);
  });

  it('answers on the documented local URL too, and only to POST', async () => {
    const raw = body({ value: 1, at: `${day(-4)}T10:00:00Z`, source: 'meta-ads' });
    const res = await post(`${app.th.url}/local/webtriggers/kpi-actuals-webtrigger`, raw, { 'x-campaign-signature': sign(secret, raw) });
    expect(res.status).toBe(201);
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ ok: false, error: { code: 'METHOD_NOT_ALLOWED' } });
    expect((await fetch(`${app.th.url}/x1/00000000-0000-0000-0000-000000000000`, { method: 'POST', body: raw })).status).toBe(404);
  });

  it('stops accepting the old secret once the PM rotates it', async () => {
    const rotated = await connector(CAMILLE.accountId, epicKey, 'rotateKpiSecret');
    expect(rotated.ok).toBe(true);
    expect(rotated.data.secret).not.toBe(secret);
    const raw = body({ value: 2, at: `${day(-6)}T10:00:00Z` });
    expect((await signed(raw)).status).toBe(401);
    expect((await signed(raw, rotated.data.secret)).status).toBe(201);
    secret = rotated.data.secret;
  });
});
