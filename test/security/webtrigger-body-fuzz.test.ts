import { createHash } from 'node:crypto';
import { addDays, format } from 'date-fns';
import fc from 'fast-check';
import { CAMILLE } from '../../local/identity/demo-users';
import { useAppTestHost } from '../support/app-host';
import { invokeResolver } from '../support/invoke';
import { createKpiCampaign, post, sign } from '../app/kpi/kpi-fixture';

/**
 * Hostile bodies on the KPI webtrigger, correctly signed with the campaign's secret (so only validation can refuse
 * them): garbage bytes, JSON that is not an object, each field missing or of the wrong type. Every one is answered
 * 400 naming the field (the web trigger is static: each field has its own fixed output in manifest.yml), with no
 * internals in the message, and nothing is stored; unsigned garbage is a 401.
 */
const day = (offset: number): string => format(addDays(new Date(), offset), 'yyyy-MM-dd');

describe('hostile webtrigger bodies', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let url: string;
  let secret: string;
  const fingerprint = (): string =>
    createHash('sha256')
      .update(JSON.stringify(app.th.host.db.prepare('SELECT * FROM kvs_items ORDER BY 1, 2').all()))
      .digest('hex');

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
    ];
    epicKey = (await createKpiCampaign(app.th, 'kpi-fuzz', kpis)).epicKey;
    const connector = await invokeResolver(
      app.th,
      CAMILLE.accountId,
      'getKpiConnector',
      { epicKey },
      { moduleKey: 'campaign-panel', issueKey: epicKey },
    );
    ({ url, secret } = connector.data);
  });

  const valid = (): Record<string, unknown> => ({
    campaign: epicKey,
    kpi: 'orders',
    value: 10,
    at: `${day(-1)}T10:00:00Z`,
    source: 'hubspot',
  });
  const FIELDS = ['campaign', 'kpi', 'value', 'at', 'source'] as const;
  const wrongType = (field: string): fc.Arbitrary<unknown> =>
    field === 'value'
      ? fc.oneof(
          fc.string({ maxLength: 10 }).filter((s) => Number.isNaN(Number(s)) || s.trim() === ''),
          fc.boolean(),
          fc.array(fc.integer(), { maxLength: 2 }),
          fc.constant(null),
        )
      : fc.oneof(
          fc.integer(),
          fc.boolean(),
          fc.array(fc.string(), { maxLength: 2 }),
          fc.constant(null),
          fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
        );

  /** A signed body that validation must refuse, and the field the answer must name. */
  const hostile: fc.Arbitrary<{ raw: string; field: string }> = fc.oneof(
    fc
      .string({ maxLength: 200 })
      .filter((s) => {
        try {
          JSON.parse(s);
          return false;
        } catch {
          return true;
        }
      })
      .map((raw) => ({ raw, field: 'body' })),
    fc
      .oneof(fc.integer(), fc.string(), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.constant(null))
      .map((v) => ({ raw: JSON.stringify(v), field: 'body' })),
    fc.constantFrom(...FIELDS).map((f) => {
      const { [f]: _gone, ...rest } = valid();
      return { raw: JSON.stringify(rest), field: f };
    }),
    fc.constantFrom(...FIELDS).chain((f) => wrongType(f).map((v) => ({ raw: JSON.stringify({ ...valid(), [f]: v }), field: f }))),
  );

  it('answers 400 naming the field to every malformed signed body, and stores nothing', async () => {
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(hostile, async ({ raw, field }) => {
        const res = await post(url, raw, { 'X-Campaign-Signature': sign(secret, raw) });
        // A body whose campaign field is broken cannot pick a secret: it is refused on `campaign` before the signature.
        expect(res.status).toBe(400);
        expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field });
        expect(res.body.error.message.startsWith(`${field}:`)).toBe(true);
        expect(JSON.stringify(res.body)).not.toMatch(/\n\s+at |node_modules|ZodError|\.ts:\d+/);
      }),
      { numRuns: 60, seed: 20261124 },
    );
    expect(fingerprint()).toBe(before);
  });

  it('answers 401 to the same bodies unsigned once they name a campaign, and stores nothing', async () => {
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const raw = JSON.stringify({ ...valid(), value });
        const res = await post(url, raw);
        expect(res.status).toBe(401);
      }),
      { numRuns: 20, seed: 7 },
    );
    expect(fingerprint()).toBe(before);
  });
});
