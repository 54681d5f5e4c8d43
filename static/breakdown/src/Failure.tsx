import { view } from '@forge/bridge';
import type { ResolverFailure } from './api';
import type { Strings } from './i18n';

export const closeModal = (): void => void view.close().catch(() => undefined);

export function Failure({ t, failure, onRetry }: { t: Strings; failure: ResolverFailure; onRetry: () => void }) {
  const notCampaign = failure.field === 'issueKey' && failure.code === 'INVALID_INPUT';
  return (
    <section className="notice" role="alert">
      <h2>{notCampaign ? t.notCampaignTitle : t.errorTitle}</h2>
      <p>{notCampaign ? t.notCampaignBody : failure.message}</p>
      <div className="actions">
        {!notCampaign && (
          <button type="button" className="button" onClick={onRetry}>
            {t.retry}
          </button>
        )}
        <button type="button" className="button button--subtle" onClick={closeModal}>
          {t.close}
        </button>
      </div>
    </section>
  );
}
