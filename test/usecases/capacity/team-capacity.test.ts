import { SetPersonCapacityPayload } from '../../../src/contracts/capacity';
import { getTeamCapacity } from '../../../src/usecases/capacity/get-team-capacity';
import { setPersonCapacity } from '../../../src/usecases/capacity/set-person-capacity';
import type { StoredCapacity } from '../../../src/usecases/ports/capacity-store';
import type { ProjectGrants } from '../../../src/domain/policy';
import { CAMILLE, fixedClock, GRANTS, grantsPort } from '../support/planner-ports';
import { problemMessage } from '../../../src/domain/zod-issues';
import { render } from '../../../src/wording/messages';

const HUGO = { accountId: 'acc-hugo', displayName: 'Hugo Bernard' };
const NOAH = { accountId: 'acc-noah', displayName: 'Noah Martin' };
const PEOPLE = [{ accountId: CAMILLE.accountId, displayName: 'Camille Durand' }, HUGO, NOAH];

function ports(grants: ProjectGrants, stored: StoredCapacity[] = []) {
  const saved: StoredCapacity[] = [];
  return {
    grants: grantsPort({ MKT: grants }),
    people: { list: async () => PEOPLE },
    capacities: {
      all: async () => [...stored, ...saved],
      get: async (id: string) => [...stored, ...saved].find((s) => s.accountId === id),
      save: async (s: StoredCapacity) => void saved.push(s),
    },
    clock: fixedClock('2026-12-03T10:00:00.000Z'),
    saved,
  };
}

const HALF_TIME: StoredCapacity = {
  accountId: HUGO.accountId,
  hoursPerWeek: 17.5,
  reservedPercent: 20,
  timeOff: [{ from: '2026-12-21', to: '2027-01-01' }],
  updatedAt: '2026-11-30T08:00:00.000Z',
  updatedBy: HUGO.accountId,
};

describe('getTeamCapacity (use case)', () => {
  it('shows everyone at 100 % until told otherwise, the acting user first, and what they may change', async () => {
    const out = await getTeamCapacity({ projectKey: 'MKT' }, { accountId: NOAH.accountId }, ports(GRANTS.viewer, [HALF_TIME]));
    expect(out.people.map((p) => [p.displayName, p.campaignPercent, p.isDefault, p.canEdit])).toEqual([
      ['Noah Martin', 100, true, true],
      ['Camille Durand', 100, true, false],
      ['Hugo Bernard', 40, false, false],
    ]);
    expect(out.people[2]).toMatchObject({ availabilityPercent: 50, hoursPerWeek: 17.5, reservedPercent: 20 });
    expect(out.canEditAll).toBe(false);
  });

  it('lets a project admin change everyone, and hides the project from someone who cannot see it', async () => {
    const admin = await getTeamCapacity({ projectKey: 'MKT' }, CAMILLE, ports(GRANTS.admin));
    expect(admin.people.every((p) => p.canEdit)).toBe(true);
    await expect(getTeamCapacity({ projectKey: 'MKT' }, CAMILLE, ports(GRANTS.outsider))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('setPersonCapacity (use case)', () => {
  const input = { availabilityPercent: 80, reservedPercent: 10, timeOff: [{ from: '2027-01-04', to: '2027-01-08' }] };

  it('saves a person’s own capacity whole, with time off merged and who changed it', async () => {
    const p = ports(GRANTS.viewer);
    const capacity = { ...input, timeOff: [{ from: '2027-01-06', to: '2027-01-12' }, ...input.timeOff] };
    const out = await setPersonCapacity({ projectKey: 'MKT', accountId: NOAH.accountId, capacity }, { accountId: NOAH.accountId }, p);
    expect(p.saved).toEqual([
      {
        accountId: NOAH.accountId,
        availabilityPercent: 80,
        reservedPercent: 10,
        timeOff: [{ from: '2027-01-04', to: '2027-01-12' }],
        updatedAt: '2026-12-03T10:00:00.000Z',
        updatedBy: NOAH.accountId,
      },
    ]);
    expect(out.person).toMatchObject({ campaignPercent: 72, isDefault: false, canEdit: true });
  });

  it('refuses someone else’s capacity to a non-admin, naming the field, and stores nothing', async () => {
    const p = ports(GRANTS.editor);
    await expect(
      setPersonCapacity({ projectKey: 'MKT', accountId: HUGO.accountId, capacity: input }, { accountId: NOAH.accountId }, p),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      field: 'accountId',
      message: 'Only the person and MKT project admins can change this person’s capacity.',
    });
    expect(p.saved).toEqual([]);
  });

  it('lets an admin set anyone’s, but not a person the site does not have', async () => {
    const p = ports(GRANTS.admin);
    await setPersonCapacity({ projectKey: 'MKT', accountId: HUGO.accountId, capacity: input }, CAMILLE, p);
    expect(p.saved.map((s) => [s.accountId, s.updatedBy])).toEqual([[HUGO.accountId, CAMILLE.accountId]]);
    await expect(setPersonCapacity({ projectKey: 'MKT', accountId: 'acc-ghost', capacity: input }, CAMILLE, p)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'accountId',
    });
  });
});

describe('SetPersonCapacityPayload (contract)', () => {
  const issues = (capacity: unknown) => {
    const parsed = SetPersonCapacityPayload.safeParse({ accountId: 'acc-noah', capacity });
    // As a person reads them: the wording module's problem after the field it names.
    return parsed.success ? [] : parsed.error.issues.map((i) => render('en', problemMessage(i, i.path.join('.'))));
  };

  it('names the field and the problem', () => {
    expect(issues({ reservedPercent: 0, timeOff: [] })).toEqual(['capacity.availabilityPercent: give availabilityPercent or hoursPerWeek']);
    expect(issues({ availabilityPercent: 80, hoursPerWeek: 28, reservedPercent: 0, timeOff: [] })).toEqual([
      'capacity.availabilityPercent: give availabilityPercent or hoursPerWeek, not both',
    ]);
    expect(issues({ availabilityPercent: 120, reservedPercent: 95, timeOff: [{ from: '2027-01-08', to: '2027-01-04' }] })).toEqual([
      'capacity.availabilityPercent: must be at most 100',
      'capacity.reservedPercent: must be at most 90',
      'capacity.timeOff.0.to: must not end before it starts',
    ]);
    expect(issues({ hoursPerWeek: 28, reservedPercent: 0, timeOff: [{ from: '2027-02-30', to: '2027-03-01' }] })).toEqual([
      'capacity.timeOff.0.from: is not a real calendar date',
    ]);
    expect(issues({ hoursPerWeek: 28, reservedPercent: 0, timeOff: [] })).toEqual([]);
  });
});
