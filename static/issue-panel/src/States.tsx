import type { Strings } from './i18n';

export function LoadingState({ t }: { t: Strings }) {
  return (
    <div className="card" role="status">
      <span className="visually-hidden">{t.loading}</span>
      <div className="skeleton skeleton--short" aria-hidden="true" />
      <div className="skeleton" aria-hidden="true" />
      <div className="skeleton skeleton--medium" aria-hidden="true" />
    </div>
  );
}

export function ErrorState({ t, message, onRetry }: { t: Strings; message: string; onRetry: () => void }) {
  return (
    <div className="card state state--error" role="alert">
      <p className="state__title">{t.errorTitle}</p>
      <p className="state__body">{message}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}

export function EmptyState({ t }: { t: Strings }) {
  return (
    <div className="card state">
      <p className="state__title">{t.emptyTitle}</p>
      <p className="state__body">{t.emptyBody}</p>
    </div>
  );
}
