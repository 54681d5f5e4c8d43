import api, { type Route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import type { Actor } from '../jira/request';

/** Confluence v2 error body: `{errors:[{status, code, title, detail}]}`. */
const ConfluenceErrorBody = z.object({ errors: z.array(z.object({ title: z.string().optional(), detail: z.string().nullable().optional() }).passthrough()) });

function firstMessage(text: string): string | undefined {
  try {
    const e = ConfluenceErrorBody.parse(JSON.parse(text)).errors[0];
    return e?.detail ?? e?.title;
  } catch {
    return undefined;
  }
}

export interface ConfluenceCall<S extends z.ZodTypeAny> {
  as: Actor;
  schema: S;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
}

/**
 * Calls Confluence through @forge/api, validates the answer with `schema`, and maps refusals to app errors.
 * Like `requestJira`, call it with a literal route and method: Forge's linter finds calls by that shape.
 */
export async function requestConfluence<S extends z.ZodTypeAny>(path: Route, call: ConfluenceCall<S>): Promise<z.infer<S>> {
  const client = call.as === 'user' ? api.asUser() : api.asApp();
  const res = await client.requestConfluence(path, {
    method: call.method ?? 'GET',
    headers: { Accept: 'application/json', ...(call.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
  });
  const text = await res.text();
  if (res.status === 404) throw new AppError('NOT_FOUND', firstMessage(text) ?? 'This Confluence page does not exist, or you cannot see it.');
  if (res.status === 401 || res.status === 403) throw new AppError('FORBIDDEN', firstMessage(text) ?? 'You do not have permission to do this in Confluence.');
  if (res.status === 429 || res.status >= 500) throw new AppError('TRY_AGAIN', 'Confluence is busy right now. Please try again in a moment.');
  if (!res.ok) throw new AppError('UPSTREAM', firstMessage(text) ?? `Confluence answered ${res.status}.`);
  const parsed = call.schema.safeParse(text === '' ? undefined : JSON.parse(text));
  if (!parsed.success) {
    console.error('[campaign-control] unexpected Confluence response', parsed.error.issues.slice(0, 3));
    throw new AppError('UPSTREAM', 'Confluence answered in an unexpected shape.');
  }
  return parsed.data;
}
