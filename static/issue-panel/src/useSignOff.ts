import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { asFailure, invoke, ResolverFailure, type PayloadOf, type ResultOf } from '../../kit/invoke';
import type { GetSignOffResult, SignOffGateView } from './types';

/** What a gate action sends, less the issue the hook already knows. */
type ActionPayload<K extends 'decideSignOff' | 'delegateSignOff' | 'exportSignOffRecord'> = Omit<PayloadOf<K>, 'issueKey'>;

export type SignOffState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: GetSignOffResult };

/** What gate cards need to show decisions and act: the views, and the resolvers bound to this issue. */
export interface SignOffApi {
  state: SignOffState;
  /** The acting user, from the Forge context. */
  me: string | undefined;
  viewOf: (gateId: string) => SignOffGateView | undefined;
  /** Each throws a `ResolverFailure` when refused; a success refreshes the sign-off and the panel. */
  decide: (p: ActionPayload<'decideSignOff'>) => Promise<ResultOf<'decideSignOff'>>;
  delegate: (p: ActionPayload<'delegateSignOff'>) => Promise<ResultOf<'delegateSignOff'>>;
  exportRecord: (p: ActionPayload<'exportSignOffRecord'>) => Promise<ResultOf<'exportSignOffRecord'>>;
}

export const SignOffContext = createContext<SignOffApi | null>(null);
export const useSignOffApi = (): SignOffApi | null => useContext(SignOffContext);

/** Loads `getSignOff` for the issue (when `issueKey` is set) and binds the sign-off resolvers to it. */
export function useSignOff(
  issueKey: string | undefined,
  me: string | undefined,
  onChanged: () => void,
): SignOffApi & { reload: () => Promise<void> } {
  const [state, setState] = useState<SignOffState>({ kind: 'loading' });
  const latest = useRef(0);

  const reload = useCallback(async (): Promise<void> => {
    if (!issueKey) return;
    const call = ++latest.current;
    try {
      const data = await invoke('getSignOff', { issueKey });
      if (call === latest.current) setState({ kind: 'ready', data });
    } catch (e) {
      if (call === latest.current) setState({ kind: 'error', message: asFailure(e).message });
    }
  }, [issueKey]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Shows the gate the resolver answered at once, then re-reads everything it may have changed. */
  const applied = (gate: SignOffGateView): void => {
    latest.current++;
    setState((s) =>
      s.kind === 'ready'
        ? { kind: 'ready', data: { ...s.data, gates: s.data.gates.map((g) => (g.gateId === gate.gateId ? gate : g)) } }
        : s,
    );
    void reload();
    onChanged();
  };

  /** The sign-off forms exist only once `getSignOff` answered, which needs an issue: refuse loudly otherwise. */
  const onIssue = (): string => {
    if (!issueKey) throw new ResolverFailure('INTERNAL', 'issueKey: the panel is not on an issue', 'issueKey');
    return issueKey;
  };

  return {
    state,
    me,
    reload,
    viewOf: (gateId) => (state.kind === 'ready' ? state.data.gates.find((g) => g.gateId === gateId) : undefined),
    decide: async (p) => {
      const result = await invoke('decideSignOff', { issueKey: onIssue(), ...p });
      applied(result.gate);
      return result;
    },
    delegate: async (p) => {
      const result = await invoke('delegateSignOff', { issueKey: onIssue(), ...p });
      applied(result.gate);
      return result;
    },
    exportRecord: (p) => invoke('exportSignOffRecord', { issueKey, ...p }),
  };
}
