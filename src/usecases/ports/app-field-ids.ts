import type { AppFieldIds } from '../../domain/creation/issue-payloads';

/** The Jira field ids of the app's own custom fields on this site (absent ones are undefined). */
export interface AppFieldIdsPort {
  ids(): Promise<AppFieldIds>;
}
