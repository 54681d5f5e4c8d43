import type { Strings } from './i18n';

export function LoadingState({ t }: { t: Strings }) {
  return (
    <div className="card" role="status">
      <span className="visually-hidden">{t.loading}</span>
      <div className="skeleton skeleton--short" aria-hidden="true" />
      <div className="skeleton-grid" aria-hidden="true">
        <div className="skeleton skeleton--card" />
        <div className="skeleton skeleton--card" />
        <div className="skeleton skeleton--card" />
      </div>
    </div>
  );
}

export function ErrorState({ t, message, onRetry }: { t: Strings; message: string; onRetry?: () => void }) {
  return (
    <div className="card state state--error" role="alert">
      <p className="state__title">{t.errorTitle}</p>
      <p className="state__body">{message}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <div className="card state state--empty">
      <svg className="state__art" width="64" height="64" viewBox="0 0 64 64" aria-hidden="true">
        <rect x="8" y="14" width="48" height="38" rx="6" fill="var(--ds-background-neutral, #091e420f)" />
        <path d="M16 26h20M16 34h30M16 42h14" stroke="var(--ds-border-bold, #758195)" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <p className="state__title">{title}</p>
      <p className="state__body">{body}</p>
    </div>
  );
}

export function NoAccessState({ t, message }: { t: Strings; message: string }) {
  return (
    <div className="card state state--locked" role="alert">
      <svg className="state__art" width="64" height="64" viewBox="0 0 64 64" aria-hidden="true">
        <rect x="16" y="28" width="32" height="26" rx="5" fill="var(--ds-background-neutral, #091e420f)" />
        <path d="M22 28v-6a10 10 0 0 1 20 0v6" stroke="var(--ds-border-bold, #758195)" strokeWidth="4" fill="none" />
      </svg>
      <p className="state__title">{t.noAccessTitle}</p>
      <p className="state__body">{message}</p>
      <p className="state__body">{t.noAccessBody}</p>
    </div>
  );
}
