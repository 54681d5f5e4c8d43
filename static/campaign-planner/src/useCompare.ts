import { useState } from 'react';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { CompareWithBriefResult } from './types';
import { useLoad, type Loaded } from './useLoad';

export interface CompareState {
  /** The differences to show: the first comparison, then what remains after each apply. */
  loaded: Loaded<CompareWithBriefResult>;
  applying: boolean;
  /** Fields applied by the last "Apply selected". */
  applied: string[];
  failure?: ResolverFailure;
}

/** Compare one campaign with its brief, and take the accepted brief values into the campaign. */
export function useCompare(epicKey: string) {
  const first = useLoad(() => invoke('compareWithBrief', { epicKey }), true);
  const [after, setAfter] = useState<CompareWithBriefResult | undefined>(undefined);
  const [applying, setApplying] = useState(false);
  const [applied, setApplied] = useState<string[]>([]);
  const [failure, setFailure] = useState<ResolverFailure | undefined>(undefined);

  const accept = (fields: string[], onApplied: () => void): void => {
    setApplying(true);
    setFailure(undefined);
    invoke('compareWithBrief', { epicKey, accept: fields })
      .then((result) => {
        setAfter(result);
        setApplied(result.applied);
        onApplied();
      })
      .catch((e: unknown) => setFailure(asFailure(e)))
      .finally(() => setApplying(false));
  };
  const loaded: Loaded<CompareWithBriefResult> = after ? { kind: 'ready', data: after } : first.state;
  const state: CompareState = { loaded, applying, applied, failure };
  return { state, accept, reload: first.reload };
}
