import { useCallback, useEffect, useRef, useState } from 'react';
import { asFailure, invoke } from '../../kit/invoke';
import type { ErrorCode, GetCampaignPanelResult } from './types';

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'error'; code: ErrorCode | 'BRIDGE'; message: string }
  | { kind: 'ready'; data: GetCampaignPanelResult; refreshing: boolean };

/** `refresh` asks the resolver to re-read the campaign from Jira instead of its stored roll-up. */
const fetchPanel = (issueKey: string | undefined, refresh: boolean): Promise<GetCampaignPanelResult> =>
  invoke('getCampaignPanel', { ...(issueKey ? { issueKey } : {}), ...(refresh ? { refresh: true } : {}) });

/** While the forecast is being computed in the background, the panel asks again this often, this many times at most. */
export const FORECAST_POLL_MS = 2_000;
export const FORECAST_POLL_MAX = 60;

const forecastSettled = (data: GetCampaignPanelResult): boolean =>
  data.mode === 'none' || (data.forecast?.status ?? 'current') === 'current';

/**
 * Loads the panel once the context is known, and again on `reload()` (from Jira itself with `refresh`);
 * resolves `true` when the reload succeeded.
 */
export function useCampaignPanel(
  enabled: boolean,
  issueKey: string | undefined,
): { state: PanelState; reload: (refresh?: boolean) => Promise<boolean> } {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const latest = useRef(0);
  const polls = useRef(0);

  const load = useCallback(
    async (refresh = false): Promise<boolean> => {
      const call = ++latest.current;
      polls.current = 0;
      setState((s) => (s.kind === 'ready' ? { ...s, refreshing: true } : { kind: 'loading' }));
      try {
        const data = await fetchPanel(issueKey, refresh);
        if (call === latest.current) setState({ kind: 'ready', data, refreshing: false });
        return true;
      } catch (e) {
        const failure = asFailure(e);
        if (call === latest.current) setState({ kind: 'error', code: failure.code, message: failure.message });
        return false;
      }
    },
    [issueKey],
  );

  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);

  // A stale or pending forecast: ask again quietly until the background run has stored the current one.
  const data = state.kind === 'ready' ? state.data : undefined;
  useEffect(() => {
    if (!data || forecastSettled(data) || polls.current >= FORECAST_POLL_MAX) return;
    const call = latest.current;
    const timer = window.setTimeout(() => {
      polls.current += 1;
      fetchPanel(issueKey, false)
        .then((next) => {
          if (call === latest.current) setState({ kind: 'ready', data: next, refreshing: false });
        })
        .catch(() => undefined); // a failed quiet ask waits for the next reload
    }, FORECAST_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [data, issueKey]);

  return { state, reload: load };
}
