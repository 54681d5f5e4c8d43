import type { Strings } from './i18n';

/** Loading, or why the campaigns could not be loaded with a way to try again. */
export function PageState({
  t,
  kind,
  message,
  onRetry,
}: {
  t: Strings;
  kind: 'loading' | 'failed';
  message?: string;
  onRetry?: () => void;
}) {
  if (kind === 'loading')
    return (
      <div className="state" role="status" aria-live="polite">
        <p className="muted">{t.loading}</p>
        <div className="skeleton" />
        <div className="skeleton skeleton--short" />
      </div>
    );
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t.loadFailed}</p>
      {message && <p className="small">{message}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
