/** Custom fields (by id, cf[], quoted name) and issue.property[key].path values. */
import { search } from './fixtures';

const cases: [string, string[]][] = [
  // numbers compare numerically
  ['cf[10010] > 1000', ['MKT-1', 'WEB-5']],
  ['customfield_10010 = 500', ['MKT-2']],
  ['"Planned cost" >= 3000.5', ['MKT-1', 'WEB-5']],
  ['"planned cost" < 1000', ['MKT-2']],
  ['cf[10010] in (500, 3000.5)', ['MKT-2', 'WEB-5']],
  ['cf[10010] != 500', ['MKT-1', 'WEB-5']],
  ['cf[10010] is empty', ['MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-12']],
  ['not cf[10010] > 1000', ['MKT-2']],
  // select options (objects / arrays of objects), case-insensitive
  ['"Channel" = email', ['MKT-1', 'WEB-12']],
  ['cf[10020] = Web', ['WEB-12']],
  ['cf[10020] != Web', ['MKT-1']],
  ['cf[10020] in (web, email)', ['MKT-1', 'WEB-12']],
  // ISO date values compare as dates against date operands
  ['"Launch date" > now()', ['OPS-2']],
  ['"launch date" < now()', ['WEB-5']],
  ['"launch date" = "2026/12/05"', ['OPS-2']],
  ['"launch date" <= 2026-11-20', ['WEB-5']],
  ['cf[10030] >= startOfWeek(1w)', ['OPS-2']],
  // text
  ['"Legal notes" ~ legal', ['MKT-3']],
  ['"Legal notes" !~ legal', []],
  ['"no such field" is empty', ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['"no such field" = x', []],
  // issue properties: numbers numerically, strings exactly, arrays elementwise
  ['issue.property[cc.meta].budget.planned > 1000', ['MKT-1']],
  ['issue.property[cc.meta].budget.planned <= 800', ['MKT-2', 'WEB-12']],
  ['issue.property[cc.meta].budget.planned > "600"', ['MKT-1', 'WEB-12']], // 'TBD' is not a number
  ['issue.property[cc.meta].budget.planned = TBD', ['OPS-1']],
  ['issue.property[cc.meta].budget.planned in (500, 800)', ['MKT-2', 'WEB-12']],
  ['issue.property[cc.meta].budget.currency = EUR', ['MKT-1']],
  ['issue.property[cc.meta].budget.currency = eur', []],
  ['issue.property[cc.meta].owner = team-a', ['MKT-1', 'OPS-1']],
  ['issue.property[cc.meta].owner != team-a', ['MKT-2', 'WEB-12']], // missing property: not "not equal"
  ['issue.property[cc.meta].owner in (team-b, Team-A)', ['MKT-2', 'WEB-12']],
  ['issue.property[cc.meta].owner > "team-a"', ['MKT-2']], // string order
  ['issue.property[cc.meta].owner ~ team', ['MKT-1', 'MKT-2', 'OPS-1', 'WEB-12']],
  ['issue.property[cc.meta].tags = hot', ['MKT-1']],
  ['issue.property[cc.meta].budget.currency is empty', ['MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5', 'WEB-12']],
  ['issue.property[cc.meta].budget.currency is not empty', ['MKT-1', 'MKT-2']],
  ['issue.property[cc.meta].missing.deep = 1', []],
  [
    'issue.property[cc.meta].missing.deep is empty',
    ['MKT-1', 'MKT-2', 'MKT-3', 'MKT-4', 'MKT-10', 'MKT-11', 'OPS-1', 'OPS-2', 'WEB-5', 'WEB-12'],
  ],
  ['issue.property["cc.flags"].approved = true', ['OPS-2']],
  ['issue.property[cc.meta] is not empty', ['MKT-1', 'MKT-2', 'OPS-1', 'WEB-12']],
  ['ISSUE.PROPERTY[cc.meta].owner = team-b', ['MKT-2']],
];

describe('JQL custom fields and issue properties', () => {
  test.each(cases)('%s', (jql, expected) => {
    expect(search(jql)).toEqual(expected);
  });
});
