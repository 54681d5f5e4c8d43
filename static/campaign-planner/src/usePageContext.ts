import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';

export interface PageContext {
  locale?: string;
  /** The project the page is opened in (jira:projectPage context). */
  projectKey?: string;
  timezone?: string;
}

const projectKeyOf = (extension: unknown): string | undefined => {
  if (!extension || typeof extension !== 'object') return undefined;
  const project = (extension as { project?: unknown }).project;
  if (!project || typeof project !== 'object') return undefined;
  const key = (project as { key?: unknown }).key;
  return typeof key === 'string' ? key : undefined;
};

/** The Forge context, once; `ready` stays false until it answered (or failed, then the defaults apply). */
export function usePageContext(): { ready: boolean; context: PageContext } {
  const [state, setState] = useState<{ ready: boolean; context: PageContext }>({ ready: false, context: {} });
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((ctx) => {
        if (live) setState({ ready: true, context: { locale: ctx.locale, projectKey: projectKeyOf(ctx.extension), timezone: ctx.timezone } });
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
