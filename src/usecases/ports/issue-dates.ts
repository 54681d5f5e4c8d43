/** Due date and done-ness of an issue, as the acting user reads it. */
export interface IssueDates {
  key: string;
  dueDate: string | null;
  done: boolean;
}

/** Reads issues as the acting user: the issues they cannot see are absent from the answer (that is how visibility is checked). */
export interface IssueDatesPort {
  read(issueKeys: readonly string[]): Promise<Map<string, IssueDates>>;
}
