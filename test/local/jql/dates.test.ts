/** Date functions and relative periods. CTX.now is Wednesday 2026-11-25 10:30 UTC (week starts on Sunday 22nd). */
import { search } from './fixtures';

const cases: [string, string[]][] = [
  ['created > -1d', ['OPS-2']],
  ['created >= -2w', ['MKT-10', 'MKT-11', 'OPS-2', 'WEB-5']],
  ['created > "-4h"', ['OPS-2']],
  ['created >= -30m', ['OPS-2']], // created 10:00 exactly: minute precision
  ['created > -29m', []],
  ['created >= "-1w 2d"', ['MKT-10', 'MKT-11', 'OPS-2', 'WEB-5']], // 9 days back: 2026-11-16 10:30
  ["created >= '-6d 19h'", ['MKT-10', 'MKT-11', 'OPS-2']], // 2026-11-18 15:30: WEB-5 (14:30) is out
  ['created < now()', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['created >= startOfDay()', ['OPS-2']],
  ['created >= STARTOFDAY()', ['OPS-2']],
  ['created >= startOfDay(-1d)', ['MKT-10', 'OPS-2']],
  ['created >= startOfWeek()', ['MKT-10', 'MKT-11', 'OPS-2']],
  ['created >= startOfMonth()', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['created >= startOfMonth(-1M) and created < startOfMonth()', ['OPS-1']],
  ['created < startOfYear()', []],
  ['updated >= endOfDay(-1d)', ['MKT-2', 'MKT-10', 'MKT-11', 'OPS-2']],
  ['duedate <= endOfWeek()', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'OPS-2']],
  ['duedate >= startOfWeek(1w) and duedate <= endOfWeek(1w)', ['MKT-11', 'OPS-1']],
  ['duedate >= startOfWeek("+1w") and duedate <= endOfWeek("+1w")', ['MKT-11', 'OPS-1']],
  ['duedate = startOfDay(1d)', ['OPS-2']],
  ['duedate = endOfDay(-5d)', ['MKT-2']],
  ['duedate = endOfDay()', ['MKT-3']],
  ['duedate > endOfMonth()', ['MKT-11', 'WEB-5']],
  ['duedate >= endOfMonth() and duedate <= endOfMonth(1M)', ['MKT-11', 'OPS-1', 'WEB-5']],
  // an offset smaller than the period moves the result: the 25th of this month
  ['duedate >= startOfMonth("+24d")', ['MKT-1', 'MKT-3', 'MKT-4', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5']],
  ['duedate <= endOfYear() and duedate >= startOfYear(-1y)', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5']],
  ['resolved >= startOfDay(-2d) and resolved <= endOfDay(-2d)', ['MKT-3']],
];

describe('JQL date functions and relative dates', () => {
  test.each(cases)('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });

  test('results follow ctx.now', () => {
    const later = { now: new Date('2026-12-02T12:00:00Z'), currentAccountId: 'acc-camille', userByName: () => undefined };
    expect(search('duedate < now() and statusCategory != done', later)).toEqual(['MKT-1', 'MKT-2', 'MKT-4', 'OPS-1', 'OPS-2']);
    expect(search('created >= startOfWeek()', later)).toEqual([]); // week of Sunday 2026-11-29
  });
});
