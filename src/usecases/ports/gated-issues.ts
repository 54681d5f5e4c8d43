import type { SignOffIssue } from '../../domain/signoff';

/** Reads an issue as sign-off sees it (as the user in resolvers, as the app in triggers); NOT_FOUND when gone or hidden. */
export interface GatedIssuesPort {
  read(issueKey: string): Promise<SignOffIssue>;
}
