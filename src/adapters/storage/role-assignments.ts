import { kvs } from '@forge/kvs';
import { RoleAssignments } from '../../domain/model';

/** The role → people mapping a PM confirmed for a project (`roles:<projectKey>`), reused by the next plan. */
export { RoleAssignments };

const KEY = (projectKey: string): string => `roles:${projectKey}`;

export async function getRoleAssignments(projectKey: string): Promise<RoleAssignments | undefined> {
  const parsed = RoleAssignments.safeParse(await kvs.get<unknown>(KEY(projectKey)));
  return parsed.success ? parsed.data : undefined;
}

export async function saveRoleAssignments(projectKey: string, roles: RoleAssignments): Promise<void> {
  await kvs.set(KEY(projectKey), roles);
}
