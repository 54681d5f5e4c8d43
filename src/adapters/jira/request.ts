import api, { type Route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import { rateSignalOf, type RetryGate } from '../http/retry';

/** `user` acts with the invoking person's Jira permissions (asUser); `app` with the app's (asApp). */
export type Actor = 'user' | 'app';

const JiraErrorBody = z.object({ errorMessages: z.array(z.string()).default([]), errors: z.record(z.string()).default({}) }).partial();

function firstMessage(text: string): string | undefined {
  try {
    const body = JiraErrorBody.parse(JSON.parse(text));
    return body.errorMessages?.[0] ?? Object.values(body.errors ?? {})[0];
  } catch {
    return undefined;
  }
}

export interface JiraCall<S extends z.ZodTypeAny> {
  as: Actor;
  schema: S;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Retries 429/503 answers that carry `Retry-After`, per the gate's policy (one gate per invocation). */
  retry?: RetryGate;
  /** Whether sending the call twice is harmless; defaults to true for GET/PUT/DELETE, false for POST. */
  idempotent?: boolean;
  /** Non-2xx statuses whose body is a normal answer to parse with `schema` (bulk create's 400 lists its failures). */
  answerStatuses?: number[];
}

/**
 * Calls Jira through @forge/api and validates the answer with `schema`; maps Jira's refusals to app errors.
 * Call it as `requestJira(route\`/rest/api/3/...\`, { as, schema, method: 'POST' })` with the route and the
 * method written literally: @forge/lint finds REST calls (and their scopes) by exactly that name and shape.
 */
export async function requestJira<S extends z.ZodTypeAny>(path: Route, call: JiraCall<S>): Promise<z.infer<S>> {
  const client = call.as === 'user' ? api.asUser() : api.asApp();
  const { body, schema } = call;
  const method = call.method ?? 'GET';
  const idempotent = call.idempotent ?? method !== 'POST';
  let res: Awaited<ReturnType<typeof client.requestJira>>;
  for (let attempt = 0; ; attempt++) {
    await call.retry?.beforeCall();
    try {
      res = await client.requestJira(path, {
        method,
        headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (e) {
      // No answer (timeout, connection reset): a write may or may not have happened; the caller re-reads.
      console.error('[campaign-control] Jira call failed without an answer', e);
      throw new AppError('TRY_AGAIN', 'Jira did not answer. Please try again in a moment.');
    }
    if (!call.retry) break;
    if (res.ok) {
      call.retry.recordSuccess();
      break;
    }
    const decision = call.retry.afterRefusal(rateSignalOf(res.status, res.headers), { idempotent, attempt });
    if (!decision.retry) break;
    await res.text();
    await call.retry.wait(decision.delayMs);
  }
  const text = await res.text();
  if (call.answerStatuses?.includes(res.status)) return parseAnswer(schema, text);
  if (res.status === 404) throw new AppError('NOT_FOUND', firstMessage(text) ?? 'Not found, or you do not have permission to see it.');
  if (res.status === 401 || res.status === 403) throw new AppError('FORBIDDEN', firstMessage(text) ?? 'You do not have permission to do this in Jira.');
  if (res.status === 429 || res.status >= 500) throw new AppError('TRY_AGAIN', 'Jira is busy right now. Please try again in a moment.');
  if (!res.ok) throw new AppError('UPSTREAM', firstMessage(text) ?? `Jira answered ${res.status}.`);
  if (res.status === 204 || text === '') return schema.parse(undefined);
  return parseAnswer(schema, text);
}

function parseAnswer<S extends z.ZodTypeAny>(schema: S, text: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('UPSTREAM', 'Jira answered with something that is not JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.error('[campaign-control] unexpected Jira response', parsed.error.issues.slice(0, 3));
    throw new AppError('UPSTREAM', 'Jira answered in an unexpected shape.');
  }
  return parsed.data;
}
