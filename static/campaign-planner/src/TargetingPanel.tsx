import { useState } from 'react';
import { asFailure, invoke } from './api';
import { DetailCard } from './DetailCard';
import type { Strings } from './i18n';
import { Targeting } from './Targeting';
import type { CampaignSummary } from './types';

/**
 * A created campaign's audiences and channels, changed later (`updateCampaignTargeting`, for those who may re-plan
 * it): the epic's indexed property, the campaign record and its portfolio line follow.
 */
export function TargetingPanel({
  t,
  campaign,
  onSaved,
  onClose,
}: {
  t: Strings;
  campaign: CampaignSummary;
  onSaved: () => void;
  onClose: () => void;
}) {
  const [state, setState] = useState<{ busy: boolean; error?: string; saved?: boolean }>({ busy: false });
  const save = (next: { audiences: string[]; channels: string[] }): void => {
    setState({ busy: true });
    invoke('updateCampaignTargeting', { issueKey: campaign.epicKey, ...next })
      .then(() => {
        setState({ busy: false, saved: true });
        onSaved();
      })
      .catch((e: unknown) => setState({ busy: false, error: asFailure(e).message }));
  };
  return (
    <DetailCard t={t} title={t.targetingOf(campaign.name)} hint={t.targetingHint} testId="targeting-panel" onClose={onClose}>
      <Targeting
        t={t}
        audiences={campaign.audiences}
        channels={campaign.channels}
        busy={state.busy}
        onChange={save}
        submitLabel={t.saveTargeting}
      />
      {state.error && (
        <p className="banner banner--error" role="alert">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p className="banner banner--success" role="status">
          {t.targetingSaved}
        </p>
      )}
    </DetailCard>
  );
}
