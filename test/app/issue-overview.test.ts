import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE, INES, SAM } from '../../local/identity/demo-users';

/** The first app slice end to end through /local/invoke: real resolver, real @forge/api, emulated Jira. */
describe('getIssueOverview', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const call = async (accountId: string, issueKey: string, payload: unknown = {}): Promise<any> => {
    const res = await fetch(`${th.url}/local/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ moduleKey: 'campaign-panel', functionKey: 'getIssueOverview', payload, accountId, issueKey }),
    });
    return res.json();
  };

  it('shows the issue and the acting user, read as that user', async () => {
    const out = await call(CAMILLE.accountId, 'MKT-1');
    expect(out.ok).toBe(true);
    expect(out.result.ok).toBe(true);
    expect(out.result.data.issue).toMatchObject({ key: 'MKT-1', issueType: 'Epic' });
    expect(out.result.data.issue.summary).toMatch(/Black Friday/);
    expect(out.result.data.actingUser).toEqual({ accountId: CAMILLE.accountId, displayName: 'Camille Martin', locale: 'fr_FR' });
    const ines = await call(INES.accountId, 'MKT-1');
    expect(ines.result.data.actingUser.displayName).toBe('Inès Moreau');
  });

  it('tells a user without access that the issue is not visible, without leaking it', async () => {
    const out = await call(SAM.accountId, 'MKT-1');
    expect(out.result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Issue does not exist or you do not have permission to see it.' },
    });
  });

  it('rejects unknown payload fields naming them', async () => {
    const out = await call(CAMILLE.accountId, 'MKT-1', { accountId: SAM.accountId });
    expect(out.result.ok).toBe(false);
    expect(out.result.error.code).toBe('INVALID_INPUT');
    expect(out.result.error.message).toMatch(/accountId/);
  });
});
