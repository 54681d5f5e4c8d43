/** ORDER BY: multi-key sorts, ties, empty values, the default order. */
import { ISSUES, compileOk, ordered } from './fixtures';

const ALL_BY_KEY = ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5', 'WEB-12'];

const cases: [string, string[]][] = [
  ['order by key', ALL_BY_KEY], // numeric on the number part: MKT-4 before MKT-10
  ['order by key desc', [...ALL_BY_KEY].reverse()],
  ['order by issuekey asc', ALL_BY_KEY],
  ['order by rank', ALL_BY_KEY],
  ['order by priority, key desc', [...ALL_BY_KEY].reverse()], // priority is accepted and ignored
  // tie on created (MKT-1 / MKT-4) is broken by key ASC
  ['project = MKT order by created desc', ['MKT-10', 'MKT-11', 'MKT-3', 'MKT-2', 'MKT-1', 'MKT-4']],
  ['project = MKT order by created asc', ['MKT-1', 'MKT-4', 'MKT-2', 'MKT-3', 'MKT-11', 'MKT-10']],
  // second key decides ties; empty due dates last
  ['order by duedate asc, key desc', ['MKT-2', 'MKT-3', 'OPS-2', 'MKT-4', 'MKT-1', 'OPS-1', 'MKT-11', 'WEB-5', 'WEB-12', 'MKT-10']],
  ['order by duedate desc', ['WEB-5', 'MKT-11', 'OPS-1', 'MKT-1', 'MKT-4', 'OPS-2', 'MKT-3', 'MKT-2', 'MKT-10', 'WEB-12']],
  ['order by updated desc', ['MKT-10', 'OPS-2', 'MKT-11', 'MKT-2', 'MKT-1', 'MKT-3', 'WEB-12', 'OPS-1', 'WEB-5', 'MKT-4']],
  // status: by category (To Do, In Progress, Done), then name
  ['order by status, summary', ['OPS-1', 'MKT-2', 'WEB-5', 'MKT-4', 'MKT-1', 'OPS-2', 'MKT-10', 'MKT-11', 'WEB-12', 'MKT-3']],
  ['statusCategory = done order by summary desc', ['MKT-3', 'WEB-12', 'MKT-11']],
  ['order by resolved desc', ['MKT-11', 'MKT-3', 'WEB-12', 'MKT-1', 'MKT-2', 'MKT-4', 'MKT-10', 'OPS-1', 'OPS-2', 'WEB-5']],
  ['order by "Planned cost" desc', ['MKT-1', 'WEB-5', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-12']],
  ['cf[10010] is not empty order by cf[10010]', ['MKT-2', 'WEB-5', 'MKT-1']],
  ['assignee is not empty order by assignee, key desc', ['OPS-1', 'MKT-3', 'MKT-1', 'MKT-11', 'MKT-2', 'WEB-5']],
  // no ORDER BY: created DESC, then key DESC
  ['project = MKT', ['MKT-10', 'MKT-11', 'MKT-3', 'MKT-2', 'MKT-4', 'MKT-1']],
];

describe('JQL ORDER BY', () => {
  test.each(cases)('%s', (jql, expected) => {
    expect(ordered(jql)).toEqual(expected);
  });

  test('compare is a consistent total order', () => {
    const compiled = compileOk('order by status, duedate desc');
    for (const a of ISSUES) {
      expect(compiled.compare(a, a)).toBe(0);
      for (const b of ISSUES) if (a !== b) expect(Math.sign(compiled.compare(a, b))).toBe(-Math.sign(compiled.compare(b, a)));
    }
  });
});
