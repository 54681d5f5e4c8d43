import type { GetTemplateResult } from '../../contracts/campaign-planner';
import type { ActingUser } from '../acting-user';
import { authoriseProjectAction } from '../authorise';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { TemplateStorePort } from '../ports/template-store';
import { projectKeyOf, type ProjectScoped } from '../project-key';
import { findTemplate } from './find-template';

export interface GetTemplatePorts {
  grants: ProjectGrantsPort;
  templates: TemplateStorePort;
}

/**
 * A template, for people who can see the project it is planned in (templates are the app's, not public).
 * Errors: INVALID_INPUT `projectKey`; NOT_FOUND when the user cannot see the project; NOT_FOUND `templateId`.
 */
export async function getTemplate(
  input: ProjectScoped & { templateId: string },
  user: ActingUser,
  ports: GetTemplatePorts,
): Promise<GetTemplateResult> {
  await authoriseProjectAction(ports.grants, user, projectKeyOf(input), 'templates.view');
  return { template: await findTemplate(input.templateId, ports.templates) };
}
