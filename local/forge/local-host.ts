import { resolve } from 'node:path';
import { startHost, type HostOptions, type RunningHost } from '../server/host';
import { uiRoutes } from '../ui/routes';
import { ForgeInvoker } from './invoke';
import { dashboardRoutes } from './dashboard/gadgets';
import { pageViewRoutes } from './macro/page-routes';
import { localRoutes } from './local-routes';
import { readManifest } from './manifest';
import { EventQueues } from './events/event-queues';
import { installCustomFields } from './install/install-custom-fields';
import { installEntityProperties } from './install/install-entity-properties';
import { EventTriggers } from './triggers/event-triggers';
import { ScheduledTriggers } from './scheduled/scheduled-triggers';
import type { ScheduledInterval } from './scheduled/scheduled-modules';
import { WebTriggers } from './webtriggers/web-triggers';
import { LocalLlm } from './llm/local-llm';
import { issueActionRoutes } from './issue-actions/issue-actions';
import { LocalRovo } from './rovo/local-rovo';

export interface LocalHostOptions extends Omit<HostOptions, 'extraRoutes'> {
  /** The app's folder (holds manifest.yml, src/, static/). Defaults to this repository. */
  appDir?: string;
  /** Run the app from this `@forge/bundler` output (`npm run bundle`) instead of from `src/`. */
  bundleDir?: string;
  /** Resolver time limit; Forge's is 25 s. */
  timeoutMs?: number;
  /** Async event consumers' time limit; Forge's default is 55 s (or the function's `timeoutSeconds`). */
  consumerTimeoutMs?: number;
  /** Milliseconds per second of @forge/events `retryAfter`/`delayInSeconds` (default 1000; tests shrink it). */
  queueMsPerSecond?: number;
  /** Trigger functions' time limit; Forge's is 55 s (or the function's `timeoutSeconds`). */
  triggerTimeoutMs?: number;
  /** Period of each `scheduledTrigger` interval, e.g. `{day: 200}` in tests (default: the real ones; `day` = 24 h after start). */
  scheduledIntervalMs?: Partial<Record<ScheduledInterval, number>>;
  /** Scheduled functions' time limit; Forge's is 55 s (or the function's `timeoutSeconds`). */
  scheduledTimeoutMs?: number;
  /** False: scheduled triggers run only on demand (`POST /local/scheduled/{moduleKey}/run`). Default true. */
  scheduledTimers?: boolean;
  /** What `rovo.isEnabled()` answers at start (default true; `POST /local/rovo {enabled}` changes it). */
  rovoEnabled?: boolean;
}

export interface RunningLocalHost extends RunningHost {
  invoker: ForgeInvoker;
  queues: EventQueues;
  triggers: EventTriggers;
  scheduled: ScheduledTriggers;
  /** The scripted stand-in for Forge LLMs (off until a test or `POST /local/llm` switches it on). */
  llm: LocalLlm;
  /** The Rovo Chat stand-in (the agent, its actions, a scripted model). */
  rovo: LocalRovo;
}

/** The whole local Forge host: Jira + Confluence emulator, the app's resolvers, the Custom UI host page. */
export async function startLocalHost(options: LocalHostOptions): Promise<RunningLocalHost> {
  const appDir = options.appDir ?? resolve(__dirname, '..', '..');
  const manifest = readManifest(appDir);
  let invoker: ForgeInvoker | undefined;
  let queues: EventQueues | undefined;
  let triggers: EventTriggers | undefined;
  let scheduled: ScheduledTriggers | undefined;
  let rovo: LocalRovo | undefined;
  const llm = new LocalLlm();
  const host = await startHost({
    ...options,
    extraRoutes: (ctx) => {
      // Like `forge install`: the app's jira:customField modules exist before anything is served.
      installCustomFields(ctx.db, appDir);
      installEntityProperties(ctx.db, appDir);
      invoker = new ForgeInvoker({
        appDir,
        bundleDir: options.bundleDir,
        manifest,
        db: ctx.db,
        productBaseUrl: () => ctx.internalUrl,
        timeoutMs: options.timeoutMs,
      });
      invoker.setInvocationListener((info) => ctx.stats.beginInvocation(info));
      queues = new EventQueues({
        appDir,
        db: ctx.db,
        invoker,
        msPerSecond: options.queueMsPerSecond,
        consumerTimeoutMs: options.consumerTimeoutMs,
      });
      triggers = new EventTriggers({ appDir, db: ctx.db, invoker, baseUrl: () => ctx.baseUrl, timeoutMs: options.triggerTimeoutMs });
      scheduled = new ScheduledTriggers({
        appDir,
        invoker,
        intervalMs: options.scheduledIntervalMs,
        timeoutMs: options.scheduledTimeoutMs,
        timers: options.scheduledTimers,
      });
      // After the queues: web trigger URL calls are answered first, queue calls passed on.
      const webTriggers = new WebTriggers({ appDir, db: ctx.db, invoker, baseUrl: () => ctx.baseUrl });
      webTriggers.chainStargate(invoker);
      invoker.setLlm((path, init) => llm.answer(path, init));
      rovo = new LocalRovo({ appDir, db: ctx.db, invoker, enabled: options.rovoEnabled });
      return [
        ...llm.routes(),
        ...rovo.routes(),
        ...issueActionRoutes(ctx.db, manifest, () => ctx.internalUrl),
        ...localRoutes(ctx, invoker, manifest),
        ...dashboardRoutes(ctx.db, manifest),
        ...pageViewRoutes(ctx, manifest),
        ...queues.routes(),
        ...triggers.routes(),
        ...scheduled.routes(),
        ...webTriggers.routes(),
        ...uiRoutes(ctx),
      ];
    },
  });
  if (!invoker || !queues || !triggers || !scheduled || !rovo) throw new Error('local host started without its Forge invoker');
  const eventQueues = queues;
  const eventTriggers = triggers;
  eventQueues.start();
  eventTriggers.start();
  const scheduledTriggers = scheduled;
  scheduledTriggers.start();
  const closeHost = host.close;
  return Object.assign(host, {
    invoker,
    queues: eventQueues,
    triggers: eventTriggers,
    scheduled: scheduledTriggers,
    llm,
    rovo,
    close: async () => {
      await scheduledTriggers.stop();
      await eventTriggers.stop();
      await eventQueues.stop();
      await closeHost();
    },
  });
}
