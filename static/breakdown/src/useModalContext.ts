import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';

export interface ModalContext {
  locale?: string;
  /** The issue the action was opened on (jira:issueAction context). */
  issueKey?: string;
}

const issueKeyOf = (extension: unknown): string | undefined => {
  const issue = extension && typeof extension === 'object' ? (extension as { issue?: unknown }).issue : undefined;
  const key = issue && typeof issue === 'object' ? (issue as { key?: unknown }).key : undefined;
  return typeof key === 'string' ? key : undefined;
};

/** The Forge context, once; `ready` stays false until it answered (or failed, then the defaults apply). */
export function useModalContext(): { ready: boolean; context: ModalContext } {
  const [state, setState] = useState<{ ready: boolean; context: ModalContext }>({ ready: false, context: {} });
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((ctx) => live && setState({ ready: true, context: { locale: ctx.locale, issueKey: issueKeyOf(ctx.extension) } }))
      .catch(() => live && setState({ ready: true, context: {} }));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
