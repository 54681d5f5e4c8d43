import { useEffect, useState } from 'react';
import { requestJira } from '@forge/bridge';

export interface Person {
  accountId: string;
  displayName: string;
}

/** The site's active people (not apps), as the acting user may see them, by name. */
async function fetchPeople(): Promise<Person[]> {
  const res = await requestJira('/rest/api/3/users/search?maxResults=200');
  if (!res.ok) throw new Error(`Jira answered ${res.status} for the people list.`);
  const body: unknown = await res.json();
  if (!Array.isArray(body)) throw new Error('Jira’s people list is not a list.');
  const people: Person[] = [];
  for (const u of body as Record<string, unknown>[]) {
    if (typeof u.accountId === 'string' && typeof u.displayName === 'string' && u.accountType === 'atlassian' && u.active !== false) people.push({ accountId: u.accountId, displayName: u.displayName });
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
