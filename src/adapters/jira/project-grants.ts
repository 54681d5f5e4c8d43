import type { ProjectGrants } from '../../domain/policy';
import type { ProjectGrantsPort } from '../../usecases/ports/project-grants';
import { myProjectPermissions } from './permissions';
import type { RetryGate } from '../http/retry';

/**
 * The four grants the policy reads, in one `mypermissions` call as the acting user; with `retry`, a 429 or 503 is
 * retried behind the invocation's retry gate like its other reads.
 */
export const jiraProjectGrantsWith = (retry?: RetryGate): ProjectGrantsPort => ({
  async grantsIn(projectKey: string): Promise<ProjectGrants> {
    const p = await myProjectPermissions(projectKey, ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'ADMINISTER_PROJECTS'], retry);
    return { browse: p.BROWSE_PROJECTS, createIssues: p.CREATE_ISSUES, editIssues: p.EDIT_ISSUES, administer: p.ADMINISTER_PROJECTS };
  },
});

export const jiraProjectGrants: ProjectGrantsPort = jiraProjectGrantsWith();
