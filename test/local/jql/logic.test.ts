/** AND / OR / NOT precedence, parentheses, keyword case and quoting. */
import { search } from './fixtures';

const cases: [string, string[]][] = [
  // AND binds tighter than OR
  ['project = OPS or project = WEB and status = Done', ['OPS-1', 'OPS-2', 'WEB-12']],
  ['(project = OPS or project = WEB) and status = Done', ['WEB-12']],
  ['((project = OPS)) or ((key = WEB-5))', ['OPS-1', 'OPS-2', 'WEB-5']],
  // NOT binds tighter than AND
  ['not status = Done and project = MKT', ['MKT-1', 'MKT-2', 'MKT-4', 'MKT-10']],
  ['not (status = Done and project = MKT)', ['MKT-1', 'MKT-2', 'MKT-4', 'MKT-10', 'OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['not (project = MKT or project = OPS)', ['WEB-5', 'WEB-12']],
  ['not not status = Done', ['MKT-3', 'MKT-11', 'WEB-12']],
  ['!(status = Done)', ['MKT-1', 'MKT-2', 'MKT-4', 'MKT-10', 'OPS-1', 'OPS-2', 'WEB-5']],
  // As in Jira, NOT a = b is a != b: it does not match issues where the field is empty
  ['! (labels = q4)', ['MKT-2', 'MKT-11', 'OPS-1']],
  ['not assignee = currentUser()', ['MKT-2', 'MKT-11', 'OPS-1', 'WEB-5']],
  ['not assignee is empty', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-11', 'OPS-1', 'WEB-5']],
  ['not duedate < "2026-11-27"', ['MKT-1', 'MKT-4', 'MKT-11', 'OPS-1', 'WEB-5']],
  ['not summary ~ landing', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'OPS-1', 'OPS-2']],
  ['not labels in (q4, web)', ['MKT-2', 'OPS-1']],
  ['status = Done and (labels = web or labels is empty) and not type = Story', ['MKT-3', 'MKT-11']],
  // &&, ||, keywords in any case
  ['project = WEB && status = Done || key = OPS-1', ['OPS-1', 'WEB-12']],
  ['project = WEB & status = Done | key = OPS-1', ['OPS-1', 'WEB-12']],
  ['PROJECT = web AnD STATUS IN (done) Order By KEY', ['WEB-12']],
  ['labels Is Not Empty aNd assignee NOT IN (acc-dana) and labels IS NOT null', ['MKT-1', 'OPS-1', 'WEB-5']],
  // quoting and escapes
  ["summary ~ 'Black Friday'", ['MKT-1']],
  ['status = "In\\u0020Progress"', ['MKT-1', 'OPS-2']],
  ["status = 'In Review'", ['MKT-10']],
  ['labels = "q\\"4"', []],
  ['"status" = Done and "Issue Type" = Bug', ['MKT-11']],
  ['"Due date" = 2026-11-27', ['MKT-1', 'MKT-4']],
  // whitespace and new lines
  ['  project = MKT\n AND\tstatus = Done  ', ['MKT-3', 'MKT-11']],
  ['project=MKT and status!=Done and labels!=q4', ['MKT-2']],
];

describe('JQL logic and syntax', () => {
  test.each(cases)('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });
});
