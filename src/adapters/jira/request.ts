import api, { type Route } from '@forge/api';
import { z } from 'zod';
import { callProduct, type ProductCall } from '../http/product-call';
import { jiraQuota } from '../http/jira-quota';

export type { Actor } from '../http/product-call';
export type JiraCall<S extends z.ZodTypeAny> = ProductCall<S>;

const JiraErrorBody = z.object({ errorMessages: z.array(z.string()).default([]), errors: z.record(z.string()).default({}) }).partial();

const JIRA = {
  name: 'Jira',
  firstMessage(text: string): string | undefined {
    try {
      const body = JiraErrorBody.parse(JSON.parse(text));
      return body.errorMessages?.[0] ?? Object.values(body.errors ?? {})[0];
    } catch {
      return undefined;
    }
  },
  quota: jiraQuota,
};

/**
 * Calls Jira through @forge/api (see `callProduct`). Call it as
 * `requestJira(route\`/rest/api/3/...\`, { as, schema, method: 'POST' })` with the route and the method written
 * literally: @forge/lint finds REST calls (and their scopes) by exactly that name and shape.
 */
export function requestJira<S extends z.ZodTypeAny>(path: Route, call: JiraCall<S>): Promise<z.infer<S>> {
  const client = call.as === 'user' ? api.asUser() : api.asApp();
  return callProduct(JIRA, call, (init) => client.requestJira(path, init));
}
