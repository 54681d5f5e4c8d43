/** The site's active people (the names the panel shows). */
export interface PeopleDirectoryPort {
  list(): Promise<{ accountId: string; displayName: string }[]>;
}
