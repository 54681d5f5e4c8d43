import { view } from '@forge/bridge';
import { Button } from '../../kit/Button';
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
        {!notCampaign && <Button onClick={onRetry}>{t.retry}</Button>}
        <Button variant="subtle" onClick={closeModal}>
          {t.close}
        </Button>
      </div>
    </section>
  );
}
