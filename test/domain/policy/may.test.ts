import {
  CAMPAIGN_ACTIONS,
  campaignAbilities,
  may,
  partiesOf,
  PROJECT_ACTIONS,
  roleOf,
  type Actor,
  type ProjectGrants,
} from '../../../src/domain/policy';
import { must } from '../../support/must';

const NONE: ProjectGrants = { browse: false, createIssues: false, editIssues: false, administer: false };
const VIEW: ProjectGrants = { ...NONE, browse: true };
const WORK: ProjectGrants = { ...VIEW, createIssues: true, editIssues: true };
const ADMIN: ProjectGrants = { ...WORK, administer: true };

/** The demo site's people on project MKT, as Jira grants them. */
const people: Record<string, Actor> = {
  pm: { accountId: 'camille', grants: WORK },
  admin: { accountId: 'other-admin', grants: ADMIN },
  approver: { accountId: 'lea', grants: WORK },
  approverViewer: { accountId: 'alex', grants: VIEW },
  designer: { accountId: 'noah', grants: WORK },
  viewer: { accountId: 'ines', grants: VIEW },
  outsider: { accountId: 'sam', grants: NONE },
};
const campaign = partiesOf({
  createdBy: 'camille',
  plan: { gates: [{ approverAccountIds: ['lea', 'alex'] }, { approverAccountIds: ['lea'] }] },
});

/** Expected answer per action and person: Y allowed, F forbidden, N not found. */
const EXPECTED: Record<string, Record<keyof typeof people, 'Y' | 'F' | 'N'>> = {
  'templates.view': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'Y', designer: 'Y', viewer: 'Y', outsider: 'N' },
  'campaigns.list': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'Y', designer: 'Y', viewer: 'Y', outsider: 'N' },
  'templates.edit': { pm: 'F', admin: 'Y', approver: 'F', approverViewer: 'F', designer: 'F', viewer: 'F', outsider: 'N' },
  'roles.edit': { pm: 'F', admin: 'Y', approver: 'F', approverViewer: 'F', designer: 'F', viewer: 'F', outsider: 'N' },
  'campaign.plan': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'F', designer: 'Y', viewer: 'F', outsider: 'N' },
  'breakdown.create': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'F', designer: 'Y', viewer: 'F', outsider: 'N' },
  'campaign.view': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'Y', designer: 'Y', viewer: 'Y', outsider: 'N' },
  'campaign.replan': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'F', designer: 'Y', viewer: 'F', outsider: 'N' },
  'campaign.applyBrief': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'F', designer: 'Y', viewer: 'F', outsider: 'N' },
  'kpi.manage': { pm: 'Y', admin: 'Y', approver: 'F', approverViewer: 'F', designer: 'F', viewer: 'F', outsider: 'N' },
  'report.publish': { pm: 'Y', admin: 'Y', approver: 'F', approverViewer: 'F', designer: 'F', viewer: 'F', outsider: 'N' },
  'signoff.export': { pm: 'Y', admin: 'Y', approver: 'Y', approverViewer: 'Y', designer: 'F', viewer: 'F', outsider: 'N' },
  'risk.manage': { pm: 'Y', admin: 'Y', approver: 'F', approverViewer: 'F', designer: 'F', viewer: 'F', outsider: 'N' },
};

const symbol = (d: ReturnType<typeof may>): 'Y' | 'F' | 'N' => (d.allowed ? 'Y' : d.code === 'FORBIDDEN' ? 'F' : 'N');

describe('may(actor, action, campaign): one policy', () => {
  it('has an expectation for every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PROJECT_ACTIONS, ...CAMPAIGN_ACTIONS].sort());
  });

  it.each(Object.keys(people))('decides every action for %s as the table says', (who) => {
    const actor = must(people[who], `the actor ${who}`);
    const got = Object.fromEntries([
      ...PROJECT_ACTIONS.map((a) => [a, symbol(may(actor, a))]),
      ...CAMPAIGN_ACTIONS.map((a) => [a, symbol(may(actor, a, campaign))]),
    ]);
    const want = Object.fromEntries(Object.entries(EXPECTED).map(([a, row]) => [a, row[who]]));
    expect(got).toEqual(want);
  });

  it('names the role and the reason of a refusal, for the UI to show up front', () => {
    expect(may(people.viewer!, 'kpi.manage', campaign)).toEqual({
      allowed: false,
      code: 'FORBIDDEN',
      reason: 'pm_or_admin_only',
      action: 'kpi.manage',
      role: 'viewer',
    });
    expect(may(people.outsider!, 'campaign.view', campaign)).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'cannot_browse',
      role: 'outsider',
    });
    expect(may(people.designer!, 'templates.edit')).toMatchObject({ reason: 'needs_project_admin', role: 'editor' });
  });

  it('gives the strongest role: the PM who is also an admin acts as PM; an approver with admin rights as admin', () => {
    expect(roleOf({ accountId: 'camille', grants: ADMIN }, campaign)).toBe('pm');
    expect(roleOf({ accountId: 'lea', grants: ADMIN }, campaign)).toBe('project_admin');
    expect(may({ accountId: 'lea', grants: ADMIN }, 'signoff.export', campaign)).toEqual({ allowed: true, as: 'project_admin' });
  });

  it('lists a campaign’s abilities in one call', () => {
    const abilities = campaignAbilities(people.approver!, campaign);
    expect(Object.keys(abilities).sort()).toEqual([...CAMPAIGN_ACTIONS].sort());
    expect(abilities['signoff.export']).toEqual({ allowed: true, as: 'approver' });
    expect(abilities['report.publish'].allowed).toBe(false);
  });
});
