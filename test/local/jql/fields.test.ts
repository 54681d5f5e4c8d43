/** Each system field with each operator it supports, against the ten fixture issues. */
import { CTX, search } from './fixtures';

const MKT = ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11'];

const cases: [string, string[]][] = [
  // project: keys compare case-insensitively
  ['project = MKT', MKT],
  ['project = mkt', MKT],
  ['project != MKT', ['OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['project in (OPS, web)', ['OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['project not in (MKT, OPS)', ['WEB-5', 'WEB-12']],
  ['project is empty', []],
  // key / issuekey / id
  ['key = MKT-10', ['MKT-10']],
  ['issuekey = mkt-10', ['MKT-10']],
  ['id = 20002', ['OPS-2']],
  ['key in (MKT-1, WEB-12, 20001)', ['MKT-1', 'OPS-1', 'WEB-12']],
  ['key != MKT-1 and project = MKT', ['MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11']],
  ['key not in (MKT-1, MKT-2, MKT-3, MKT-4, MKT-10, MKT-11)', ['OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['key > MKT-3', ['MKT-4', 'MKT-10', 'MKT-11']], // numeric, not "MKT-10" < "MKT-3"
  ['key <= MKT-2', ['MKT-1', 'MKT-2']],
  // parent (stored 'mkt-1' on MKT-3 still matches)
  ['parent = MKT-1', ['MKT-2', 'MKT-3']],
  ['parent in (OPS-1)', ['OPS-2']],
  ['parent is empty', ['MKT-1', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'WEB-5', 'WEB-12']],
  ['parent != MKT-1', ['OPS-2']], // != never matches an empty field
  // issuetype / type
  ['issuetype = Story', ['WEB-5', 'WEB-12']],
  ['type = bug', ['MKT-11']],
  ['issuetype in (Epic, "Sub-task")', ['MKT-1', 'OPS-2']],
  ['issuetype != Task', ['MKT-1', 'MKT-11', 'OPS-2', 'WEB-5', 'WEB-12']],
  // status
  ['status = "In Progress"', ['MKT-1', 'OPS-2']],
  ["status = 'to do'", ['MKT-2', 'MKT-4', 'OPS-1', 'WEB-5']],
  ['status in (Done, "In Review")', ['MKT-3', 'MKT-10', 'MKT-11', 'WEB-12']],
  ['status != Done', ['MKT-1', 'MKT-2', 'MKT-4', 'MKT-10', 'OPS-1', 'OPS-2', 'WEB-5']],
  ['status not in ("To Do", Done)', ['MKT-1', 'MKT-10', 'OPS-2']],
  // statusCategory: names and keys
  ['statusCategory = "In Progress"', ['MKT-1', 'MKT-10', 'OPS-2']],
  ['statusCategory = indeterminate', ['MKT-1', 'MKT-10', 'OPS-2']],
  ['statuscategory in ("To Do", done)', ['MKT-2', 'MKT-3', 'MKT-4', 'MKT-11', 'OPS-1', 'WEB-5', 'WEB-12']],
  ['statusCategory != new', ['MKT-1', 'MKT-3', 'MKT-10', 'MKT-11', 'OPS-2', 'WEB-12']],
  ['statusCategory = 3', ['MKT-3', 'MKT-11', 'WEB-12']],
  // labels: multi-valued, case-insensitive
  ['labels = q4', ['MKT-1', 'MKT-10', 'WEB-5']],
  ['labels in (design, finance)', ['MKT-2', 'OPS-1']],
  ['labels != q4', ['MKT-2', 'MKT-11', 'OPS-1']],
  ['labels not in (q4, web)', ['MKT-2', 'OPS-1']],
  ['labels is empty', ['MKT-3', 'MKT-4', 'OPS-2', 'WEB-12']],
  ['labels = EMPTY', ['MKT-3', 'MKT-4', 'OPS-2', 'WEB-12']],
  ['labels is not empty', ['MKT-1', 'MKT-2', 'MKT-10', 'MKT-11', 'OPS-1', 'WEB-5']],
  ['labels != NULL', ['MKT-1', 'MKT-2', 'MKT-10', 'MKT-11', 'OPS-1', 'WEB-5']],
  ['labels in (EMPTY, web)', ['MKT-3', 'MKT-4', 'MKT-11', 'OPS-2', 'WEB-12']],
  ['labels not in (EMPTY, q4)', ['MKT-2', 'MKT-11', 'OPS-1']],
  // assignee / reporter: currentUser(), accountId, email, display name
  ['assignee = currentUser()', ['MKT-1', 'MKT-3']],
  ['assignee = acc-dana', ['MKT-2', 'MKT-11']],
  ['assignee = "camille.martin@demo.local"', ['MKT-1', 'MKT-3']],
  ['assignee = camille.martin@demo.local', ['MKT-1', 'MKT-3']],
  ['assignee in ("Camille Martin", "bob@demo.local")', ['MKT-1', 'MKT-3', 'OPS-1']],
  ['assignee is empty', ['MKT-4', 'MKT-10', 'OPS-2', 'WEB-12']],
  ['assignee != currentUser()', ['MKT-2', 'MKT-11', 'OPS-1', 'WEB-5']],
  ['assignee not in (acc-dana, acc-bob)', ['MKT-1', 'MKT-3', 'WEB-5']],
  ['assignee = nobody@demo.local', []],
  ['reporter = acc-bob', ['MKT-1', 'MKT-4', 'MKT-10']],
  ['reporter = currentUser()', ['MKT-2', 'OPS-2']],
  ['reporter is not empty', ['MKT-1', 'MKT-2', 'MKT-4', 'MKT-10', 'OPS-2']],
  // duedate: compared by day
  ['duedate = 2026-11-27', ['MKT-1', 'MKT-4']],
  ['due = "2026/11/27"', ['MKT-1', 'MKT-4']],
  ['duedate = "2026-11-27 14:00"', ['MKT-1', 'MKT-4']],
  ['duedate < now()', ['MKT-2']], // due today is not "before now" by day
  ['duedate <= now()', ['MKT-2', 'MKT-3']],
  ['duedate > "2026-11-27"', ['MKT-11', 'OPS-1', 'WEB-5']],
  ['duedate >= 2026-11-27 and duedate <= "2026-11-30"', ['MKT-1', 'MKT-4', 'OPS-1']],
  ['duedate is empty', ['MKT-10', 'WEB-12']],
  ['duedate != 2026-11-27', ['MKT-2', 'MKT-3', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5']],
  ['duedate in (2026-11-20, "2026-11-26")', ['MKT-2', 'OPS-2']],
  ['duedate < 2d', ['MKT-2', 'MKT-3', 'OPS-2']],
  // created / updated / resolved: datetimes (a bare date is 00:00 UTC)
  ['created >= "2026-11-24"', ['MKT-10', 'OPS-2']],
  ['created = "2026-11-22"', ['MKT-11']],
  ['created = "2026-11-01 09:00"', ['MKT-1', 'MKT-4']],
  ['created < "2026-11-01"', ['OPS-1']],
  ['created != "2026-11-01 09:00" and project = MKT', ['MKT-2', 'MKT-3', 'MKT-10', 'MKT-11']],
  ['updated > startOfDay()', ['MKT-2', 'MKT-10', 'MKT-11', 'OPS-2']],
  ['updated < "2026-11-20 12:00"', ['MKT-4', 'OPS-1', 'WEB-5']],
  ['resolved is empty', ['MKT-1', 'MKT-2', 'MKT-4', 'MKT-10', 'OPS-1', 'OPS-2', 'WEB-5']],
  ['resolutiondate >= startOfWeek()', ['MKT-3', 'MKT-11']],
  ['resolved <= "2026-11-20 17:45"', ['WEB-12']],
  ['resolved > "2026/11/20 17:45"', ['MKT-3', 'MKT-11']],
  // summary and text: case-insensitive contains
  ['summary ~ landing', ['MKT-11', 'WEB-5', 'WEB-12']],
  ['summary ~ "LANDING page"', ['MKT-11', 'WEB-5', 'WEB-12']],
  ['summary ~ "\\"landing page\\""', ['WEB-5', 'WEB-12']], // phrase: "landing-page" does not count
  ['summary !~ landing', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'OPS-1', 'OPS-2']],
  ['summary ~ "l?nding"', ['MKT-11', 'WEB-5', 'WEB-12']],
  ['summary ~ "camp*"', ['MKT-1']],
  ['summary ~ "A/B test"', ['WEB-12']],
  ['summary is not empty', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['text ~ newsletter', ['MKT-3']],
  ['text ~ "reviewed legal"', ['MKT-3']], // from a text custom field
];

describe('JQL fields × operators', () => {
  test.each(cases)('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });

  test('currentUser() matches nothing for an anonymous caller', () => {
    const anonymous = { ...CTX, currentAccountId: undefined };
    expect(search('assignee = currentUser()', anonymous)).toEqual([]);
    // ... and != still only returns assigned issues
    expect(search('assignee != currentUser()', anonymous)).toEqual(['MKT-1', 'MKT-2', 'MKT-3', 'MKT-11', 'OPS-1', 'WEB-5']);
  });
});
