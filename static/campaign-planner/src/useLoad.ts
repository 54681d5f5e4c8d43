import { useCallback, useEffect, useRef, useState } from 'react';
import { asFailure, type ResolverFailure } from './api';

export type Loaded<T> = { kind: 'loading' } | { kind: 'error'; failure: ResolverFailure } | { kind: 'ready'; data: T };

/** Runs `load` when `enabled` becomes true, and again on `reload()`; only the latest call may set the state. */
export function useLoad<T>(load: () => Promise<T>, enabled: boolean): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const call = ++latest.current;
    setState({ kind: 'loading' });
    loadRef
      .current()
      .then((data) => call === latest.current && setState({ kind: 'ready', data }))
      .catch((e: unknown) => call === latest.current && setState({ kind: 'error', failure: asFailure(e) }));
  }, []);

  useEffect(() => {
    if (enabled) run();
  }, [enabled, run]);

  return { state, reload: run };
}
