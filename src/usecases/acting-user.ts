/** The person a use case acts for: always from the Forge context (never from a payload or a model's input). */
export interface ActingUser {
  accountId: string;
  /** Jira's locale for that person (`fr_FR`, `en-US`…), for the words the app writes for them. */
  locale?: string;
}
