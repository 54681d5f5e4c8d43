import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, INES, SAM } from '../../../local/identity/demo-users';

let th: TestHost;
beforeAll(async () => {
  th = await startTestHost();
});
afterAll(() => th.close());

const CHECK = '/rest/api/3/permissions/check';
const browse = (projects?: number[]) => ({ projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], ...(projects ? { projects } : {}) }] });

describe('POST /rest/api/3/permissions/check', () => {
  it('lists the asked projects each user may browse, ignoring ids that are no project', async () => {
    const ines = await th.call(INES.email, 'POST', CHECK, browse([10000, 10001, 99999]));
    expect(ines.status).toBe(200);
    expect(ines.body).toEqual({
      globalPermissions: [],
      projectPermissions: [{ permission: 'BROWSE_PROJECTS', projects: [10000, 10001], issues: [] }],
    });
    const sam = await th.call(SAM.email, 'POST', CHECK, browse([10000, 10001]));
    expect(sam.body.projectPermissions[0].projects).toEqual([]);
  });

  it('answers every project when none is named, and per permission', async () => {
    const all = await th.call(CAMILLE.email, 'POST', CHECK, browse());
    expect(all.body.projectPermissions[0].projects).toEqual([10000, 10001]);
    const edit = await th.call(INES.email, 'POST', CHECK, { projectPermissions: [{ permissions: ['EDIT_ISSUES'], projects: [10000] }] });
    expect(edit.body.projectPermissions[0]).toMatchObject({ permission: 'EDIT_ISSUES', projects: [] });
  });

  it('refuses an unknown permission and another user’s permissions', async () => {
    const unknown = await th.call(CAMILLE.email, 'POST', CHECK, { projectPermissions: [{ permissions: ['FLY'], projects: [10000] }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual({ FLY: 'Unrecognized permission' });
    const other = await th.call(INES.email, 'POST', CHECK, { accountId: CAMILLE.accountId, ...browse([10000]) });
    expect(other.status).toBe(403);
  });
});
