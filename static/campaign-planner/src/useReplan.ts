import { useRef, useState } from 'react';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { ReplanCampaignResult } from './types';

export interface ReplanState {
  busy?: 'preview' | 'apply';
  /** The last changes the server computed, and for which launch date. */
  shown?: { launchDate: string; result: ReplanCampaignResult };
  /** Set once the changes for `shown.launchDate` were applied. */
  applied?: number;
  failure?: ResolverFailure;
}

/** Re-plan one campaign: show the date changes for a launch date, then apply them; only the latest call counts. */
export function useReplan(epicKey: string) {
  const [state, setState] = useState<ReplanState>({});
  const latest = useRef(0);
  const run = (launchDate: string, apply: boolean, onApplied?: () => void): void => {
    const n = ++latest.current;
    setState((s) => ({ ...s, busy: apply ? 'apply' : 'preview', failure: undefined }));
    invoke('replanCampaign', apply ? { epicKey, launchDate, apply: true } : { epicKey, launchDate })
      .then((result) => {
        if (n !== latest.current) return;
        setState(apply ? { shown: { launchDate, result }, applied: result.applied } : { shown: { launchDate, result } });
        if (apply) onApplied?.();
      })
      .catch((e: unknown) => {
        if (n === latest.current) setState((s) => ({ ...s, busy: undefined, failure: asFailure(e) }));
      });
  };
  return {
    state,
    preview: (launchDate: string): void => run(launchDate, false),
    apply: (launchDate: string, onApplied: () => void): void => run(launchDate, true, onApplied),
  };
}
