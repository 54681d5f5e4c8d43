import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** Forge's default limit for async event consumers (platform-facts: 55 s, up to 900 s with `timeoutSeconds`). */
export const CONSUMER_TIMEOUT_MS = 55_000;

const ConsumerManifest = z.object({
  modules: z
    .object({
      consumer: z
        .array(z.object({ key: z.string(), queue: z.string(), resolver: z.object({ function: z.string(), method: z.string() }) }))
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
  /** The resolver definition called with the event body. */
  method: string;
  timeoutMs: number;
}

/** The manifest's `consumer` modules, keyed by queue (the local manifest reader drops `resolver.method`). */
export function readQueueConsumers(appDir: string): Map<string, QueueConsumer> {
  const manifest = ConsumerManifest.parse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  const consumers = new Map<string, QueueConsumer>();
  for (const c of manifest.modules.consumer) {
    const fn = manifest.modules.function.find((f) => f.key === c.resolver.function);
    if (!fn) throw new Error(`manifest.yml: consumer '${c.key}' names function '${c.resolver.function}', which is not declared`);
    consumers.set(c.queue, {
      moduleKey: c.key,
      queue: c.queue,
      functionKey: c.resolver.function,
      method: c.resolver.method,
      timeoutMs: fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : CONSUMER_TIMEOUT_MS,
    });
  }
  return consumers;
}
