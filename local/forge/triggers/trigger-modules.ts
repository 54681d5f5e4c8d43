import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { firstIssue } from '../../shared/zod-issue';
import { CONSUMER_TIMEOUT_MS } from '../events/consumers';

/** The Jira events the emulator publishes (others may be declared; they are simply never fired locally). */
export const EMULATED_EVENTS = [
  'avi:jira:created:issue',
  'avi:jira:updated:issue',
  'avi:jira:deleted:issue',
  'avi:jira:created:issuelink',
  'avi:jira:deleted:issuelink',
] as const;
export type EmulatedEventType = (typeof EMULATED_EVENTS)[number];

/** `@forge/manifest`'s ProductEventsFilter and PayloadInclude, as far as the host reads them. */
const Filter = z
  .object({
    ignoreSelf: z.boolean().optional(),
    expression: z.string().optional(),
    onError: z.enum(['IGNORE', 'IGNORE_AND_LOG', 'RECEIVE', 'RECEIVE_AND_LOG']).optional(),
    appIsLicensed: z.boolean().optional(),
  })
  .strict();
type Filter = z.infer<typeof Filter>;

const PayloadInclude = z.object({
  include: z.object({ propertyPaths: z.array(z.string().min(1)).optional(), fields: z.array(z.string().min(1)).optional() }).strict(),
});
type PayloadInclude = z.infer<typeof PayloadInclude>;

const Events = z.union([
  z.array(z.string().min(1)).min(1, 'must name at least one event'),
  z
    .array(z.object({ eventType: z.string().min(1), filter: Filter, payload: PayloadInclude.optional() }))
    .min(1, 'must name at least one event'),
]);

const TriggerManifest = z.object({
  modules: z
    .object({
      trigger: z
        .array(
          z.object({
            key: z.string().min(1),
            function: z.string().optional(),
            endpoint: z.string().optional(),
            events: Events,
            filter: Filter.optional(),
            payload: PayloadInclude.optional(),
          }),
        )
        .default([]),
      function: z.array(z.object({ key: z.string(), handler: z.string(), timeoutSeconds: z.number().positive().optional() })).default([]),
    })
    .passthrough(),
});

/** How one trigger module wants one event type. */
export interface EventSubscription {
  ignoreSelf: boolean;
  /** Extra issue fields asked for with `payload.include.fields`, rendered as REST renders them. */
  includeFields: string[];
}

export interface TriggerModule {
  moduleKey: string;
  functionKey: string;
  timeoutMs: number;
  events: Map<string, EventSubscription>;
  /** What the local host does not emulate for this module, said plainly (shown at GET /local/triggers). */
  notes: string[];
}

function subscription(filter: Filter | undefined, payload: PayloadInclude | undefined, notes: Set<string>): EventSubscription {
  if (filter?.expression !== undefined) notes.add('filter.expression is not evaluated locally: every event is delivered');
  if (filter?.appIsLicensed) notes.add('filter.appIsLicensed is ignored locally (the local install is always licensed)');
  if (payload?.include.propertyPaths) notes.add('payload.include.propertyPaths is not emulated');
  return { ignoreSelf: filter?.ignoreSelf ?? false, includeFields: payload?.include.fields ?? [] };
}

/** The manifest's `trigger` modules that run a function; remote (`endpoint`) triggers are reported, not run. */
export function readTriggerModules(appDir: string): { triggers: TriggerModule[]; skipped: { moduleKey: string; reason: string }[] } {
  const parsed = TriggerManifest.safeParse(parse(readFileSync(join(appDir, 'manifest.yml'), 'utf8')));
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new Error(`manifest.yml: ${issue.path}: ${issue.message}`);
  }
  const { trigger, function: functions } = parsed.data.modules;
  const triggers: TriggerModule[] = [];
  const skipped: { moduleKey: string; reason: string }[] = [];
  for (const t of trigger) {
    if (!t.function) {
      skipped.push({ moduleKey: t.key, reason: 'Forge Remote endpoints are not emulated by the local host' });
      continue;
    }
    const fn = functions.find((f) => f.key === t.function);
    if (!fn) throw new Error(`manifest.yml: trigger '${t.key}' names function '${t.function}', which is not declared`);
    const notes = new Set<string>();
    const events = new Map<string, EventSubscription>();
    for (const e of t.events) {
      if (typeof e === 'string') events.set(e, subscription(t.filter, t.payload, notes));
      else events.set(e.eventType, subscription(e.filter, e.payload ?? t.payload, notes));
    }
    const unknown = [...events.keys()].filter((e) => !(EMULATED_EVENTS as readonly string[]).includes(e));
    if (unknown.length > 0) notes.add(`never fired locally: ${unknown.join(', ')}`);
    triggers.push({
      moduleKey: t.key,
      functionKey: t.function,
      timeoutMs: fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : CONSUMER_TIMEOUT_MS,
      events,
      notes: [...notes],
    });
  }
  return { triggers, skipped };
}
