import type { Action } from './actions';

/** The roles the policy knows, strongest first when a person holds several. */
export type Role = 'pm' | 'project_admin' | 'approver' | 'editor' | 'contributor' | 'viewer' | 'outsider';

/** Why not, as a code the wording module words in the reader's language (never a sentence built here). */
export type RefusalCode =
  | 'cannot_browse'
  | 'needs_create_issues'
  | 'needs_edit_issues'
  | 'needs_project_admin'
  | 'pm_or_admin_only'
  | 'pm_admin_or_approver_only'
  | 'self_or_admin_only';

export type PolicyDecision =
  | { allowed: true; as: Role }
  | {
      allowed: false;
      /** NOT_FOUND where Jira would not reveal the project or issue; FORBIDDEN where it is visible but not allowed. */
      code: 'NOT_FOUND' | 'FORBIDDEN';
      reason: RefusalCode;
      action: Action;
      /** The role the actor does have, so the UI can say "as a viewer you…". */
      role: Role;
    };
