import { startTestHost, type TestHost } from '../../support/host';
import type { PayloadOf, ResolverName } from '../../../src/contracts/registry';
import { invokeResolver } from '../../support/invoke';
import { CAMILLE, NOAH } from '../../../local/identity/demo-users';

/** Template resolvers through the local host: built-ins, copies by a project admin, versions, refusals. */
describe('listTemplates / getTemplate / saveTemplate', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());
  const call = <K extends ResolverName>(accountId: string, fn: K, payload: PayloadOf<K>) =>
    invokeResolver(th, accountId, fn, payload, { moduleKey: 'campaign-planner' });
  const inMkt = <P extends object>(payload: P): P & { projectKey: string } => ({ ...payload, projectKey: 'MKT' });

  const firstOf = <T>(items: readonly T[], index = 0): T => {
    const item = items[index];
    if (item === undefined) throw new Error(`no item ${index}`);
    return item;
  };
  const firstId = (templates: readonly { id: string }[], index: number): string => firstOf(templates, index).id;

  it('lists the five built-in templates, and says who may edit', async () => {
    const pm = await call(CAMILLE.accountId, 'listTemplates', inMkt({}));
    expect(pm.ok).toBe(true);
    const ids = pm.data.templates.map((t: { id: string }) => t.id);
    expect(ids).toHaveLength(5);
    expect(
      pm.data.templates.every((t: { builtIn: boolean; name: { fr: string; en: string } }) => t.builtIn && t.name.fr && t.name.en),
    ).toBe(true);
    expect(pm.data.canEdit).toBe(true);
    expect((await call(NOAH.accountId, 'listTemplates', inMkt({}))).data.canEdit).toBe(false);
  });

  it('lets a project admin copy a built-in and keeps every version', async () => {
    const list = await call(CAMILLE.accountId, 'listTemplates', inMkt({}));
    const source = (await call(CAMILLE.accountId, 'getTemplate', inMkt({ templateId: firstId(list.data.templates, 0) }))).data.template;
    const { version: _version, builtIn: _builtIn, ...rest } = source;
    const copy = { ...rest, id: 'my-black-friday', name: { en: 'Our Black Friday', fr: 'Notre Black Friday' } };
    const v1 = await call(CAMILLE.accountId, 'saveTemplate', inMkt({ template: copy }));
    expect(v1).toMatchObject({ ok: true, data: { template: { id: 'my-black-friday', version: 1, builtIn: false } } });
    const v2 = await call(
      CAMILLE.accountId,
      'saveTemplate',
      inMkt({ template: { ...copy, name: { en: 'Our BF', fr: 'Notre BF' } }, basedOnVersion: 1 }),
    );
    expect(v2.data.template.version).toBe(2);
    const stale = await call(CAMILLE.accountId, 'saveTemplate', inMkt({ template: copy, basedOnVersion: 1 }));
    expect(stale).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'basedOnVersion' } });
    expect((await call(CAMILLE.accountId, 'getTemplate', inMkt({ templateId: 'my-black-friday' }))).data.template.name.en).toBe('Our BF');
    const listed = await call(CAMILLE.accountId, 'listTemplates', inMkt({}));
    expect(listed.data.templates.map((t: { id: string }) => t.id)).toContain('my-black-friday');
  });

  it('refuses non-admins, built-in ids and broken templates, naming the field, and stores nothing', async () => {
    const source = (
      await call(
        CAMILLE.accountId,
        'getTemplate',
        inMkt({ templateId: firstId((await call(CAMILLE.accountId, 'listTemplates', inMkt({}))).data.templates, 1) }),
      )
    ).data.template;
    const { version: _v, builtIn: _b, ...base } = source;
    const noah = await call(NOAH.accountId, 'saveTemplate', inMkt({ template: { ...base, id: 'noah-copy' } }));
    expect(noah).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const builtIn = await call(CAMILLE.accountId, 'saveTemplate', inMkt({ template: base }));
    expect(builtIn).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'template.id' } });
    const broken = { ...base, id: 'broken', tasks: [{ ...firstOf(base.tasks), milestoneId: 'nowhere' }, ...base.tasks.slice(1)] };
    const bad = await call(CAMILLE.accountId, 'saveTemplate', inMkt({ template: broken }));
    expect(bad.ok).toBe(false);
    expect(bad.error.field).toBe('template.tasks.0.milestoneId');
    expect(bad.error.message).toMatch(/unknown milestone ‘nowhere’/);
    for (const id of ['noah-copy', 'broken']) {
      expect(await call(CAMILLE.accountId, 'getTemplate', inMkt({ templateId: id }))).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });
});
