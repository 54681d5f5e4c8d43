import { ALEX, CAMILLE, DEMO_USERS, HUGO, LEA, NOAH, SOPHIE } from '../../../local/identity/demo-users';
import { roleFromText, suggestRoleAssignments } from '../../../src/domain/plan/roles';

describe('suggestRoleAssignments', () => {
  it('maps the demo site’s people to roles and leaves out viewers and outsiders', () => {
    expect(suggestRoleAssignments(DEMO_USERS)).toEqual({
      pm: [CAMILLE.accountId],
      legal: [LEA.accountId],
      brand: [HUGO.accountId],
      leadership: [SOPHIE.accountId],
      partner: [ALEX.accountId],
      designer: [NOAH.accountId],
    });
  });

  it('keeps people in the given order and never lists someone twice', () => {
    const people = [
      { accountId: 'b', displayName: 'B', role: 'Brand manager' },
      { accountId: 'a', displayName: 'A', role: 'Brand approver' },
      { accountId: 'b', displayName: 'B', role: 'Brand manager' },
    ];
    expect(suggestRoleAssignments(people)).toEqual({ brand: ['b', 'a'] });
  });

  it.each([
    ['Marketing PM', 'pm'],
    ['Chef de projet marketing', 'pm'],
    ['Legal approver', 'legal'],
    ['Juriste', 'legal'],
    ['Privacy counsel', 'legal'],
    ['External partner approver', 'partner'],
    ['Brand approver', 'brand'],
    ['Responsable de marque', 'brand'],
    ['Leadership approver', 'leadership'],
    ['CFO', 'finance'],
    ['Finance business partner', 'finance'],
    ['Designer', 'designer'],
    ['Graphiste', 'designer'],
    ['Copywriter', 'copywriter'],
    ['Paid media buyer', 'media_buyer'],
    ['Email specialist', 'email_specialist'],
    ['Social media manager', 'social_manager'],
    ['Web developer', 'web_developer'],
    ['Events manager', 'events_manager'],
    ['PR manager', 'pr_manager'],
    ['Sales enablement', 'sales_enablement'],
    ['Marketing analyst', 'analyst'],
    ['Read-only viewer', undefined],
    ['No access to MKT', undefined],
    ['Astronaut', undefined],
  ])('“%s” → %s', (text, role) => {
    expect(roleFromText(text)).toBe(role);
  });
});
