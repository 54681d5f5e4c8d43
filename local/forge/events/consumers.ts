import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** Forge's default limit for async event consumers (platform-facts: 55 s, up to 900 s with `timeoutSeconds`). */
export const CONSUMER_TIMEOUT_MS = 55_000;

const ConsumerManifest = z.object({
  modules: z
    .object({
      // Two shapes: `resolver: {function, method}` (a resolver definition gets the body as its payload) and, since
      // @forge/events 2, `function` (the handler gets the AsyncEvent `{body, queueName, jobId, eventId, retryContext?}`).
      consumer: z
        .array(
          z.union([
            z.object({ key: z.string(), queue: z.string(), resolver: z.object({ function: z.string(), method: z.string() }) }),
            z.object({ key: z.string(), queue: z.string(), function: z.string() }),
          ]),
        )
        .default([]),
      function: z.array(z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().positive().optional() })).default([]),
    })
    .passthrough(),
});

export interface QueueConsumer {
  /** The consumer module's key. */
  moduleKey: string;
  queue: string;
  /** The manifest function that holds the resolver. */
  functionKey: string;
  /** The resolver definition called with the event body; null for a function consumer (called with the AsyncEvent). */
  method: string | null;
  timeoutMs: number;
}

/** The manifest's `consumer` modules, keyed by queue (the local manifest reader drops `resolver.method`). */
export function readQueueConsumers(appDir: string): Map<string, QueueConsumer> {
  const manifest = ConsumerManifest.parse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  const consumers = new Map<string, QueueConsumer>();
  for (const c of manifest.modules.consumer) {
    const functionKey = 'resolver' in c ? c.resolver.function : c.function;
    const fn = manifest.modules.function.find((f) => f.key === functionKey);
    if (!fn) throw new Error(`manifest.yml: consumer '${c.key}' names function '${functionKey}', which is not declared`);
    consumers.set(c.queue, {
      moduleKey: c.key,
      queue: c.queue,
      functionKey,
      method: 'resolver' in c ? c.resolver.method : null,
      timeoutMs: fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : CONSUMER_TIMEOUT_MS,
    });
  }
  return consumers;
}
