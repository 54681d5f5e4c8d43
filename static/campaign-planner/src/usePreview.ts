import { useCallback, useRef, useState } from 'react';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { PreviewCampaignPayload, PreviewCampaignResult } from './types';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'loading'; previous?: PreviewCampaignResult; request: PreviewCampaignPayload }
  | { kind: 'error'; failure: ResolverFailure; previous?: PreviewCampaignResult; request: PreviewCampaignPayload }
  | { kind: 'ready'; data: PreviewCampaignResult; request: PreviewCampaignPayload };

const dataOf = (s: PreviewState): PreviewCampaignResult | undefined =>
  s.kind === 'ready' ? s.data : s.kind === 'idle' ? undefined : s.previous;

/**
 * The server's plan for the latest request. Every edit sends the whole request again (with overrides and the
 * role mapping), so the server re-checks dates, dependencies and budget; the last plan stays visible meanwhile.
 */
export function usePreview(): { state: PreviewState; preview: (request: PreviewCampaignPayload) => void; reset: () => void } {
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });
  const latest = useRef(0);

  const preview = useCallback((request: PreviewCampaignPayload) => {
    const n = ++latest.current;
    setState((s) => ({ kind: 'loading', previous: dataOf(s), request }));
    invoke('previewCampaign', request)
      .then((data) => n === latest.current && setState({ kind: 'ready', data, request }))
      .catch(
        (e: unknown) => n === latest.current && setState((s) => ({ kind: 'error', failure: asFailure(e), previous: dataOf(s), request })),
      );
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setState({ kind: 'idle' });
  }, []);

  return { state, preview, reset };
}

export const previewData = dataOf;
