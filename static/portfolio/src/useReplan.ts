import { useEffect, useRef, useState } from 'react';
import type { ReplanCampaignResult } from '../../../src/contracts/campaign-planner';
import { asFailure, invoke, type ResolverFailure } from './api';

export interface ReplanState {
  busy?: 'preview' | 'apply';
  preview?: ReplanCampaignResult;
  /** The answer of the applied re-plan. */
  applied?: ReplanCampaignResult;
  failure?: ResolverFailure;
}

/**
 * The re-plan of one campaign to `launchDate` through the existing `replanCampaign`: its preview (date changes,
 * conflicts across campaigns, whether the user may apply it) as soon as it opens, then `apply` with `apply: true`.
 */
export function useReplan(epicKey: string, launchDate: string, onApplied: (launchDate: string) => void) {
  const [state, setState] = useState<ReplanState>({ busy: 'preview' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    setState({ busy: 'preview' });
    invoke('replanCampaign', { epicKey, launchDate })
      .then((preview) => {
        if (live.current) setState({ preview });
      })
      .catch((e: unknown) => {
        if (live.current) setState({ failure: asFailure(e) });
      });
    return () => {
      live.current = false;
    };
  }, [epicKey, launchDate]);
  const apply = (): void => {
    setState((s) => ({ ...s, busy: 'apply', failure: undefined }));
    invoke('replanCampaign', { epicKey, launchDate, apply: true })
      .then((applied) => {
        if (!live.current) return;
        setState((s) => ({ ...s, busy: undefined, applied }));
        onApplied(applied.launchDate);
      })
      .catch((e: unknown) => {
        if (live.current) setState((s) => ({ ...s, busy: undefined, failure: asFailure(e) }));
      });
  };
  return { state, apply };
}
