import type { ListTemplatesResult, TemplateSummary } from '../../contracts/campaign-planner';
import type { CampaignTemplate } from '../../domain/model';
import { may } from '../../domain/policy';
import { BUILT_IN_TEMPLATES } from '../../domain/templates';
import type { ActingUser } from '../acting-user';
import { authoriseProjectAction } from '../authorise';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { TemplateStorePort } from '../ports/template-store';
import { plannerActionsOf } from '../planning/planner-actions';
import { projectKeyOf, type ProjectScoped } from '../project-key';

export interface ListTemplatesPorts {
  grants: ProjectGrantsPort;
  templates: TemplateStorePort;
}

function summary(t: CampaignTemplate): TemplateSummary {
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

/**
 * The built-in and stored templates, whether the user may copy and edit them (the policy's `templates.edit`), and
 * the planner's `actions` (plan a campaign, edit templates, edit the role mapping) from the same grants.
 * Errors: INVALID_INPUT `projectKey` when no project is named; NOT_FOUND when the user cannot see the project.
 */
export async function listTemplates(input: ProjectScoped, user: ActingUser, ports: ListTemplatesPorts): Promise<ListTemplatesResult> {
  const projectKey = projectKeyOf(input);
  const [stored, actor] = await Promise.all([
    ports.templates.list(),
    authoriseProjectAction(ports.grants, user, projectKey, 'templates.view'),
  ]);
  return {
    templates: [...BUILT_IN_TEMPLATES, ...stored].map(summary),
    canEdit: may(actor, 'templates.edit').allowed,
    actions: plannerActionsOf(actor, projectKey, user),
  };
}
