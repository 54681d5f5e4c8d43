/** Invalid queries: each message must name the problem (and, for syntax errors, where it is). */
import { compileJql } from '../../../local/jira/jql';
import { errorOf } from './fixtures';

const cases: [string, string[]][] = [
  ['project foo MKT', ["Error in the JQL Query: Expecting operator but got 'foo'.", "'IS NOT'", '(line 1, character 9)']],
  ['project', ['Expecting operator before the end of the query', '(line 1, character 8)']],
  ['project = MKT foo', ["Expecting either 'OR' or 'AND' but got 'foo'.", '(line 1, character 15)']],
  ['project = MKT and', ['Expecting a field name before the end of the query']],
  ['AND status = Done', ["Expecting a field name but got 'AND'", '(line 1, character 1)']],
  ['status =', ['Expecting either a value, list or function before the end of the query']],
  ['status = In Progress', ["got 'In'", 'quotation marks', '(line 1, character 10)']],
  ['project = MKT\nand status Done', ["Expecting operator but got 'Done'", '(line 2, character 12)']],
  ['nosuchfield = 1', ["Field 'nosuchfield' does not exist or you do not have permission to view it."]],
  ['duedate = tomorrow', ["Date value 'tomorrow' for field 'duedate' is invalid.", 'yyyy-MM-dd']],
  ['created > "2026-02-30"', ["Date value '2026-02-30' for field 'created' is invalid."]],
  ['created > yesterday()', ["Unable to find JQL function 'yesterday()'."]],
  ['status = nope()', ["Unable to find JQL function 'nope()'."]],
  ['(status = Done', ['Unbalanced parentheses', "expecting ')' before the end of the query", '(line 1, character 15)']],
  ['status = Done)', ['Unbalanced parentheses', "')' has no matching '('", '(line 1, character 14)']],
  ['status in (Done, "To Do"', ['Unbalanced parentheses']],
  ['summary ~ "launch', ["The quoted string 'launch' has not been completed.", '(line 1, character 11)']],
  ["summary ~ 'launch", ["The quoted string 'launch' has not been completed."]],
  ['summary ~ "a\\x"', ["'\\x' is an illegal JQL escape sequence"]],
  ['status = Done # later', ["The character '#' is a reserved JQL character", '(line 1, character 15)']],
  ['summary = launch', ["The operator '=' is not supported by the 'summary' field."]],
  ['labels > q4', ["The operator '>' is not supported by the 'labels' field."]],
  ['status ~ Done', ["The operator '~' is not supported by the 'status' field."]],
  ['statusCategory = Blocked', ["The value 'Blocked' does not exist for the field 'statusCategory'."]],
  ['key = MKT', ["The issue key 'MKT' for field 'key' is invalid."]],
  ['assignee = now()', ["A value provided by the function 'now' is invalid for the field 'assignee'."]],
  ['created > currentUser()', ["A value provided by the function 'currentUser' is invalid for the field 'created'."]],
  ['created > startOfDay(1x)', ["Duration for function 'startOfDay'", "'1x'"]],
  ['created > startOfDay(-1d, 2)', ["Function 'startOfDay' expected between '0' and '1' arguments but received '2'."]],
  ['created > now(1d)', ["Function 'now' expected '0' arguments but received '1'."]],
  ['status in Done', ["The operator 'IN' requires a list of values"]],
  ['status = (Done, "To Do")', ["The operator '=' does not support a list of values"]],
  ['assignee is currentUser()', ["The operator 'IS' only supports EMPTY or NULL."]],
  ['duedate > EMPTY', ["The operator '>' does not support the value EMPTY."]],
  ['status was Done', ["The history operator 'WAS' is not supported"]],
  ['summary ~ ""', ["The field 'summary' does not support searching for an empty string."]],
  ['cf[abc] = 1', ["Expecting a custom field id (a number) in cf[...] but got 'abc'."]],
  ['priority = High', ["Searching on the field 'priority' is not supported"]],
  ['order by', ['Expecting a field name before the end of the query']],
  ['order by labels', ["Field 'labels' does not support sorting."]],
  ['order by nosuch', ["Field 'nosuch' does not exist"]],
  ['project = MKT order by key foo', ["Expecting ',' or the end of the query after ORDER BY but got 'foo'."]],
  ['issue.property[cc.meta]..x = 1', ["The property path '..x' is invalid."]],
];

describe('JQL errors', () => {
  test.each(cases)('%s', (jql, fragments) => {
    const message = errorOf(jql);
    for (const f of fragments) expect(message).toContain(f);
  });
});

describe('bounded', () => {
  test.each([
    ['', false],
    ['   ', false],
    ['order by key desc', false],
    ['ORDER BY created DESC, key', false],
    ['project = MKT', true],
    ['project = MKT order by key', true],
    ['project is not empty', true],
    ['(assignee = currentUser())', true],
  ])('%j → %s', (jql, bounded) => {
    const compiled = compileJql(jql);
    expect(compiled).toMatchObject({ ok: true, bounded });
  });

  test('an unbounded query matches every issue', () => {
    const compiled = compileJql('order by key');
    if (!compiled.ok) throw new Error(compiled.message);
    expect(compiled.matches({} as never, { now: new Date(), userByName: () => undefined })).toBe(true);
  });
});
