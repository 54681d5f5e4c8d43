import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';
import type { Strings } from './i18n';

export function LoadingState({ t }: { t: Strings }) {
  return (
    <div className="card" role="status">
      <span className="visually-hidden">{t.loading}</span>
      <div className="skeleton skeleton--short" aria-hidden="true" />
      <div className="skeleton" aria-hidden="true" />
      <div className="skeleton skeleton--medium" aria-hidden="true" />
      <div className="skeleton skeleton--block" aria-hidden="true" />
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

export function NoAccessState({ t }: { t: Strings }) {
  return (
    <div className="card state state--locked" role="note">
      <p className="state__title">{t.noAccessTitle}</p>
      <p className="state__body">{t.noAccessBody}</p>
    </div>
  );
}

/** Not part of a campaign: says so, and leads to the planner of this project. */
export function NotInCampaignState({ t, projectKey }: { t: Strings; projectKey: string | undefined }) {
  const href = projectKey ? `/projects/${encodeURIComponent(projectKey)}/apps/campaigns` : undefined;
  const open = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    if (href) void router.navigate(href);
  };
  return (
    <div className="card state state--empty">
      <svg className="state__art" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
        <rect x="6" y="10" width="36" height="30" rx="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M6 18h36M16 6v8M32 6v8M14 26h8M14 32h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <p className="state__title">{t.emptyTitle}</p>
      <p className="state__body">{t.emptyBody}</p>
      {href && (
        <a className="button button--primary button--link" href={href} onClick={open}>
          {t.openPlanner}
        </a>
      )}
    </div>
  );
}
