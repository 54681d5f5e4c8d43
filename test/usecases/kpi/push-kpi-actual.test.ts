import { createHmac } from 'node:crypto';
import { pushKpiActual } from '../../../src/usecases/kpi/push-kpi-actual';
import { record } from '../../domain/metrics/fixtures';
import { fixedClock, recordsOf } from '../support/in-memory-ports';
import { memoryPushes, memorySecrets } from './kpi-ports';

const SECRET = 'ab'.repeat(32);
const sign = (body: string, secret = SECRET): string => `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
const portsWith = (records = recordsOf(record())) => ({
  secrets: memorySecrets({ 'MKT-1': { secret: SECRET, createdAt: '2026-11-01T00:00:00.000Z' } }),
  records,
  pushes: memoryPushes(),
  clock: fixedClock('2026-12-02T12:00:00.000Z'),
});
const push = (body: Record<string, unknown>, signature?: string) => {
  const rawBody = JSON.stringify(body);
  return { campaign: String(body['campaign']), rawBody, body, signature: signature ?? sign(rawBody) };
};
const POINT = { campaign: 'MKT-1', kpi: 'leads', value: 40, at: '2026-12-02T10:00:00Z', source: 'hubspot' };

describe('pushKpiActual (use case)', () => {
  it('stores a signed point once: stored, then duplicate, then conflict for another value', async () => {
    const ports = portsWith();
    expect(await pushKpiActual(push(POINT), ports)).toEqual({ kind: 'stored' });
    expect(await pushKpiActual(push(POINT), ports)).toEqual({ kind: 'duplicate' });
    expect(await pushKpiActual(push({ ...POINT, value: 41 }), ports)).toEqual({ kind: 'conflict' });
    expect([...ports.pushes.points.values()]).toEqual([
      expect.objectContaining({ kpiId: 'leads', value: 40, at: '2026-12-02T10:00:00.000Z' }),
    ]);
  });

  it('refuses a wrong signature, and a campaign without a secret the same way, before reading anything else', async () => {
    const ports = portsWith();
    expect(await pushKpiActual(push(POINT, sign(JSON.stringify(POINT), 'cd'.repeat(32))), ports)).toEqual({ kind: 'signature-mismatch' });
    expect(await pushKpiActual(push({ ...POINT, campaign: 'MKT-7' }), ports)).toEqual({ kind: 'signature-mismatch' });
    expect(ports.records.asked).toEqual([]);
    expect(ports.pushes.points.size).toBe(0);
  });

  it('names the refused field, or an unknown one', async () => {
    const ports = portsWith();
    expect(await pushKpiActual(push({ ...POINT, value: 'many' }), ports)).toEqual({ kind: 'bad-field', field: 'value' });
    expect(await pushKpiActual(push({ ...POINT, extra: 1 }), ports)).toMatchObject({ kind: 'bad-field', unknown: true });
  });

  it('answers a campaign gone and a KPI the campaign lacks, storing nothing', async () => {
    expect(await pushKpiActual(push(POINT), portsWith(recordsOf()))).toEqual({ kind: 'campaign-not-found' });
    const ports = portsWith();
    expect(await pushKpiActual(push({ ...POINT, kpi: 'orders' }), ports)).toEqual({ kind: 'unknown-kpi' });
    expect(ports.pushes.points.size).toBe(0);
  });
});
