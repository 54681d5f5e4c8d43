import { startTestHost, type TestHost } from '../../support/host';
import { CAMILLE, INES, NOAH, SAM } from '../../../local/identity/demo-users';

let th: TestHost;
beforeAll(async () => {
  th = await startTestHost();
});
afterAll(() => th.close());

const have = async (email: string, query: string): Promise<Record<string, boolean>> => {
  const r = await th.call(email, 'GET', `/rest/api/3/mypermissions?${query}`);
  expect(r.status).toBe(200);
  return Object.fromEntries(
    Object.entries(r.body.permissions as Record<string, { havePermission: boolean }>).map(([k, v]) => [k, v.havePermission]),
  );
};

describe('GET /rest/api/3/mypermissions', () => {
  it('tells each demo role what it may do in MKT', async () => {
    const q = 'projectKey=MKT&permissions=BROWSE_PROJECTS,CREATE_ISSUES,ADMINISTER_PROJECTS';
    expect(await have(CAMILLE.email, q)).toEqual({ BROWSE_PROJECTS: true, CREATE_ISSUES: true, ADMINISTER_PROJECTS: true });
    expect(await have(NOAH.email, q)).toEqual({ BROWSE_PROJECTS: true, CREATE_ISSUES: true, ADMINISTER_PROJECTS: false });
    expect(await have(INES.email, q)).toEqual({ BROWSE_PROJECTS: true, CREATE_ISSUES: false, ADMINISTER_PROJECTS: false });
  });

  it('answers for an issue and without context', async () => {
    expect(await have(INES.email, 'issueKey=MKT-1&permissions=EDIT_ISSUES')).toEqual({ EDIT_ISSUES: false });
    expect(await have(SAM.email, 'permissions=BROWSE_PROJECTS')).toEqual({ BROWSE_PROJECTS: false });
  });

  it('answers the global ADMINISTER permission: the site administrator only, whatever the project', async () => {
    expect(await have(CAMILLE.email, 'permissions=ADMINISTER')).toEqual({ ADMINISTER: true });
    expect(await have(CAMILLE.email, 'projectKey=EVT&permissions=ADMINISTER,ADMINISTER_PROJECTS')).toEqual({
      ADMINISTER: true,
      ADMINISTER_PROJECTS: true,
    });
    expect(await have(NOAH.email, 'permissions=ADMINISTER')).toEqual({ ADMINISTER: false });
    expect(await have(SAM.email, 'permissions=ADMINISTER')).toEqual({ ADMINISTER: false });
    const r = await th.call(CAMILLE.email, 'GET', '/rest/api/3/mypermissions?permissions=ADMINISTER');
    expect(r.body.permissions.ADMINISTER).toMatchObject({ key: 'ADMINISTER', type: 'GLOBAL' });
  });

  it('hides projects and issues the caller cannot browse, and requires the permissions parameter', async () => {
    expect((await th.call(SAM.email, 'GET', '/rest/api/3/mypermissions?projectKey=MKT&permissions=BROWSE_PROJECTS')).status).toBe(404);
    expect((await th.call(SAM.email, 'GET', '/rest/api/3/mypermissions?issueKey=MKT-1&permissions=BROWSE_PROJECTS')).status).toBe(404);
    const missing = await th.call(CAMILLE.email, 'GET', '/rest/api/3/mypermissions?projectKey=MKT');
    expect(missing.status).toBe(400);
    expect(missing.body.errorMessages[0]).toMatch(/permissions/);
    expect((await th.call(CAMILLE.email, 'GET', '/rest/api/3/mypermissions?permissions=FLY')).status).toBe(404);
  });
});
