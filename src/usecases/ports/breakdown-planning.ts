import type { OwnerRole } from '../../domain/model';

/** Due dates of issues, read as the user (issues they cannot see are absent). */
export interface IssueDueDatesPort {
  dueDates(keys: readonly string[]): Promise<Map<string, { dueDate: string | null }>>;
}

/** The project's default people per role (who a new task of that role is assigned to). */
export interface RoleAssignmentsPort {
  get(projectKey: string): Promise<Partial<Record<OwnerRole, readonly string[]>> | undefined>;
}

/** Active people of the site, to pick an assignee from. */
export interface PeoplePort {
  list(): Promise<{ accountId: string; displayName: string }[]>;
}
