import { startTestHost, type TestHost } from '../support/host';
import { callResolver } from '../support/contract-call';
import { invokeOutsideContract } from '../support/invoke';
import { CAMILLE, INES, SAM } from '../../local/identity/demo-users';

/** The first app slice end to end through /local/invoke: real resolver, real @forge/api, emulated Jira. */
describe('getIssueOverview', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const overview = (accountId: string, issueKey: string) => callResolver(th, 'getIssueOverview', {}, { accountId, issueKey });

  it('shows the issue and the acting user, read as that user', async () => {
    const out = await overview(CAMILLE.accountId, 'MKT-1');
    expect(out.ok).toBe(true);
    expect(out.data.issue).toMatchObject({ key: 'MKT-1', issueType: 'Epic' });
    expect(out.data.issue.summary).toMatch(/Black Friday/);
    expect(out.data.actingUser).toEqual({ accountId: CAMILLE.accountId, displayName: 'Camille Martin', locale: 'fr_FR' });
    const ines = await overview(INES.accountId, 'MKT-1');
    expect(ines.data.actingUser.displayName).toBe('Inès Moreau');
  });

  it('tells a user without access that the issue is not visible, without leaking it', async () => {
    // No panel is shown to Sam on MKT-1 (the host makes no such context), so the payload names the issue.
    const out = await callResolver(th, 'getIssueOverview', { issueKey: 'MKT-1' }, { accountId: SAM.accountId });
    expect(out).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Issue does not exist or you do not have permission to see it.' },
    });
  });

  it('rejects unknown payload fields naming them', async () => {
    const out = await invokeOutsideContract(
      th,
      CAMILLE.accountId,
      'getIssueOverview',
      { accountId: SAM.accountId },
      { moduleKey: 'campaign-panel', issueKey: 'MKT-1' },
    );
    expect(out.ok).toBe(false);
    expect(out.error.code).toBe('INVALID_INPUT');
    expect(out.error.message).toMatch(/accountId/);
  });
});
