import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';

/** What the apps read from the Forge context; each module fills what its extension point gives. */
export interface ForgeContext {
  /** The acting user. */
  accountId?: string;
  locale?: string;
  timezone?: string;
  /** The issue of an issue panel or issue action. */
  issueKey?: string;
  /** The project of an issue panel or project page. */
  projectKey?: string;
}

const keyOf = (extension: unknown, field: 'issue' | 'project'): string | undefined => {
  if (!extension || typeof extension !== 'object') return undefined;
  const entity = (extension as Record<string, unknown>)[field];
  if (!entity || typeof entity !== 'object') return undefined;
  const key = (entity as { key?: unknown }).key;
  return typeof key === 'string' ? key : undefined;
};

/** The Forge context, once; `ready` stays false until it answered (or failed: then the defaults apply). */
export function useForgeContext(): { ready: boolean; context: ForgeContext } {
  const [state, setState] = useState<{ ready: boolean; context: ForgeContext }>({ ready: false, context: {} });
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((ctx) => {
        const context = {
          accountId: ctx.accountId,
          locale: ctx.locale,
          timezone: ctx.timezone,
          issueKey: keyOf(ctx.extension, 'issue'),
          projectKey: keyOf(ctx.extension, 'project'),
        };
        if (live) setState({ ready: true, context });
      })
      .catch(() => {
        if (live) setState({ ready: true, context: {} });
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
