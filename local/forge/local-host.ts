import { resolve } from 'node:path';
import { startHost, type HostOptions, type RunningHost } from '../server/host';
import { uiRoutes } from '../ui/routes';
import { ForgeInvoker } from './invoke';
import { localRoutes } from './local-routes';
import { readManifest } from './manifest';

export interface LocalHostOptions extends Omit<HostOptions, 'extraRoutes'> {
  /** The app's folder (holds manifest.yml, src/, static/). Defaults to this repository. */
  appDir?: string;
  /** Resolver time limit; Forge's is 25 s. */
  timeoutMs?: number;
}

export interface RunningLocalHost extends RunningHost {
  invoker: ForgeInvoker;
}

/** The whole local Forge host: Jira + Confluence emulator, the app's resolvers, the Custom UI host page. */
export async function startLocalHost(options: LocalHostOptions): Promise<RunningLocalHost> {
  const appDir = options.appDir ?? resolve(__dirname, '..', '..');
  const manifest = readManifest(appDir);
  let invoker: ForgeInvoker | undefined;
  const host = await startHost({
    ...options,
    extraRoutes: (ctx) => {
      invoker = new ForgeInvoker({ appDir, manifest, db: ctx.db, productBaseUrl: () => ctx.internalUrl, timeoutMs: options.timeoutMs });
      return [...localRoutes(ctx, invoker, manifest), ...uiRoutes(ctx)];
    },
  });
  if (!invoker) throw new Error('local host started without its Forge invoker');
  return Object.assign(host, { invoker });
}
