import { CAMILLE } from '../../../local/identity/demo-users';
import { useAppTestHost } from '../../support/app-host';
import { invokeResolver } from '../../support/invoke';

/** Injected 429s/503s fall on the app's calls, never on the platform's own look-up of the issue a module sits on. */
describe('faults and the platform look-ups', () => {
  const app = useAppTestHost();
  afterEach(() => app.th.call(null, 'POST', '/local/faults', {}));

  it('still finds the issue when every app call is refused; the resolver answers TRY_AGAIN', async () => {
    await app.th.call(null, 'POST', '/local/faults', { rate429: 1, retryAfterSeconds: 0 });
    // A failed platform look-up would make the host refuse the invocation itself (invokeResolver throws then).
    const out = await invokeResolver(app.th, CAMILLE.accountId, 'getIssueOverview', {}, { moduleKey: 'campaign-panel', issueKey: 'MKT-1' });
    expect(out).toMatchObject({ ok: false, error: { code: 'TRY_AGAIN' } });
    const refused = app.th.exchanges.filter((x) => x.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((x) => x.caller === 'app')).toBe(true);
  });
});
