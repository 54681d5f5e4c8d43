import { useCallback, useEffect, useRef, useState } from 'react';
import { invoke } from '@forge/bridge';
import type { OverviewResult, ResolverResult } from './types';

export type OverviewState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; data: OverviewResult; refreshing: boolean };

const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Loads the overview once, and again on `reload()`; resolves `true` when a reload succeeded. */
export function useOverview(): { state: OverviewState; reload: () => Promise<boolean> } {
  const [state, setState] = useState<OverviewState>({ kind: 'loading' });
  const latest = useRef(0);

  const load = useCallback(async (): Promise<boolean> => {
    const call = ++latest.current;
    setState((s) => (s.kind === 'ready' ? { ...s, refreshing: true } : { kind: 'loading' }));
    try {
      // No metadata argument, so the bridge answers with the resolver's result itself.
      const result = (await invoke('getIssueOverview', {})) as ResolverResult<OverviewResult>;
      if (!result.ok) throw new Error(result.error.message);
      if (call === latest.current) setState({ kind: 'ready', data: result.data, refreshing: false });
      return true;
    } catch (e) {
      if (call === latest.current) setState({ kind: 'error', message: errorMessage(e) });
      return false;
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  return { state, reload: load };
}
