import { useCallback, useEffect, useRef, useState } from 'react';
import type { GetPortfolioResult } from '../../../src/contracts/portfolio';
import { asFailure, invoke, type ResolverFailure } from './api';

export interface PortfolioLoad {
  data?: GetPortfolioResult;
  failure?: ResolverFailure;
  loading: boolean;
  /** Asks again; `refresh` also asks Jira again which projects the user may browse. */
  reload: (refresh?: boolean) => void;
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
  return { ...state, reload };
}
