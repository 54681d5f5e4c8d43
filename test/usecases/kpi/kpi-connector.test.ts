import { getKpiConnector } from '../../../src/usecases/kpi/get-kpi-connector';
import { rotateKpiSecret } from '../../../src/usecases/kpi/rotate-kpi-secret';
import { record } from '../../domain/metrics/fixtures';
import { ADMIN, EDITOR, fixedClock, grantsOf, OUTSIDER, recordsOf } from '../support/in-memory-ports';
import { memorySecrets } from './kpi-ports';

const PM = { accountId: 'acc-camille' };
const URL = 'https://example.test/x/kpi';
const portsFor = (grants: Parameters<typeof grantsOf>[0], secrets = memorySecrets()) => ({
  records: recordsOf(record()),
  grants: grantsOf(grants),
  secrets,
  pushUrl: { url: async () => URL },
  clock: fixedClock('2026-11-24T09:00:00.000Z'),
});

describe('getKpiConnector / rotateKpiSecret (use cases)', () => {
  it("shows the campaign's PM the URL, its KPIs and a secret made on first need, then the same one", async () => {
    const ports = portsFor(EDITOR);
    const first = await getKpiConnector({ epicKey: 'MKT-1' }, PM, ports);
    expect(first).toMatchObject({
      epicKey: 'MKT-1',
      url: URL,
      signatureHeader: 'x-campaign-signature',
      secretCreatedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(first.kpis.map((k) => k.kpiId)).toEqual(['leads', 'cpl']);
    expect(first.curlExample).toContain(first.secret);
    expect((await getKpiConnector({ epicKey: 'MKT-1' }, PM, ports)).secret).toBe(first.secret);
    expect(ports.grants.projects).toEqual(['MKT', 'MKT']);
  });

  it('rotates to a new secret for a project admin who is not the PM', async () => {
    const secrets = memorySecrets();
    const before = await getKpiConnector({ epicKey: 'MKT-1' }, PM, portsFor(EDITOR, secrets));
    const after = await rotateKpiSecret({ epicKey: 'MKT-1' }, { accountId: 'acc-admin' }, portsFor(ADMIN, secrets));
    expect(after.secret).not.toBe(before.secret);
    expect(secrets.store.get('MKT-1')?.secret).toBe(after.secret);
  });

  it('refuses an editor who is not the PM (FORBIDDEN) and makes no secret', async () => {
    const ports = portsFor(EDITOR);
    await expect(getKpiConnector({ epicKey: 'MKT-1' }, { accountId: 'acc-noah' }, ports)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'epicKey',
      message: expect.stringContaining("Only the campaign's PM and the project's admins"),
    });
    await expect(rotateKpiSecret({ epicKey: 'MKT-1' }, { accountId: 'acc-noah' }, ports)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(ports.secrets.store.size).toBe(0);
  });

  it('answers NOT_FOUND to someone who cannot browse the project, even its PM, and for an unknown epic', async () => {
    await expect(getKpiConnector({ epicKey: 'MKT-1' }, PM, portsFor(OUTSIDER))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'epicKey',
    });
    const ports = portsFor(ADMIN);
    await expect(getKpiConnector({ epicKey: 'MKT-99' }, PM, ports)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'epicKey' });
    expect(ports.grants.projects).toEqual([]);
  });
});
