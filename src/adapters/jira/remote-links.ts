import { route } from '@forge/api';
import { z } from 'zod';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';

export interface RemoteLinkInput {
  /** Same globalId = same link: Jira updates it instead of adding another, so the call is safe to repeat. */
  globalId: string;
  url: string;
  title: string;
  relationship?: string;
}

const RemoteLinkAnswer = z.object({ id: z.number().int() }).passthrough();

export async function upsertRemoteLink(issueKey: string, link: RemoteLinkInput, retry: RetryGate): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${issueKey}/remotelink`, {
    as: 'user',
    schema: RemoteLinkAnswer,
    method: 'POST',
    body: {
      globalId: link.globalId,
      ...(link.relationship ? { relationship: link.relationship } : {}),
      object: { url: link.url, title: link.title },
    },
    retry,
    idempotent: true,
  });
}
