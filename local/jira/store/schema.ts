/** Jira tables: owned by local/jira. */
export const jiraSchema = '';
