import { z } from 'zod';
import { AppError } from '../../shared/result';
import { typedSchema } from '../../shared/typed-schema';
import { rateSignalOf, type RetryGate } from './retry';

/** `user` acts with the invoking person's permissions (asUser); `app` with the app's (asApp). */
export type Actor = 'user' | 'app';

export interface ProductCall<S extends z.ZodTypeAny> {
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

export interface ProductAnswer {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface Product {
  /** "Jira" or "Confluence", for messages people read. */
  name: string;
  /** The product's own error message from an error body, if it has one. */
  firstMessage(text: string): string | undefined;
  /** The current invocation's view of the product's points quota (Jira's): read on every answer, holds calls during a pause. */
  quota?: () => QuotaHooks;
}

export interface QuotaHooks {
  /** Waits out or refuses (TRY_AGAIN) a call while the quota is paused. */
  beforeCall(): Promise<void>;
  /** Refuses (TRY_AGAIN, naming the reset) when the quota is paused for longer than this invocation may wait. */
  refuseLongPause(): Promise<unknown>;
  observe(status: number, headers: { get(name: string): string | null }): Promise<void>;
}

/**
 * The one place that sends a product REST call (through @forge/api, by `send`), applies the retry policy,
 * maps refusals to app errors and validates the answer. `requestJira`/`requestConfluence` are thin wrappers,
 * kept by those names because Forge's linter finds REST calls (and their scopes) by them.
 */
export async function callProduct<S extends z.ZodTypeAny>(
  product: Product,
  call: ProductCall<S>,
  send: (init: { method: string; headers: Record<string, string>; body?: string }) => Promise<ProductAnswer>,
): Promise<z.infer<S>> {
  const { body, schema } = call;
  const method = call.method ?? 'GET';
  const idempotent = call.idempotent ?? method !== 'POST';
  const quota = product.quota?.();
  let res: ProductAnswer;
  for (let attempt = 0; ; attempt++) {
    await quota?.beforeCall();
    await call.retry?.beforeCall();
    try {
      res = await send({
        method,
        headers: { Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (e) {
      // No answer (timeout, connection reset): a write may or may not have happened; the caller re-reads.
      if (!idempotent) call.retry?.afterLostAnswer();
      console.error(`[campaign-control] ${product.name} call failed without an answer`, e);
      throw new AppError('TRY_AGAIN', { key: 'errors.upstreamNoAnswer', params: { product: product.name } });
    }
    await quota?.observe(res.status, res.headers);
    // A quota pause longer than a retry may wait refuses now, naming the reset, instead of retrying into it.
    if (res.status === 429) await quota?.refuseLongPause();
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
  const message = (): string | undefined => product.firstMessage(text);
  if (call.answerStatuses?.includes(res.status)) return parseAnswer(product, schema, text);
  if (res.status === 404) throw new AppError('NOT_FOUND', message() ?? { key: 'errors.upstreamNotFound' });
  if (res.status === 401 || res.status === 403)
    throw new AppError('FORBIDDEN', message() ?? { key: 'errors.upstreamForbidden', params: { product: product.name } });
  if (res.status === 429 || res.status >= 500)
    throw new AppError('TRY_AGAIN', { key: 'errors.upstreamBusy', params: { product: product.name } });
  if (!res.ok)
    throw new AppError('UPSTREAM', message() ?? { key: 'errors.upstreamStatus', params: { product: product.name, status: res.status } });
  if (res.status === 204 || text === '') return typedSchema(schema).parse(undefined);
  return parseAnswer(product, schema, text);
}

function parseAnswer<S extends z.ZodTypeAny>(product: Product, schema: S, text: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('UPSTREAM', { key: 'errors.upstreamNotJson', params: { product: product.name } });
  }
  const parsed = typedSchema(schema).safeParse(json);
  if (!parsed.success) {
    console.error(`[campaign-control] unexpected ${product.name} response`, parsed.error.issues.slice(0, 3));
    throw new AppError('UPSTREAM', { key: 'errors.upstreamShape', params: { product: product.name } });
  }
  return parsed.data;
}
