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

  const load = useCallback(
    async (refresh = false): Promise<boolean> => {
      const call = ++latest.current;
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

  return { state, reload: load };
}
