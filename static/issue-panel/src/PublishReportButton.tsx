import { router } from '@forge/bridge';
import { useState, type MouseEvent } from 'react';
import { asFailure, invoke } from '../../kit/invoke';
import { reportStringsFor } from './report-strings';
import type { PublishStatusReportResult } from '../../../src/contracts/status-report';

/**
 * Publishes the campaign's report to Confluence (the status report, or the post-campaign report once the campaign
 * has ended: the server decides), then links to the page with its version, or says why it could not.
 */
export function PublishReportButton({ lang, epicKey }: { lang: 'en' | 'fr'; epicKey: string }) {
  const r = reportStringsFor(lang);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PublishStatusReportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setResult(await invoke('publishStatusReport', { epicKey }));
    } catch (e) {
      setResult(null);
      setError(asFailure(e).message);
    } finally {
      setBusy(false);
    }
  };

  // The page opens in a new tab through the bridge: a plain link would load inside the panel's iframe.
  const open = (e: MouseEvent<HTMLAnchorElement>, url: string): void => {
    e.preventDefault();
    void router.open(url);
  };

  return (
    <div className="report-publish">
      <button type="button" className="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? r.publishing : r.publish}
      </button>
      <div aria-live="polite">
        {result && (
          <p className="small report-publish__result">
            {r.published(result.kind, result.version, result.created)}{' '}
            <a className="link" href={result.url} onClick={(e) => open(e, result.url)}>
              {r.openPage(result.title)}
            </a>
            {result.linkError && <span className="field__error"> {result.linkError}</span>}
          </p>
        )}
      </div>
      {error && (
        <p className="field__error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
