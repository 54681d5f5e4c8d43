import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RESOLVER_TIMEOUT_MS } from '../invoke';

const WebTriggerManifest = z.object({
  modules: z
    .object({
      webtrigger: z
        .array(
          z.object({
            key: z.string().min(1),
            function: z.string().optional(),
            endpoint: z.string().optional(),
            response: z.object({ type: z.enum(['static', 'dynamic']) }).passthrough().optional(),
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
  /** What the host does not emulate for this module. */
  notes: string[];
}

/** The manifest's `webtrigger` modules that run a function; Forge Remote (`endpoint`) ones are reported, not run. */
export function readWebTriggerModules(appDir: string): { modules: WebTriggerModule[]; skipped: { moduleKey: string; reason: string }[] } {
  const parsed = WebTriggerManifest.safeParse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`manifest.yml: modules.${issue.path.join('.')}: ${issue.message}`);
  }
  const { webtrigger, function: functions } = parsed.data.modules;
  const modules: WebTriggerModule[] = [];
  const skipped: { moduleKey: string; reason: string }[] = [];
  for (const w of webtrigger) {
    if (!w.function) {
      skipped.push({ moduleKey: w.key, reason: 'Forge Remote endpoints are not emulated by the local host' });
      continue;
    }
    const fn = functions.find((f) => f.key === w.function);
    if (!fn) throw new Error(`manifest.yml: webtrigger '${w.key}' names function '${w.function}', which is not declared`);
    modules.push({
      moduleKey: w.key,
      functionKey: w.function,
      timeoutMs: fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : RESOLVER_TIMEOUT_MS,
      notes: w.response?.type === 'static' ? ["response type 'static' is not emulated: the function's own response is sent"] : [],
    });
  }
  return { modules, skipped };
}
