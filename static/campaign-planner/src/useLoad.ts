import { useCallback, useEffect, useRef, useState } from 'react';
import { asFailure, type ResolverFailure } from './api';

export type Loaded<T> = { kind: 'loading' } | { kind: 'error'; failure: ResolverFailure } | { kind: 'ready'; data: T };

/**
 * Runs `load` when `enabled` becomes true, and again on `reload()`; only the latest call may set the state.
 * `refresh()` loads again but keeps showing the current data until the answer (no loading flash).
 */
export function useLoad<T>(load: () => Promise<T>, enabled: boolean): { state: Loaded<T>; reload: () => void; refresh: () => void } {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback((quiet: boolean) => {
    const call = ++latest.current;
    if (!quiet) setState({ kind: 'loading' });
    loadRef
      .current()
      .then((data) => call === latest.current && setState({ kind: 'ready', data }))
      .catch((e: unknown) => call === latest.current && setState({ kind: 'error', failure: asFailure(e) }));
  }, []);
  const reload = useCallback(() => run(false), [run]);
  const refresh = useCallback(() => run(true), [run]);

  useEffect(() => {
    if (enabled) run(false);
  }, [enabled, run]);

  return { state, reload, refresh };
}
