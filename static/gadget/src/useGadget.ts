import { useCallback, useEffect, useState } from 'react';
import { events, view } from '@forge/bridge';
import type { GetPortfolioResult } from '../../../src/contracts/portfolio';
import { asFailure, invoke, type ResolverFailure } from '../../kit/invoke';
import { readConfig, type GadgetConfig } from './config';

/** What the gadget reads from its Forge context: the reader, and Jira's gadget extension (mode and configuration). */
export interface GadgetContext {
  ready: boolean;
  locale?: string;
  timeZone?: string;
  /** Jira opens the gadget's edit view with `entryPoint: 'edit'`. */
  editing: boolean;
  config: GadgetConfig;
}

const extensionOf = (ctx: { extension?: unknown }): Record<string, unknown> =>
  ctx.extension && typeof ctx.extension === 'object' ? (ctx.extension as Record<string, unknown>) : {};

export function useGadgetContext(): GadgetContext {
  const [state, setState] = useState<GadgetContext>({ ready: false, editing: false, config: readConfig(undefined) });
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((ctx) => {
        const extension = extensionOf(ctx);
        if (live)
          setState({
            ready: true,
            locale: ctx.locale,
            timeZone: ctx.timezone,
            editing: extension.entryPoint === 'edit',
            config: readConfig(extension.gadgetConfiguration),
          });
      })
      .catch(() => {
        if (live) setState((s) => ({ ...s, ready: true }));
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export type PortfolioState =
  { status: 'loading' } | { status: 'ready'; data: GetPortfolioResult } | { status: 'failed'; failure: ResolverFailure };

/** Jira's event asking a gadget with `refreshable: false` to refresh itself. */
export const GADGET_REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

/**
 * The portfolio for the gadget's scope, loaded once and again on Jira's refresh event (which also asks Jira again
 * which projects the reader may browse, instead of the answer cached for a minute).
 */
export function usePortfolio(projectKey: string | null): { state: PortfolioState; reload: (refresh?: boolean) => void } {
  const [state, setState] = useState<PortfolioState>({ status: 'loading' });
  const load = useCallback(
    (refresh = false) => {
      setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
      invoke('getPortfolio', { ...(projectKey ? { projectKeys: [projectKey] } : {}), ...(refresh ? { refresh } : {}) })
        .then((data) => setState({ status: 'ready', data }))
        .catch((e: unknown) => setState({ status: 'failed', failure: asFailure(e) }));
    },
    [projectKey],
  );
  useEffect(() => {
    load();
    const subscription = events.on(GADGET_REFRESH_EVENT, () => load(true));
    return () => {
      void subscription.then((s) => s.unsubscribe()).catch(() => undefined);
    };
  }, [load]);
  return { state, reload: load };
}
