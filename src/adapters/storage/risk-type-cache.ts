import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { RiskIssueType } from '../../domain/risks/jira-register';

/**
 * Whether a project has a "Risk" issue type, as last read from Jira (`risktype:<PROJECT-KEY>`, kept one hour): the
 * panel reads the register on every render, and asking Jira each time would cost a REST call per render. A type
 * added to or removed from the project is seen within the hour.
 */
const KEY = (projectKey: string): string => `risktype:${projectKey}`;
const TTL = { value: 1, unit: 'HOURS' } as const;

const Cached = z.object({
  type: z.object({ id: z.string(), name: z.string(), placement: z.enum(['parent', 'relates']) }).nullable(),
});

/** The cached answer: the type, null when the project has none, undefined when nothing is cached (or it is unreadable). */
export async function cachedRiskIssueType(projectKey: string): Promise<RiskIssueType | null | undefined> {
  const parsed = Cached.safeParse(await kvs.get<unknown>(KEY(projectKey)));
  return parsed.success ? parsed.data.type : undefined;
}

export async function cacheRiskIssueType(projectKey: string, type: RiskIssueType | undefined): Promise<void> {
  await kvs.set(KEY(projectKey), { type: type ?? null }, { ttl: TTL });
}
