import type { ProjectGrants } from '../../domain/policy';
import type { ProjectGrantsPort } from '../../usecases/ports/project-grants';
import { myProjectPermissions } from './permissions';

/** The four grants the policy reads, in one `mypermissions` call as the acting user. */
export const jiraProjectGrants: ProjectGrantsPort = {
  async grantsIn(projectKey: string): Promise<ProjectGrants> {
    const p = await myProjectPermissions(projectKey, ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'ADMINISTER_PROJECTS']);
    return { browse: p.BROWSE_PROJECTS, createIssues: p.CREATE_ISSUES, editIssues: p.EDIT_ISSUES, administer: p.ADMINISTER_PROJECTS };
  },
};
