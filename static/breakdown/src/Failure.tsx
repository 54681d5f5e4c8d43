import { view } from '@forge/bridge';
import { Button } from '../../kit/Button';
import { actionWords } from '../../../src/wording/catalog/actions';
import type { ResolverFailure } from './api';
import type { Strings } from './i18n';

export const closeModal = (): void => void view.close().catch(() => undefined);

/**
 * Why the modal has no proposal. Someone the policy does not let create issues here (a read-only viewer) is told so
 * up front, with the policy's reason in their language, and offered only "Close": trying again would fail the same.
 */
export function Failure({ t, failure, onRetry }: { t: Strings; failure: ResolverFailure; onRetry: () => void }) {
  if (failure.code === 'FORBIDDEN') return <Refusal t={t} reason={failure.message} />;
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

function Refusal({ t, reason }: { t: Strings; reason: string }) {
  const w = actionWords(t.lang);
  return (
    <section className="notice" role="alert" data-testid="breakdown-refusal">
      <h2>{w.breakdownRefusedTitle}</h2>
      <p>{reason}</p>
      <p className="muted">{w.breakdownRefusedAsk}</p>
      <div className="actions">
        <Button variant="subtle" onClick={closeModal}>
          {t.close}
        </Button>
      </div>
    </section>
  );
}
