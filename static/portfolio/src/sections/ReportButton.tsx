import { router } from '@forge/bridge';
import { useState, type MouseEvent } from 'react';
import type { PublishPortfolioReportResult } from '../../../../src/contracts/portfolio-report';
import { asFailure, invoke } from '../api';
import type { Strings } from '../i18n';
import { FieldError } from './collisions/FieldError';

/**
 * « Publier le rapport de portefeuille »: the portfolio as a Confluence page (`publishPortfolioReport`, in the
 * publisher's language, a new version of the same page on later runs) in the space named (empty: the server's
 * default, the first visible campaign project with a Confluence space), for the campaigns the table shows, then a link to the page, or why not (next to the space when the
 * refusal names it).
 */
export function ReportButton({ t, projectKeys }: { t: Strings; projectKeys?: string[] }) {
  const r = t.portfolioReport;
  const [spaceKey, setSpaceKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PublishPortfolioReportResult | null>(null);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const space = spaceKey.trim();
      setResult(
        await invoke('publishPortfolioReport', {
          ...(space === '' ? {} : { spaceKey: space }),
          ...(projectKeys && projectKeys.length > 0 ? { projectKeys } : {}),
        }),
      );
    } catch (e) {
      const failure = asFailure(e);
      setResult(null);
      setError({ field: failure.field, message: failure.message });
    } finally {
      setBusy(false);
    }
  };
  // The page opens in a new tab through the bridge: a plain link would load inside the app's iframe.
  const open = (e: MouseEvent<HTMLAnchorElement>, url: string): void => {
    e.preventDefault();
    void router.open(url);
  };
  const spaceError = error?.field === 'spaceKey' ? error.message : undefined;
  return (
    <div className="report-button" data-testid="portfolio-report">
      <div className="report-button__row">
        <div className="field">
          <label className="field__label" htmlFor="report-space">
            {r.spaceLabel}
          </label>
          <input
            id="report-space"
            className="input report-button__space"
            value={spaceKey}
            onChange={(e) => setSpaceKey(e.target.value)}
            aria-invalid={spaceError ? true : undefined}
            aria-describedby={spaceError ? 'report-space-hint report-space-error' : 'report-space-hint'}
          />
        </div>
        <button type="button" className="button" onClick={() => void run()} disabled={busy} aria-busy={busy}>
          {busy ? r.publishing : r.publish}
        </button>
      </div>
      <p id="report-space-hint" className="small muted">
        {r.spaceHint}
      </p>
      <FieldError id="report-space-error" message={spaceError} />
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
      {error && !spaceError && (
        <p className="field__error small" role="alert">
          {r.failed} {error.message}
        </p>
      )}
    </div>
  );
}
