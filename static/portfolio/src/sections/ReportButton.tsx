import { router } from '@forge/bridge';
import { useState, type MouseEvent } from 'react';
import type { PublishPortfolioReportResult } from '../../../../src/contracts/portfolio-report';
import { asFailure, invoke } from '../api';
import type { Strings } from '../i18n';

/**
 * « Publier le rapport de portefeuille »: the portfolio as a Confluence page (`publishPortfolioReport`, in the
 * publisher's language, a new version of the same page on later runs), then a link to the page, or why not.
 */
export function ReportButton({ t, projectKeys }: { t: Strings; projectKeys?: string[] }) {
  const r = t.portfolioReport;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PublishPortfolioReportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setResult(await invoke('publishPortfolioReport', projectKeys && projectKeys.length > 0 ? { projectKeys } : {}));
    } catch (e) {
      setResult(null);
      setError(asFailure(e).message);
    } finally {
      setBusy(false);
    }
  };
  // The page opens in a new tab through the bridge: a plain link would load inside the app's iframe.
  const open = (e: MouseEvent<HTMLAnchorElement>, url: string): void => {
    e.preventDefault();
    void router.open(url);
  };
  return (
    <div className="report-button" data-testid="portfolio-report">
      <button type="button" className="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
        {busy ? r.publishing : r.publish}
      </button>
      <div aria-live="polite">
        {result && (
          <p className="small" data-testid="portfolio-report-result">
            {r.published(result.version, result.created, result.campaigns)}{' '}
            <a href={result.url} onClick={(e) => open(e, result.url)}>
              {r.openPage(result.title)}
            </a>
          </p>
        )}
      </div>
      {error && (
        <p className="field__error small" role="alert">
          {r.failed} {error}
        </p>
      )}
    </div>
  );
}
