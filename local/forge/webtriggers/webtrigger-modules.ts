import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import { RESOLVER_TIMEOUT_MS } from '../invoke';

/** One configured answer of a static web trigger (manifest `response.outputs[]`). */
const StaticOutput = z.object({
  key: z.string().min(1),
  statusCode: z.number().int().min(100).max(599),
  contentType: z.string().optional(),
  body: z.string().optional(),
});
export type StaticOutput = z.infer<typeof StaticOutput>;

const WebTriggerManifest = z.object({
  modules: z
    .object({
      webtrigger: z
        .array(
          z.object({
            key: z.string().min(1),
            function: z.string().optional(),
            endpoint: z.string().optional(),
            response: z
              .object({ type: z.enum(['static', 'dynamic']), outputs: z.array(StaticOutput).optional() })
              .passthrough()
              .optional(),
          }),
        )
        .default([]),
      function: z.array(z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().positive().optional() })).default([]),
    })
    .passthrough(),
});

export interface WebTriggerModule {
  moduleKey: string;
  functionKey: string;
  timeoutMs: number;
  /** The `static` outputs by key: the only answers the module can give. */
  outputs: Map<string, StaticOutput>;
}

/**
 * The manifest's `static` webtrigger modules that run a function. Dynamic ones (Forge's default when `response` is
 * absent) and Forge Remote (`endpoint`) ones are reported, not run: this app must stay Runs on Atlassian.
 */
export function readWebTriggerModules(appDir: string): { modules: WebTriggerModule[]; skipped: { moduleKey: string; reason: string }[] } {
  const parsed = WebTriggerManifest.safeParse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new Error(`manifest.yml: modules.${issue.path}: ${issue.message}`);
  }
  const { webtrigger, function: functions } = parsed.data.modules;
  const modules: WebTriggerModule[] = [];
  const skipped: { moduleKey: string; reason: string }[] = [];
  for (const w of webtrigger) {
    if (!w.function) {
      skipped.push({ moduleKey: w.key, reason: 'Forge Remote endpoints are not emulated by the local host' });
      continue;
    }
    if (w.response?.type !== 'static') {
      skipped.push({
        moduleKey: w.key,
        reason: "dynamic web triggers are not emulated (they count as egress); declare response.type 'static' with outputs",
      });
      continue;
    }
    const fn = functions.find((f) => f.key === w.function);
    if (!fn) throw new Error(`manifest.yml: webtrigger '${w.key}' names function '${w.function}', which is not declared`);
    const outputs = new Map<string, StaticOutput>();
    for (const o of w.response.outputs ?? []) {
      if (outputs.has(o.key)) throw new Error(`manifest.yml: webtrigger '${w.key}' declares output '${o.key}' twice`);
      outputs.set(o.key, o);
    }
    if (outputs.size === 0) throw new Error(`manifest.yml: static webtrigger '${w.key}' declares no response.outputs`);
    modules.push({
      moduleKey: w.key,
      functionKey: w.function,
      timeoutMs: fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : RESOLVER_TIMEOUT_MS,
      outputs,
    });
  }
  return { modules, skipped };
}
