import { CampaignTemplate, type CampaignTemplate as Template } from '../domain/model';
import { BUILT_IN_TEMPLATES, builtInTemplate } from '../domain/templates';
import { getStoredTemplate, listStoredTemplates, saveTemplateVersion } from '../adapters/storage/templates';
import { myProjectPermissions } from '../adapters/jira/permissions';
import type { TemplateSummary } from '../contracts/campaign-planner';
import { AppError, invalidInput } from '../shared/result';
import { contractResolver } from './define';
import { projectOf, requireProjectPermission } from './project-scope';

function summary(t: Template): TemplateSummary {
  return {
    id: t.id,
    version: t.version,
    builtIn: t.builtIn,
    name: t.name,
    description: t.description,
    referenceBudget: t.referenceBudget,
    channels: t.channels,
    counts: { milestones: t.milestones.length, tasks: t.tasks.length, gates: t.gates.length, kpis: t.kpis.length },
  };
}

/** Built-in templates ship with the app; a stored template with the same id never shadows one (ids are checked on save). */
export async function findTemplate(templateId: string): Promise<Template> {
  const found = builtInTemplate(templateId) ?? (await getStoredTemplate(templateId));
  if (!found) throw new AppError('NOT_FOUND', `templateId: no template '${templateId}'`, 'templateId');
  return found;
}

export const listTemplatesResolver = contractResolver('listTemplates', async (input, caller) => {
  const projectKey = projectOf(caller, input.projectKey);
  const [stored, perms] = await Promise.all([listStoredTemplates(), myProjectPermissions(projectKey, ['ADMINISTER_PROJECTS'])]);
  return { templates: [...BUILT_IN_TEMPLATES, ...stored].map(summary), canEdit: perms.ADMINISTER_PROJECTS };
});

/** A template, for people who can see the project it is planned in (templates are the app's, not public). */
export const getTemplateResolver = contractResolver('getTemplate', async (input, caller) => {
  await requireProjectPermission(projectOf(caller, input.projectKey), 'BROWSE_PROJECTS', 'see campaign templates');
  return { template: await findTemplate(input.templateId) };
});

/**
 * Copy or edit a template (project admins only). The version is the server's to decide: the stored version + 1,
 * or 1 for a new copy. Built-in templates cannot be overwritten: a copy needs its own id.
 */
export const saveTemplateResolver = contractResolver('saveTemplate', async (input, caller) => {
  await requireProjectPermission(projectOf(caller, input.projectKey), 'ADMINISTER_PROJECTS', 'copy or edit campaign templates');
  const version = (input.basedOnVersion ?? 0) + 1;
  const parsed = CampaignTemplate.safeParse({ ...input.template, version, builtIn: false });
  if (!parsed.success) {
    const error = invalidInput(parsed.error);
    throw new AppError('INVALID_INPUT', `template.${error.message}`, error.field ? `template.${error.field}` : 'template');
  }
  if (builtInTemplate(parsed.data.id)) {
    throw new AppError('INVALID_INPUT', `template.id: '${parsed.data.id}' is a built-in template; save your copy under a new id`, 'template.id');
  }
  await saveTemplateVersion(parsed.data, input.basedOnVersion);
  return { template: parsed.data };
});
