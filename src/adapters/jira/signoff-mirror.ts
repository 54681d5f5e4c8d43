import { route } from '@forge/api';
import { z } from 'zod';
import { SIGNOFF_PROPERTY_KEY, SignOffMirror } from '../../domain/model';
import { AppError } from '../../shared/result';
import type { RetryGate } from '../http/retry';
import { requestJira } from './request';

const PropertyAnswer = z.object({ key: z.string(), value: z.unknown() }).passthrough();
const Ignored = z.unknown();

/**
 * The `campaignSignoff` property as stored on the issue: the mirror, `invalid` when someone wrote something that is not
 * a mirror, or null when there is none. Read as the app: the mirror is the app's, whoever looks at the issue.
 */
export async function readSignOffMirror(issueKey: string, retry: RetryGate): Promise<SignOffMirror | 'invalid' | null> {
  try {
    const answer = await requestJira(route`/rest/api/3/issue/${issueKey}/properties/${SIGNOFF_PROPERTY_KEY}`, {
      as: 'app',
      schema: PropertyAnswer,
      retry,
    });
    const parsed = SignOffMirror.safeParse(answer.value);
    return parsed.success ? parsed.data : 'invalid';
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

/** Writes the mirror (as the app: approvers may not be allowed to edit the issue). */
export async function writeSignOffMirror(issueKey: string, mirror: SignOffMirror, retry: RetryGate): Promise<void> {
  await requestJira(route`/rest/api/3/issue/${issueKey}/properties/${SIGNOFF_PROPERTY_KEY}`, {
    as: 'app',
    schema: Ignored,
    method: 'PUT',
    body: SignOffMirror.parse(mirror),
    retry,
  });
}
