import type { ProjectGrants } from '../../domain/policy';

/** What Jira says the acting user may do in a project (one `mypermissions` call, asked as that user). */
export interface ProjectGrantsPort {
  grantsIn(projectKey: string): Promise<ProjectGrants>;
}
