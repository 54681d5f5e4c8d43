import { useCallback, useEffect, useRef, useState } from 'react';
import type { GetCollisionsResult } from '../../../../../src/contracts/collisions';
import type { GetPortfolioSettingsResult } from '../../../../../src/contracts/portfolio-settings';
import { asFailure, invoke, type ResolverFailure } from '../../api';

export interface CollisionsLoad {
  collisions?: GetCollisionsResult;
  settings?: GetPortfolioSettingsResult;
  failure?: ResolverFailure;
  loading: boolean;
  /** Asks both again; `refresh` also asks Jira again which projects the user may browse. */
  reload: (refresh?: boolean) => void;
}

/** The collisions (`getCollisions`) and the site's settings with whether the user may change them (`getPortfolioSettings`). */
export function useCollisions(): CollisionsLoad {
  const [state, setState] = useState<Omit<CollisionsLoad, 'reload'>>({ loading: true });
  const latest = useRef(0);
  const reload = useCallback((refresh?: boolean) => {
    const n = ++latest.current;
    setState((s) => ({ ...s, loading: true, failure: undefined }));
    Promise.all([invoke('getCollisions', refresh ? { refresh: true } : {}), invoke('getPortfolioSettings', {})])
      .then(([collisions, settings]) => {
        if (n === latest.current) setState({ collisions, settings, loading: false });
      })
      .catch((e: unknown) => {
        if (n === latest.current) setState((s) => ({ ...s, loading: false, failure: asFailure(e) }));
      });
  }, []);
  useEffect(() => {
    reload();
  }, [reload]);
  return { ...state, reload };
}
