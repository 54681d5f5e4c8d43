import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import { CONSUMER_TIMEOUT_MS } from '../events/consumers';

/** `@forge/manifest`'s scheduledTrigger intervals. */
export const SCHEDULED_INTERVALS = ['fiveMinute', 'hour', 'day', 'week'] as const;
export type ScheduledInterval = (typeof SCHEDULED_INTERVALS)[number];

export const INTERVAL_MS: Record<ScheduledInterval, number> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

const ScheduledManifest = z.object({
  modules: z
    .object({
      scheduledTrigger: z
        .array(
          z.object({
            key: z.string().min(1),
            function: z.string().optional(),
            endpoint: z.string().optional(),
            interval: z.enum(SCHEDULED_INTERVALS),
            filter: z.unknown().optional(),
          }),
        )
        .default([]),
      function: z.array(z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().positive().optional() })).default([]),
    })
    .passthrough(),
});

export interface ScheduledModule {
  moduleKey: string;
  functionKey: string;
  interval: ScheduledInterval;
  /** The function's `timeoutSeconds`, else Forge's 55 s. */
  timeoutMs: number;
  /** What the local host does not emulate for this module (shown at GET /local/scheduled). */
  notes: string[];
}

/** The manifest's `scheduledTrigger` modules that run a function; remote (`endpoint`) ones are reported, not run. */
export function readScheduledModules(appDir: string): { modules: ScheduledModule[]; skipped: { moduleKey: string; reason: string }[] } {
  const parsed = ScheduledManifest.safeParse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new Error(`manifest.yml: modules.${issue.path}: ${issue.message}`);
  }
  const { scheduledTrigger, function: functions } = parsed.data.modules;
  const modules: ScheduledModule[] = [];
  const skipped: { moduleKey: string; reason: string }[] = [];
  for (const t of scheduledTrigger) {
    if (!t.function) {
      skipped.push({ moduleKey: t.key, reason: 'Forge Remote endpoints are not emulated by the local host' });
      continue;
    }
    const fn = functions.find((f) => f.key === t.function);
    if (!fn) throw new Error(`manifest.yml: scheduledTrigger '${t.key}' names function '${t.function}', which is not declared`);
    modules.push({
      moduleKey: t.key,
      functionKey: t.function,
      interval: t.interval,
      timeoutMs: fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : CONSUMER_TIMEOUT_MS,
      notes: t.filter === undefined ? [] : ['filter is not evaluated locally: the trigger always runs'],
    });
  }
  return { modules, skipped };
}
