/** accountId → display name of the site's people (as the user in resolvers, as the app in triggers). */
export interface PeopleNamesPort {
  names(): Promise<Record<string, string>>;
}
