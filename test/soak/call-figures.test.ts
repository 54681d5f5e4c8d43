import { callFigures } from './harness/call-figures';
import type { ExchangeLine } from '../../local/server/exchange-log';

const line = (t: number, h: string, s: number, extra: Partial<ExchangeLine> = {}): ExchangeLine => ({
  t,
  m: 'GET',
  p: '/rest/api/3/issue/{issueIdOrKey}',
  s,
  h,
  c: 'app',
  ...extra,
});

describe('soak call figures from the exchange log', () => {
  it('counts a retry only for the same request sent again after a refusal of it, within the window', () => {
    const lines = [
      line(1_000, 'a', 429, { rr: 'jira-burst-based' }),
      line(3_000, 'a', 200), // retry of a
      line(3_500, 'a', 200), // a plain repeat: no refusal left to retry
      line(4_000, 'b', 503),
      line(5_000, 'c', 200), // another request: not a retry
      line(6_000, 'b', 429, { rr: 'jira-quota-global-based' }), // retry of b, refused again
      line(60_000, 'b', 200), // too late to be that retry
      line(61_000, 'd', 200, { c: 'script' }), // scripts are not the app
      line(62_000, 'e', 200, { ie: 3 }),
    ];
    expect(callFigures(lines, 0, 100_000)).toEqual({
      calls: 8,
      refused429: 2,
      refused503: 1,
      byReason: { 'jira-burst-based': 1, 'jira-quota-global-based': 1 },
      issueErrors: 3,
      retries: 2,
      answered: 5,
    });
  });

  it('keeps to its time window', () => {
    expect(callFigures([line(1, 'a', 200), line(5, 'b', 200), line(9, 'c', 200)], 2, 8).calls).toBe(1);
  });
});
