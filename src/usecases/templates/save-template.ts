import type { SaveTemplateResult } from '../../contracts/campaign-planner';
import { DomainError, invalidInput } from '../../domain/errors';
import { CampaignTemplate } from '../../domain/model';
import { builtInTemplate } from '../../domain/templates';
import type { ActingUser } from '../acting-user';
import { authoriseProjectAction } from '../authorise';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { TemplateStorePort } from '../ports/template-store';
import { projectKeyOf, type ProjectScoped } from '../project-key';

export interface SaveTemplatePorts {
  grants: ProjectGrantsPort;
  templates: TemplateStorePort;
}

export interface SaveTemplateInput extends ProjectScoped {
  template: Record<string, unknown>;
  basedOnVersion?: number;
}

/**
 * Copy or edit a template (project admins only). The version is the server's to decide: the stored version + 1,
 * or 1 for a new copy. Built-in templates cannot be overwritten: a copy needs its own id.
 * Errors: INVALID_INPUT `projectKey`; NOT_FOUND (cannot see the project); FORBIDDEN (not a project admin);
 * INVALID_INPUT `template.<field>` (not a valid template), `template.id` (a built-in id), `basedOnVersion`
 * (from the store: someone saved a newer version).
 */
export async function saveTemplate(input: SaveTemplateInput, user: ActingUser, ports: SaveTemplatePorts): Promise<SaveTemplateResult> {
  await authoriseProjectAction(ports.grants, user, projectKeyOf(input), 'templates.edit');
  const version = (input.basedOnVersion ?? 0) + 1;
  const parsed = CampaignTemplate.safeParse({ ...input.template, version, builtIn: false });
  if (!parsed.success) {
    const error = invalidInput(parsed.error);
    throw new DomainError('INVALID_INPUT', `template.${error.message}`, error.field ? `template.${error.field}` : 'template');
  }
  if (builtInTemplate(parsed.data.id)) {
    throw new DomainError('INVALID_INPUT', { key: 'errors.templateBuiltIn', params: { id: parsed.data.id } }, 'template.id');
  }
  await ports.templates.save(parsed.data, input.basedOnVersion);
  return { template: parsed.data };
}
