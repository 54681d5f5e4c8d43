import { route } from '@forge/api';
import { z } from 'zod';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';

/**
 * Links two issues as the acting user: `fromKey` <outward verb> `toKey` (for "Blocks": from blocks to).
 * Jira's create-link body names the "from" side `outwardIssue`. Not idempotent: callers re-read links on failure.
 */
export async function createIssueLink(type: string, fromKey: string, toKey: string, retry: RetryGate): Promise<void> {
  await requestJira(route`/rest/api/3/issueLink`, {
    as: 'user',
    schema: z.unknown(),
    method: 'POST',
    body: { type: { name: type }, outwardIssue: { key: fromKey }, inwardIssue: { key: toKey } },
    retry,
  });
}
