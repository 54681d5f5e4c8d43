import { useCallback, useEffect, useRef, useState } from 'react';
import { invoke } from '@forge/bridge';
import type { ErrorCode, GetCampaignPanelResult, ResolverResult } from './types';

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'error'; code: ErrorCode | 'BRIDGE'; message: string }
  | { kind: 'ready'; data: GetCampaignPanelResult; refreshing: boolean };

class PanelFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'BRIDGE',
    message: string,
  ) {
    super(message);
  }
}

/** `refresh` asks the resolver to re-read the campaign from Jira instead of its stored roll-up. */
async function fetchPanel(issueKey: string | undefined, refresh: boolean): Promise<GetCampaignPanelResult> {
  let result: ResolverResult<GetCampaignPanelResult>;
  try {
    // No metadata argument, so the bridge answers with the resolver's result itself.
    const payload = { ...(issueKey ? { issueKey } : {}), ...(refresh ? { refresh: true } : {}) };
    result = (await invoke('getCampaignPanel', payload)) as ResolverResult<GetCampaignPanelResult>;
  } catch (e) {
    throw new PanelFailure('BRIDGE', e instanceof Error ? e.message : String(e));
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) throw new PanelFailure('INTERNAL', 'getCampaignPanel answered without a result.');
  if (!result.ok) throw new PanelFailure(result.error.code, result.error.message);
  return result.data;
}

/**
 * Loads the panel once the context is known, and again on `reload()` (from Jira itself with `refresh`);
 * resolves `true` when the reload succeeded.
 */
export function useCampaignPanel(enabled: boolean, issueKey: string | undefined): { state: PanelState; reload: (refresh?: boolean) => Promise<boolean> } {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const latest = useRef(0);

  const load = useCallback(async (refresh = false): Promise<boolean> => {
    const call = ++latest.current;
    setState((s) => (s.kind === 'ready' ? { ...s, refreshing: true } : { kind: 'loading' }));
    try {
      const data = await fetchPanel(issueKey, refresh);
      if (call === latest.current) setState({ kind: 'ready', data, refreshing: false });
      return true;
    } catch (e) {
      const failure = e instanceof PanelFailure ? e : new PanelFailure('INTERNAL', e instanceof Error ? e.message : String(e));
      if (call === latest.current) setState({ kind: 'error', code: failure.code, message: failure.message });
      return false;
    }
  }, [issueKey]);

  useEffect(() => {
    if (enabled) void load();
  }, [enabled, load]);

  return { state, reload: load };
}
