import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';

export interface PanelContext {
  /** The acting user. */
  accountId?: string;
  locale?: string;
  timezone?: string;
  /** The issue the panel sits on, and its project (jira:issuePanel context). */
  issueKey?: string;
  projectKey?: string;
}

const keyOf = (extension: unknown, field: 'issue' | 'project'): string | undefined => {
  if (!extension || typeof extension !== 'object') return undefined;
  const entity = (extension as Record<string, unknown>)[field];
  if (!entity || typeof entity !== 'object') return undefined;
  const key = (entity as { key?: unknown }).key;
  return typeof key === 'string' ? key : undefined;
};

/** The Forge context, once; `ready` stays false until it answered (or failed: the defaults apply). */
export function usePanelContext(): { ready: boolean; context: PanelContext } {
  const [state, setState] = useState<{ ready: boolean; context: PanelContext }>({ ready: false, context: {} });
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((ctx) => {
        if (live) setState({ ready: true, context: { accountId: ctx.accountId, locale: ctx.locale, timezone: ctx.timezone, issueKey: keyOf(ctx.extension, 'issue'), projectKey: keyOf(ctx.extension, 'project') } });
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
