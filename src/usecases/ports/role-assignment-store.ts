import type { OwnerRole } from '../../domain/model';

/** Role → people, as a project's default for the next plans. */
export type RoleAssignments = Partial<Record<OwnerRole, string[]>>;

/** Each project's default role mapping (app storage). */
export interface RoleAssignmentStorePort {
  get(projectKey: string): Promise<RoleAssignments | undefined>;
  save(projectKey: string, roles: RoleAssignments): Promise<void>;
}
