/**
 * The local host's side of the jira:projectPage module (no browser): the page at /projects/KEY/apps/SLUG, the
 * links to it, and the project context the bridge endpoints give the app.
 */
import { startTestHost, type TestHost } from '../support/host';
import { CAMILLE, SAM } from '../../local/identity/demo-users';

/** The fields of the host's bridge and invoke answers this test reads (a refusal has `error`, a context the rest). */
interface HostAnswer {
  ok: boolean;
  accountId: string;
  extension: { type: string; issue?: unknown; project: { id: string; key: string; type: string } };
  error: { code: string; message: string };
}

describe('project page host', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const post = async (path: string, body: unknown): Promise<{ status: number; json: HostAnswer }> => {
    const res = await fetch(`${th.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as HostAnswer };
  };

  it('serves /projects/MKT/apps/campaigns as a Jira-like page with the user switcher and a project sidebar', async () => {
    const res = await fetch(`${th.url}/projects/MKT/apps/campaigns`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-project-key="MKT"');
    expect(html).toContain('data-page-slug="campaigns"');
    expect(html).toContain('id="user-select"');
    expect(html).toMatch(/<nav class="project-sidebar"[\s\S]*href="\/projects\/MKT\/apps\/campaigns" aria-current="page">Campaigns</);
    expect(html).toContain('src="/local/ui/project.js"');
    expect((await fetch(`${th.url}/local/ui/project.js`)).status).toBe(200);
    expect((await fetch(`${th.url}/projects/mkt%3Cscript%3E/apps/campaigns`)).status).toBe(404);
  });

  it('links to it from the issue view and the home page', async () => {
    expect(await (await fetch(`${th.url}/browse/MKT-1`)).text()).toContain('href="/projects/MKT/apps/campaigns"');
    expect(await (await fetch(`${th.url}/`)).text()).toContain('href="/projects/MKT/apps/campaigns"');
  });

  it('lists the project page among the UI modules, and gives it a project extension context', async () => {
    const modules = (await (await fetch(`${th.url}/local/modules`)).json()) as { key: string; type: string }[];
    expect(modules).toContainEqual(
      expect.objectContaining({ key: 'campaign-planner', type: 'jira:projectPage', resourceUrl: '/static/campaign-planner/' }),
    );
    const project = (await th.call(CAMILLE.email, 'GET', '/rest/api/3/project/MKT')).body;
    const ctx = await post('/local/bridge/context', { moduleKey: 'campaign-planner', accountId: CAMILLE.accountId, projectKey: 'MKT' });
    expect(ctx.status).toBe(200);
    expect(ctx.json.extension).toMatchObject({
      type: 'jira:projectPage',
      project: { id: project.id, key: 'MKT', type: project.projectTypeKey },
    });
    expect(ctx.json.extension.issue).toBeUndefined();
    expect(ctx.json.accountId).toBe(CAMILLE.accountId);
  });

  it('refuses unknown projects and malformed project keys', async () => {
    const unknown = await post('/local/bridge/context', {
      moduleKey: 'campaign-planner',
      accountId: CAMILLE.accountId,
      projectKey: 'NOPE',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('PROJECT_NOT_FOUND');
    const bad = await post('/local/bridge/context', { moduleKey: 'campaign-planner', accountId: CAMILLE.accountId, projectKey: 'mkt' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toContain('projectKey');
    const invokeBad = await post('/local/invoke', {
      moduleKey: 'campaign-planner',
      functionKey: 'x',
      accountId: SAM.accountId,
      projectKey: 'm k',
    });
    expect(invokeBad.json).toEqual({ ok: false, error: { code: 'INVALID_INVOKE', message: expect.stringContaining('projectKey') } });
  });
});
