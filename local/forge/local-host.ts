import { resolve } from 'node:path';
import { startHost, type HostOptions, type RunningHost } from '../server/host';
import { uiRoutes } from '../ui/routes';
import { ForgeInvoker } from './invoke';
import { localRoutes } from './local-routes';
import { readManifest } from './manifest';
import { EventQueues } from './events/event-queues';
import { installCustomFields } from './install/install-custom-fields';
import { EventTriggers } from './triggers/event-triggers';

export interface LocalHostOptions extends Omit<HostOptions, 'extraRoutes'> {
  /** The app's folder (holds manifest.yml, src/, static/). Defaults to this repository. */
  appDir?: string;
  /** Resolver time limit; Forge's is 25 s. */
  timeoutMs?: number;
  /** Async event consumers' time limit; Forge's default is 55 s (or the function's `timeoutSeconds`). */
  consumerTimeoutMs?: number;
  /** Milliseconds per second of @forge/events `retryAfter`/`delayInSeconds` (default 1000; tests shrink it). */
  queueMsPerSecond?: number;
  /** Trigger functions' time limit; Forge's is 55 s (or the function's `timeoutSeconds`). */
  triggerTimeoutMs?: number;
}

export interface RunningLocalHost extends RunningHost {
  invoker: ForgeInvoker;
  queues: EventQueues;
  triggers: EventTriggers;
}

/** The whole local Forge host: Jira + Confluence emulator, the app's resolvers, the Custom UI host page. */
export async function startLocalHost(options: LocalHostOptions): Promise<RunningLocalHost> {
  const appDir = options.appDir ?? resolve(__dirname, '..', '..');
  const manifest = readManifest(appDir);
  let invoker: ForgeInvoker | undefined;
  let queues: EventQueues | undefined;
  let triggers: EventTriggers | undefined;
  const host = await startHost({
    ...options,
    extraRoutes: (ctx) => {
      // Like `forge install`: the app's jira:customField modules exist before anything is served.
      installCustomFields(ctx.db, appDir);
      invoker = new ForgeInvoker({ appDir, manifest, db: ctx.db, productBaseUrl: () => ctx.internalUrl, timeoutMs: options.timeoutMs });
      queues = new EventQueues({ appDir, db: ctx.db, invoker, msPerSecond: options.queueMsPerSecond, consumerTimeoutMs: options.consumerTimeoutMs });
      triggers = new EventTriggers({ appDir, db: ctx.db, invoker, baseUrl: () => ctx.baseUrl, timeoutMs: options.triggerTimeoutMs });
      return [...localRoutes(ctx, invoker, manifest), ...queues.routes(), ...triggers.routes(), ...uiRoutes(ctx)];
    },
  });
  if (!invoker || !queues || !triggers) throw new Error('local host started without its Forge invoker');
  const eventQueues = queues;
  const eventTriggers = triggers;
  eventQueues.start();
  eventTriggers.start();
  const closeHost = host.close;
  return Object.assign(host, {
    invoker,
    queues: eventQueues,
    triggers: eventTriggers,
    close: async () => {
      await eventTriggers.stop();
      await eventQueues.stop();
      await closeHost();
    },
  });
}
