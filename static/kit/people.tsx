import { useEffect, useState } from 'react';
import { requestJira } from '@forge/bridge';

export interface Person {
  accountId: string;
  displayName: string;
}

/**
 * The one people limit of the UIs: pages of 100 (Jira's page for /users/search), at most 10 of them, the same
 * bound as the server's name look-up (src/adapters/jira/signoff-people.ts), so anyone it can name can be chosen.
 */
const PAGE = 100;
const MAX_PAGES = 10;

const isPerson = (u: Record<string, unknown>): boolean =>
  typeof u.accountId === 'string' && typeof u.displayName === 'string' && u.accountType === 'atlassian' && u.active !== false;

/** The site's active people (not apps), as the acting user may see them, by name. */
export async function fetchPeople(): Promise<Person[]> {
  const people: Person[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await requestJira(`/rest/api/3/users/search?startAt=${page * PAGE}&maxResults=${PAGE}`);
    if (!res.ok) throw new Error(`Jira answered ${res.status} for the people list.`);
    const body: unknown = await res.json();
    if (!Array.isArray(body)) throw new Error('Jira’s people list is not a list.');
    for (const u of body as Record<string, unknown>[])
      if (isPerson(u)) people.push({ accountId: u.accountId as string, displayName: u.displayName as string });
    if (body.length < PAGE) break;
  }
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export function usePeople(): { people: Person[] | null; error: string | null } {
  const [state, setState] = useState<{ people: Person[] | null; error: string | null }>({ people: null, error: null });
  useEffect(() => {
    let live = true;
    fetchPeople()
      .then((people) => live && setState({ people, error: null }))
      .catch((e: unknown) => live && setState({ people: [], error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** The `<option>`s of a person picker, after whatever first option the picker puts itself. */
export function PeopleOptions({ people }: { people: readonly Person[] }) {
  return (
    <>
      {people.map((p) => (
        <option key={p.accountId} value={p.accountId}>
          {p.displayName}
        </option>
      ))}
    </>
  );
}
