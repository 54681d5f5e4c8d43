import { CAMILLE } from '../../../local/identity/demo-users';
import { invokeResolver } from '../../support/invoke';
import { startTestHost, type TestHost } from '../../support/host';

/**
 * The local dashboard: each jira:dashboardGadget module as a gadget whose configuration the host keeps (what the
 * edit view's `view.submit` sent), handed back in the gadget's context as `extension.gadgetConfiguration`.
 */
describe('local dashboard gadgets', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const context = async (extra: Record<string, string>) => {
    const res = await th.call(null, 'POST', '/local/bridge/context', {
      moduleKey: 'campaigns-gadget',
      accountId: CAMILLE.accountId,
      ...extra,
    });
    expect(res.status).toBe(200);
    return res.body.extension;
  };

  it('lists the manifest gadget, unconfigured, with its titles in both languages', async () => {
    const res = await th.call(null, 'GET', '/local/dashboards/local/gadgets');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        gadgetId: 'campaigns-gadget-1',
        moduleKey: 'campaigns-gadget',
        resourceUrl: '/static/gadget/',
        editResourceUrl: '/static/gadget/',
        configuration: null,
        titles: { 'en-US': 'Upcoming launches / campaigns at risk', 'fr-FR': 'Lancements à venir / campagnes à risque' },
      }),
    ]);
  });

  it('saves a configuration, hands it to both views, and keeps dashboards apart', async () => {
    const put = await th.call(null, 'PUT', '/local/dashboards/local/gadgets/campaigns-gadget-1/configuration', {
      configuration: { projectKey: 'MKT', weeks: 8 },
    });
    expect(put.status).toBe(200);
    expect(await context({ dashboardId: 'local', gadgetId: 'campaigns-gadget-1' })).toEqual({
      type: 'jira:dashboardGadget',
      dashboard: { id: 'local' },
      gadget: { id: 'campaigns-gadget-1' },
      gadgetConfiguration: { projectKey: 'MKT', weeks: 8 },
    });
    expect(await context({ dashboardId: 'local', gadgetId: 'campaigns-gadget-1', entryPoint: 'edit' })).toMatchObject({
      entryPoint: 'edit',
      gadgetConfiguration: { projectKey: 'MKT', weeks: 8 },
    });
    expect(await context({ dashboardId: 'other', gadgetId: 'campaigns-gadget-1' })).toMatchObject({ gadgetConfiguration: {} });
    const listed = await th.call(null, 'GET', '/local/dashboards/local/gadgets');
    expect(listed.body[0].configuration).toEqual({ projectKey: 'MKT', weeks: 8 });
  });

  it('refuses what view.submit cannot have sent, naming the field, and an unknown gadget', async () => {
    const bad = await th.call(null, 'PUT', '/local/dashboards/local/gadgets/campaigns-gadget-1/configuration', { configuration: 'MKT' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^configuration: /);
    const missing = await th.call(null, 'PUT', '/local/dashboards/local/gadgets/nope-1/configuration', { configuration: {} });
    expect(missing.status).toBe(404);
  });

  it('runs the resolver from the gadget as the reader: getPortfolio answers for the gadget module', async () => {
    const answer = await invokeResolver(th, CAMILLE.accountId, 'getPortfolio', { projectKeys: ['MKT'] }, { moduleKey: 'campaigns-gadget' });
    expect(answer.ok).toBe(true);
  });
});
