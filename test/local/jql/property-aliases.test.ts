/** Search aliases of indexed issue properties (`jira:entityProperty` `searchAlias`), as the app's manifest declares them. */
import { join } from 'node:path';
import { compileJql, type JqlIssueView } from '../../../local/jira/jql';
import { readPropertyAliases } from '../../../local/forge/install/install-entity-properties';
import { CTX } from './fixtures';

const issue = (key: string, targeting: unknown): JqlIssueView => ({
  id: key.replace(/\D/g, ''),
  key,
  projectKey: key.split('-')[0] ?? 'MKT',
  issueType: 'Epic',
  status: 'To Do',
  statusCategory: 'new',
  labels: ['campaign'],
  created: '2026-11-01T09:00:00.000Z',
  updated: '2026-11-01T09:00:00.000Z',
  summary: key,
  properties: targeting === undefined ? {} : { campaignTargeting: targeting },
  customFields: {},
});

const ISSUES = [
  issue('MKT-1', { audiences: ['existing-customers', 'prospects'], channels: ['email', 'sms'] }),
  issue('MKT-2', { audiences: ['prospects'], channels: ['paid-social'] }),
  issue('EVT-1', { audiences: ['event-attendees'], channels: ['email', 'event'] }),
  issue('EVT-2', undefined),
];

const aliases = new Map(
  readPropertyAliases(join(__dirname, '..', '..', '..')).map((a) => [
    a.alias.toLowerCase(),
    { key: a.propertyKey, path: a.path.split('.') },
  ]),
);

function search(jql: string, withAliases = true): string[] {
  const compiled = compileJql(jql, withAliases ? { propertyAliases: aliases } : {});
  if (!compiled.ok) throw new Error(compiled.message);
  return ISSUES.filter((i) => compiled.matches(i, CTX)).map((i) => i.key);
}

describe('JQL on the campaignTargeting property', () => {
  it('reads the aliases the manifest declares', () => {
    expect(aliases.get('campaignchannel')).toEqual({ key: 'campaignTargeting', path: ['channels'] });
    expect(aliases.get('campaignaudience')).toEqual({ key: 'campaignTargeting', path: ['audiences'] });
    // The older properties' aliases come from the same modules.
    expect(aliases.get('signoffstatus')).toEqual({ key: 'campaignSignoff', path: ['status'] });
  });

  it.each<[string, string[]]>([
    ['issue.property[campaignTargeting].channels = email', ['MKT-1', 'EVT-1']],
    ['issue.property[campaignTargeting].audiences = prospects', ['MKT-1', 'MKT-2']],
    ['campaignChannel = email', ['MKT-1', 'EVT-1']],
    ['campaignchannel = "paid-social"', ['MKT-2']],
    ['campaignChannel in (sms, event)', ['MKT-1', 'EVT-1']],
    ['campaignChannel != email', ['MKT-2']],
    ['campaignAudience = prospects AND campaignChannel = email', ['MKT-1']],
    ['campaignAudience is empty', ['EVT-2']],
    ['project = EVT AND campaignAudience = "event-attendees"', ['EVT-1']],
    // Property strings compare exactly, as Jira's index does.
    ['campaignChannel = Email', []],
  ])('%s', (jql, keys) => {
    expect(search(jql)).toEqual(keys);
  });

  it('knows only the aliases the app declares', () => {
    expect(() => search('campaignChannel = email', false)).toThrow(/campaignChannel/);
    expect(() => search('campaignTone = warm')).toThrow(/campaignTone/);
  });
});
