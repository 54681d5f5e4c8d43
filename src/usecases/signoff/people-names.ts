import type { Clock } from '../ports/clock';
import type { CachedName, PeopleNameCachePort, PeopleNamesPort } from '../ports/people-names';

/**
 * Names from the app's cache, asking Jira (`lookup`) only for the people it lacks, or holds from more than `maxAgeMs`
 * ago, and keeping what Jira answered. A name Jira no longer gives (a person removed) stays as it was last read.
 * Resolvers take any age (a decision or a view never pays for names the app already has); the daily job refreshes.
 */
export function cachedPeopleNames(
  ports: { cache: PeopleNameCachePort; lookup: PeopleNamesPort; clock: Clock },
  maxAgeMs = Number.POSITIVE_INFINITY,
): PeopleNamesPort {
  return {
    async names(accountIds) {
      const wanted = [...new Set(accountIds)];
      if (wanted.length === 0) return {};
      const cached = await ports.cache.read();
      const now = ports.clock.now();
      const fresh = (c: CachedName | undefined): boolean => c !== undefined && now.getTime() - Date.parse(c.at) <= maxAgeMs;
      const missing = wanted.filter((id) => !fresh(cached[id]));
      let all = cached;
      if (missing.length > 0) {
        const fetched = await ports.lookup.names(missing);
        const at = now.toISOString();
        const added = Object.entries(fetched).map(([id, name]) => [id, { name, at }] as const);
        if (added.length > 0) {
          all = { ...cached, ...Object.fromEntries(added) };
          await ports.cache.write(all);
        }
      }
      return Object.fromEntries(wanted.flatMap((id) => (all[id] ? [[id, all[id].name] as const] : [])));
    },
  };
}
