import type { ActingUser } from '../acting-user';
import { authoriseProjectAction } from '../authorise';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { RoleAssignments, RoleAssignmentStorePort } from '../ports/role-assignment-store';
import { projectKeyOf, type ProjectScoped } from '../project-key';

export interface SaveRoleAssignmentsPorts {
  grants: ProjectGrantsPort;
  roles: RoleAssignmentStorePort;
}

/**
 * Saves the role → people mapping as the project's default for the next plans (project admins).
 * Errors: INVALID_INPUT `projectKey`; NOT_FOUND (cannot see the project); FORBIDDEN (not a project admin).
 */
export async function saveRoleAssignments(
  input: ProjectScoped & { roleAssignments: RoleAssignments },
  user: ActingUser,
  ports: SaveRoleAssignmentsPorts,
): Promise<{ saved: true }> {
  const projectKey = projectKeyOf(input);
  await authoriseProjectAction(ports.grants, user, projectKey, 'roles.edit');
  await ports.roles.save(projectKey, input.roleAssignments);
  return { saved: true };
}
