import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ProjectGrants } from '../../domain/policy';
import { PersonOption } from '../../contracts/campaign-planner';
import type { CampaignHintsPort } from '../../usecases/ports/campaign-issues';
import type { PeopleDirectoryPort } from '../../usecases/ports/people-directory';
import type { ProjectGrantsPort } from '../../usecases/ports/project-grants';

/**
 * App-storage caches of the panel's Jira reads that change slowly, so that a panel load pays points only for the
 * campaign's own issues (README, Performance). Each is kept with a KVS time to live:
 * - `panel-throughput:<PROJECT>` (12 h, like a snapshot's full re-read): the project's done days of 12 weeks;
 * - `panel-people` (12 h): the site's people, whose names the panel shows (the shared snapshot keeps them already);
 * - `panel-grants:<accountId>:<PROJECT>` (10 min): the user's grants, for the actions the panel OFFERS; every
 *   action's own resolver asks Jira again before acting;
 * - `panel-campaign-of:<ISSUE>` (30 days): the campaign an issue was found in, a hint checked against the snapshot.
 */
const HOURS = (value: number) => ({ value, unit: 'HOURS' }) as const;
export const THROUGHPUT_TTL = HOURS(12);
export const PEOPLE_TTL = HOURS(12);
export const GRANTS_TTL = { value: 10, unit: 'MINUTES' } as const;
const HINT_TTL = { value: 30, unit: 'DAYS' } as const;

async function cached<T>(
  key: string,
  schema: z.ZodType<T>,
  ttl: { value: number; unit: 'MINUTES' | 'HOURS' | 'DAYS' },
  read: () => Promise<T>,
): Promise<T> {
  const raw = await kvs.get<unknown>(key);
  const hit = typeof raw === 'object' && raw !== null && 'value' in raw ? schema.safeParse(raw.value) : undefined;
  if (hit?.success) return hit.data;
  const value = await read();
  await kvs.set(key, { value }, { ttl });
  return value;
}

export const cachedThroughputDays = (projectKey: string, read: (projectKey: string) => Promise<string[]>): Promise<string[]> =>
  cached(`panel-throughput:${projectKey}`, z.array(z.string()), THROUGHPUT_TTL, () => read(projectKey));

export const cachedPeople = (directory: PeopleDirectoryPort): PeopleDirectoryPort => ({
  list: () => cached('panel-people', z.array(PersonOption), PEOPLE_TTL, () => directory.list()),
});

const Grants = z.object({ browse: z.boolean(), createIssues: z.boolean(), editIssues: z.boolean(), administer: z.boolean() }).strict();

/** `grants` as `accountId` sees them, kept 10 minutes per user and project. */
export const cachedGrants = (grants: ProjectGrantsPort, accountId: string): ProjectGrantsPort => ({
  grantsIn: (projectKey): Promise<ProjectGrants> =>
    cached(`panel-grants:${accountId}:${projectKey}`, Grants, GRANTS_TTL, () => grants.grantsIn(projectKey)),
});

const HINT = (issueKey: string): string => `panel-campaign-of:${issueKey}`;

export const campaignHints: CampaignHintsPort = {
  async epicOf(issueKey) {
    const parsed = z.object({ epicKey: z.string() }).safeParse(await kvs.get<unknown>(HINT(issueKey)));
    return parsed.success ? parsed.data.epicKey : undefined;
  },
  async remember(issueKey, epicKey) {
    await kvs.set(HINT(issueKey), { epicKey }, { ttl: HINT_TTL });
  },
};
