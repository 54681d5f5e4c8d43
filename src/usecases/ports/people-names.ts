/** accountId → display name of the people asked for (as the user in resolvers, as the app in triggers). */
export interface PeopleNamesPort {
  /** Names of `accountIds`; an id nobody knows is left out. */
  names(accountIds: readonly string[]): Promise<Record<string, string>>;
}

/** A display name as the app last read it from Jira. */
export interface CachedName {
  name: string;
  /** When it was read (ISO). */
  at: string;
}

/** The site's display names the app keeps (KVS): names change rarely, and asking Jira costs 2 points a person. */
export interface PeopleNameCachePort {
  read(): Promise<Record<string, CachedName>>;
  write(names: Record<string, CachedName>): Promise<void>;
}
