import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GetPortfolioResult } from '../../../src/contracts/portfolio';
import { asFailure, invoke, type ResolverFailure } from './api';

export interface PortfolioLoad {
  data?: GetPortfolioResult;
  failure?: ResolverFailure;
  loading: boolean;
  /** Asks again; `refresh` also asks Jira again which projects the user may browse. */
  reload: (refresh?: boolean) => void;
  /**
   * A re-plan this page applied: its campaign shows the new launch date at once, even before the campaign's roll-up
   * (rewritten by the next panel load or forecast run) knows it; then asks again.
   */
  replanned: (campaignKey: string, launchDate: string) => void;
}

/** Every campaign the user may see (`getPortfolio`), once for the calendar and the table alike; the latest call wins. */
export function usePortfolio(enabled: boolean): PortfolioLoad {
  const [state, setState] = useState<{ data?: GetPortfolioResult; failure?: ResolverFailure; loading: boolean }>({ loading: true });
  const latest = useRef(0);
  const reload = useCallback((refresh?: boolean) => {
    const n = ++latest.current;
    setState((s) => ({ ...s, loading: true, failure: undefined }));
    invoke('getPortfolio', refresh ? { refresh: true } : {})
      .then((data) => {
        if (n === latest.current) setState({ data, loading: false });
      })
      .catch((e: unknown) => {
        if (n === latest.current) setState((s) => ({ ...s, loading: false, failure: asFailure(e) }));
      });
  }, []);
  useEffect(() => {
    if (enabled) reload();
  }, [enabled, reload]);
  const [moved, setMoved] = useState<Readonly<Record<string, string>>>({});
  const replanned = useCallback(
    (campaignKey: string, launchDate: string) => {
      setMoved((m) => ({ ...m, [campaignKey]: launchDate }));
      reload(true);
    },
    [reload],
  );
  const data = useMemo(() => {
    if (!state.data || Object.keys(moved).length === 0) return state.data;
    const campaigns = state.data.campaigns.map((c) => {
      const launchDate = moved[c.campaignKey];
      return launchDate ? { ...c, launchDate } : c;
    });
    return { ...state.data, campaigns };
  }, [state.data, moved]);
  return { ...state, data, reload, replanned };
}
