import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { CachedName } from '../../usecases/ports/people-names';

/**
 * The display names the app has read from Jira (`people-names`, one key for the site): only the people campaigns
 * name (PMs, approvers, delegates), a few KB. Written whole; two writers at once may drop a name, read again later.
 */
const KEY = 'people-names';
const Stored = z.object({ people: z.record(z.object({ name: z.string(), at: z.string() })) });

export async function readPeopleNames(): Promise<Record<string, CachedName>> {
  const parsed = Stored.safeParse(await kvs.get<unknown>(KEY));
  return parsed.success ? parsed.data.people : {};
}

export async function writePeopleNames(people: Record<string, CachedName>): Promise<void> {
  await kvs.set(KEY, { people });
}
