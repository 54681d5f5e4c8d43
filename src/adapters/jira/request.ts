import api, { type Route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';

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
}

/**
 * Calls Jira through @forge/api and validates the answer with `schema`; maps Jira's refusals to app errors.
 * Call it as `requestJira(route\`/rest/api/3/...\`, { as, schema, method: 'POST' })` with the route and the
 * method written literally: @forge/lint finds REST calls (and their scopes) by exactly that name and shape.
 */
export async function requestJira<S extends z.ZodTypeAny>(path: Route, call: JiraCall<S>): Promise<z.infer<S>> {
  const client = call.as === 'user' ? api.asUser() : api.asApp();
  const { body, schema } = call;
  const res = await client.requestJira(path, {
    method: call.method ?? 'GET',
    headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  if (res.status === 404) throw new AppError('NOT_FOUND', firstMessage(text) ?? 'Not found, or you do not have permission to see it.');
  if (res.status === 401 || res.status === 403) throw new AppError('FORBIDDEN', firstMessage(text) ?? 'You do not have permission to do this in Jira.');
  if (res.status === 429 || res.status >= 500) throw new AppError('TRY_AGAIN', 'Jira is busy right now. Please try again in a moment.');
  if (!res.ok) throw new AppError('UPSTREAM', firstMessage(text) ?? `Jira answered ${res.status}.`);
  if (res.status === 204 || text === '') return schema.parse(undefined);
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    console.error('[campaign-control] unexpected Jira response', parsed.error.issues.slice(0, 3));
    throw new AppError('UPSTREAM', 'Jira answered in an unexpected shape.');
  }
  return parsed.data;
}
