/** Whether the acting user is a Jira site administrator (global ADMINISTER), asked of Jira as that user. */
export interface SiteGrantsPort {
  isSiteAdmin(): Promise<boolean>;
}
