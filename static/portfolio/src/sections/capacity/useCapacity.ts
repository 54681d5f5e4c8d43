import { useCallback, useEffect, useRef, useState } from 'react';
import { asFailure, invoke, type ResolverFailure } from '../../api';
import type { CapacityData, PersonRow } from './levels';

export interface Load<T> {
  data?: T;
  failure?: ResolverFailure;
  loading: boolean;
}

/** The heatmap for `weeks` weeks (`getPortfolioCapacity`, no tasks); the latest call wins. */
export function useCapacity(weeks: number): Load<CapacityData> & { reload: (refresh?: boolean) => void } {
  const [state, setState] = useState<Load<CapacityData>>({ loading: true });
  const latest = useRef(0);
  const reload = useCallback(
    (refresh?: boolean) => {
      const n = ++latest.current;
      setState((s) => ({ ...s, loading: true, failure: undefined }));
      invoke('getPortfolioCapacity', refresh ? { weeks, refresh: true } : { weeks })
        .then((data) => {
          if (n === latest.current) setState({ data, loading: false });
        })
        .catch((e: unknown) => {
          if (n === latest.current) setState((s) => ({ ...s, loading: false, failure: asFailure(e) }));
        });
    },
    [weeks],
  );
  useEffect(() => {
    reload();
  }, [reload]);
  return { ...state, reload };
}

/** One person's cells with the tasks behind them (`accountIds: [accountId]`), once the row is opened. */
export function usePersonCells(accountId: string | null, weeks: number): Load<PersonRow> {
  const [state, setState] = useState<Load<PersonRow> & { key?: string }>({ loading: false });
  const key = accountId === null ? undefined : `${accountId}:${weeks}`;
  useEffect(() => {
    if (accountId === null) return;
    let live = true;
    setState({ loading: true, key });
    invoke('getPortfolioCapacity', { weeks, accountIds: [accountId] })
      .then((data) => {
        if (live) setState({ data: data.people.find((p) => p.accountId === accountId), loading: false, key });
      })
      .catch((e: unknown) => {
        if (live) setState({ loading: false, failure: asFailure(e), key });
      });
    return () => {
      live = false;
    };
  }, [accountId, weeks, key]);
  // An answer for another person (or other weeks) is never shown.
  return state.key === key ? state : { loading: accountId !== null };
}
