import api, { type Route } from '@forge/api';
import { z } from 'zod';
import { callProduct, type ProductCall } from '../http/product-call';

export type ConfluenceCall<S extends z.ZodTypeAny> = ProductCall<S>;

/** Confluence v2 error body: `{errors:[{status, code, title, detail}]}`. */
const ConfluenceErrorBody = z.object({
  errors: z.array(z.object({ title: z.string().optional(), detail: z.string().nullable().optional() }).passthrough()),
});

const CONFLUENCE = {
  name: 'Confluence',
  firstMessage(text: string): string | undefined {
    try {
      const e = ConfluenceErrorBody.parse(JSON.parse(text)).errors[0];
      return e?.detail ?? e?.title;
    } catch {
      return undefined;
    }
  },
};

/** Calls Confluence through @forge/api (see `callProduct`); like `requestJira`, with a literal route and method. */
export function requestConfluence<S extends z.ZodTypeAny>(path: Route, call: ConfluenceCall<S>): Promise<z.infer<S>> {
  const client = call.as === 'user' ? api.asUser() : api.asApp();
  return callProduct(CONFLUENCE, call, (init) => client.requestConfluence(path, init));
}
