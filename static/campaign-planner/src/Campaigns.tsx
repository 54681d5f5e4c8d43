import { useEffect, useRef, useState } from 'react';
import { actionWords } from '../../../src/wording/catalog/actions';
import { invoke } from './api';
import { CampaignTable, type CampaignAction } from './CampaignTable';
import { ComparePanel } from './ComparePanel';
import { formatters } from './format';
import type { Strings } from './i18n';
import { ReplanPanel } from './ReplanPanel';
import { TargetingPanel } from './TargetingPanel';
import { EmptyState, ErrorState, LoadingState } from './States';
import type { CampaignSummary } from './types';
import { useLoad } from './useLoad';

interface Props {
  t: Strings;
  locale?: string;
  timeZone?: string;
  projectKey?: string;
  /** Whether the view is shown: coming back to it lists campaigns created meanwhile. */
  active: boolean;
  onPlan: () => void;
}

/** Why some campaigns offer no re-plan (the policy's reasons, each once), said up front above the table. */
function ReadOnlyNote({ t, campaigns }: { t: Strings; campaigns: CampaignSummary[] }) {
  const reasons = [...new Set(campaigns.flatMap((c) => (c.actions.replan.allowed ? [] : [c.actions.replan.reason ?? ''])))];
  if (reasons.length === 0) return null;
  return (
    <div className="banner banner--info" data-testid="campaigns-refusal">
      <p className="banner__title">{actionWords(t.lang).campaignsReadOnly}</p>
      {reasons.filter(Boolean).map((r) => (
        <p key={r} className="small">
          {r}
        </p>
      ))}
    </div>
  );
}

/** The project's campaigns, and the one being re-planned or compared with its brief. */
export function Campaigns({ t, locale, timeZone, projectKey, active, onPlan }: Props) {
  const campaigns = useLoad(() => invoke('listCampaigns', projectKey ? { projectKey } : {}), true);
  const [open, setOpen] = useState<{ epicKey: string; action: CampaignAction } | undefined>(undefined);
  const wasActive = useRef(active);
  const { refresh } = campaigns;
  useEffect(() => {
    if (active && !wasActive.current) refresh();
    wasActive.current = active;
  }, [active, refresh]);

  if (campaigns.state.kind === 'loading') return <LoadingState t={t} />;
  if (campaigns.state.kind === 'error') return <ErrorState t={t} message={campaigns.state.failure.message} onRetry={campaigns.reload} />;
  const list = campaigns.state.data.campaigns;
  if (list.length === 0) {
    return (
      <div className="stack">
        <EmptyState title={t.noCampaignsTitle} body={t.noCampaignsBody} />
        <div className="actions actions--center">
          <button type="button" className="button button--primary" onClick={onPlan}>
            {t.goToPlan}
          </button>
        </div>
      </div>
    );
  }
  const current: CampaignSummary | undefined = open && list.find((c) => c.epicKey === open.epicKey);
  const fmt = (c: CampaignSummary) => formatters(locale, c.budget.currency, timeZone);
  const toggle = (epicKey: string, action: CampaignAction): void =>
    setOpen((o) => (o && o.epicKey === epicKey && o.action === action ? undefined : { epicKey, action }));
  return (
    <div className="stack">
      <section className="card" aria-labelledby="campaigns-heading">
        <div className="card__header">
          <h2 id="campaigns-heading" className="card__title">
            {t.campaignsHeading}
          </h2>
          <span className="muted">{t.campaignsCount(list.length)}</span>
        </div>
        <ReadOnlyNote t={t} campaigns={list} />
        <CampaignTable t={t} campaigns={list} fmt={fmt} open={open} onAction={toggle} />
      </section>
      {current && open?.action === 'replan' && (
        <ReplanPanel
          key={`replan-${current.epicKey}`}
          t={t}
          f={fmt(current)}
          campaign={current}
          onApplied={refresh}
          onClose={() => setOpen(undefined)}
        />
      )}
      {current && open?.action === 'targeting' && (
        <TargetingPanel
          key={`targeting-${current.epicKey}`}
          t={t}
          campaign={current}
          onSaved={refresh}
          onClose={() => setOpen(undefined)}
        />
      )}
      {current && open?.action === 'compare' && (
        <ComparePanel
          key={`compare-${current.epicKey}`}
          t={t}
          f={fmt(current)}
          locale={locale}
          campaign={current}
          onApplied={refresh}
          onClose={() => setOpen(undefined)}
        />
      )}
    </div>
  );
}
