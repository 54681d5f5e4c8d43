import type { StoredRisk } from '../../domain/risks/register';

/** A campaign's risk register (app storage, `risks:<epicKey>`): read and written whole, so a save never leaves half. */
export interface RiskRegisterPort {
  list(epicKey: string): Promise<StoredRisk[]>;
  save(epicKey: string, risks: readonly StoredRisk[]): Promise<void>;
}

/** Whether the acting user can see an issue (asked as the user): who sees the epic may read its register. */
export interface IssueVisibilityPort {
  visible(issueKey: string): Promise<boolean>;
}
