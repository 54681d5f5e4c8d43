import { BUILT_IN_TEMPLATES } from '../../../src/domain/templates';
import { getTemplate } from '../../../src/usecases/templates/get-template';
import { listTemplates } from '../../../src/usecases/templates/list-templates';
import { saveTemplate } from '../../../src/usecases/templates/save-template';
import { CAMILLE, GRANTS, grantsPort, templateStore } from '../support/planner-ports';

const builtIn = BUILT_IN_TEMPLATES[0];
if (!builtIn) throw new Error('the app ships built-in templates');
const { version: _v, builtIn: _b, ...builtInBody } = builtIn;
const copy = { ...builtInBody, id: 'my-copy' };

describe('listTemplates (use case)', () => {
  it('lists built-in then stored templates and lets project admins edit', async () => {
    const stored = { ...builtIn, id: 'stored-one', builtIn: false };
    const out = await listTemplates({ projectKey: 'MKT' }, CAMILLE, {
      grants: grantsPort({ MKT: GRANTS.admin }),
      templates: templateStore([stored]),
    });
    expect(out.templates.map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), 'stored-one']);
    expect(out.templates[0]?.counts).toEqual({
      milestones: builtIn.milestones.length,
      tasks: builtIn.tasks.length,
      gates: builtIn.gates.length,
      kpis: builtIn.kpis.length,
    });
    expect(out.canEdit).toBe(true);
  });

  it('says a viewer may not edit, and asks about the module’s own project rather than the payload’s', async () => {
    const grants = grantsPort({ MKT: GRANTS.viewer, OTHER: GRANTS.admin });
    const out = await listTemplates({ contextProjectKey: 'MKT', projectKey: 'OTHER' }, CAMILLE, { grants, templates: templateStore() });
    expect(out.canEdit).toBe(false);
    expect(grants.asked).toEqual(['MKT']);
  });

  it('refuses an outsider as not found, and needs a project', async () => {
    await expect(
      listTemplates({ projectKey: 'MKT' }, CAMILLE, { grants: grantsPort({ MKT: GRANTS.outsider }), templates: templateStore() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(listTemplates({}, CAMILLE, { grants: grantsPort({}), templates: templateStore() })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'projectKey',
    });
  });
});

describe('getTemplate (use case)', () => {
  it('gives a built-in template to anyone who sees the project', async () => {
    const out = await getTemplate({ projectKey: 'MKT', templateId: builtIn.id }, CAMILLE, {
      grants: grantsPort({ MKT: GRANTS.viewer }),
      templates: templateStore(),
    });
    expect(out.template).toEqual(builtIn);
  });

  it('names the template that does not exist, and hides templates from outsiders', async () => {
    const ports = { grants: grantsPort({ MKT: GRANTS.viewer, SECRET: GRANTS.outsider }), templates: templateStore() };
    await expect(getTemplate({ projectKey: 'MKT', templateId: 'nope' }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'templateId',
    });
    await expect(getTemplate({ projectKey: 'SECRET', templateId: builtIn.id }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('saveTemplate (use case)', () => {
  it('saves a project admin’s copy as version 1, then an edit as the next version', async () => {
    const ports = { grants: grantsPort({ MKT: GRANTS.admin }), templates: templateStore() };
    const first = await saveTemplate({ projectKey: 'MKT', template: copy }, CAMILLE, ports);
    expect(first.template).toMatchObject({ id: 'my-copy', version: 1, builtIn: false });
    const second = await saveTemplate({ projectKey: 'MKT', template: { ...copy, builtIn: true }, basedOnVersion: 1 }, CAMILLE, ports);
    expect(second.template).toMatchObject({ version: 2, builtIn: false });
    expect(ports.templates.saved.map((t) => t.version)).toEqual([1, 2]);
  });

  it('refuses people who are not project admins, in the policy’s words, and saves nothing', async () => {
    const ports = { grants: grantsPort({ MKT: GRANTS.editor }), templates: templateStore() };
    await expect(saveTemplate({ projectKey: 'MKT', template: copy }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'You need the administer projects permission in MKT to copy or edit campaign templates.',
    });
    expect(ports.templates.saved).toEqual([]);
  });

  it('names the template field that is wrong, refuses a built-in id, and passes on a stale version', async () => {
    const ports = { grants: grantsPort({ MKT: GRANTS.admin }), templates: templateStore() };
    await expect(saveTemplate({ projectKey: 'MKT', template: { ...copy, name: 42 } }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'template.name',
    });
    await expect(saveTemplate({ projectKey: 'MKT', template: { ...copy, id: builtIn.id } }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'template.id',
    });
    await expect(saveTemplate({ projectKey: 'MKT', template: copy, basedOnVersion: 3 }, CAMILLE, ports)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'basedOnVersion',
    });
  });
});
