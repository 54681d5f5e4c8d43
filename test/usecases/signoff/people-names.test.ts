import { cachedPeopleNames } from '../../../src/usecases/signoff/people-names';
import type { CachedName } from '../../../src/usecases/ports/people-names';

describe('cachedPeopleNames', () => {
  const at = (iso: string) => ({ now: () => new Date(iso) });
  function world(site: Record<string, string>, stored: Record<string, CachedName> = {}) {
    const asked: string[][] = [];
    const cache = { stored };
    const ports = {
      cache: { read: async () => cache.stored, write: async (n: Record<string, CachedName>) => void (cache.stored = n) },
      lookup: {
        names: async (ids: readonly string[]) => {
          asked.push([...ids]);
          return Object.fromEntries(ids.flatMap((id) => (site[id] ? [[id, site[id]] as const] : [])));
        },
      },
    };
    return { asked, cache, ports };
  }

  it('asks Jira only for the people it lacks, keeps them, and answers from the cache afterwards', async () => {
    const w = world({ a: 'Alice', b: 'Bob' });
    const names = cachedPeopleNames({ ...w.ports, clock: at('2026-12-01T10:00:00Z') });
    expect(await names.names(['a', 'b', 'ghost', 'a'])).toEqual({ a: 'Alice', b: 'Bob' });
    expect(await names.names(['b'])).toEqual({ b: 'Bob' });
    expect(w.asked).toEqual([['a', 'b', 'ghost']]);
    expect(await names.names([])).toEqual({});
    expect(w.asked).toHaveLength(1);
  });

  it('re-reads names older than maxAge, and keeps the old name of someone Jira no longer gives', async () => {
    const w = world(
      { a: 'Alice Renamed' },
      { a: { name: 'Alice', at: '2026-11-01T00:00:00Z' }, b: { name: 'Bob', at: '2026-11-01T00:00:00Z' } },
    );
    const resolver = cachedPeopleNames({ ...w.ports, clock: at('2026-12-01T00:00:00Z') });
    expect(await resolver.names(['a', 'b'])).toEqual({ a: 'Alice', b: 'Bob' });
    expect(w.asked).toEqual([]);
    const daily = cachedPeopleNames({ ...w.ports, clock: at('2026-12-01T00:00:00Z') }, 7 * 24 * 3_600_000);
    expect(await daily.names(['a', 'b'])).toEqual({ a: 'Alice Renamed', b: 'Bob' });
    expect(w.asked).toEqual([['a', 'b']]);
    expect(w.cache.stored.a).toEqual({ name: 'Alice Renamed', at: '2026-12-01T00:00:00.000Z' });
  });
});
