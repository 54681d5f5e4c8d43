/** The people who may be given work in a project (Jira's assignable users), as the acting user may list them. */
export interface AssignablePeoplePort {
  assignableIn(projectKey: string): Promise<string[]>;
}
