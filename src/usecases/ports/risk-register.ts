import type { StoredRisk } from '../../domain/risks/register';

/** Where a campaign's register is kept: the app's storage, or Jira issues of the project's "Risk" type (its name). */
export type RiskRegisterHome = { source: 'app_storage' } | { source: 'jira'; issueType: string };

/**
 * A campaign's risk register, read and written whole: in app storage (`risks:<epicKey>`, one value), or as Jira issues
 * of type Risk under the epic when the campaign's project has that type (saving writes only the risks that changed).
 */
export interface RiskRegisterPort {
  list(epicKey: string): Promise<StoredRisk[]>;
  save(epicKey: string, risks: readonly StoredRisk[]): Promise<void>;
  /** Where the register is kept (app storage when not told). */
  home?(epicKey: string): Promise<RiskRegisterHome>;
}

/** Whether the acting user can see an issue (asked as the user): who sees the epic may read its register. */
export interface IssueVisibilityPort {
  visible(issueKey: string): Promise<boolean>;
}
