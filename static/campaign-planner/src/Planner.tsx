import { useMemo } from 'react';
import { invoke } from './api';
import { CreatePanel } from './CreatePanel';
import { formatters, localToday } from './format';
import type { Strings } from './i18n';
import { PlanView } from './PlanView';
import { PreviewFailure, previewFailure } from './PreviewFailure';
import { ReadOnlyPlanner } from './ReadOnlyPlanner';
import { SetupForm } from './SetupForm';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from './States';
import { useCreation } from './useCreation';
import { useLoad, type Loaded } from './useLoad';
import { usePlanDraft } from './usePlanDraft';
import { previewData, usePreview } from './usePreview';
import type { ListTemplatesResult } from './types';
import { useCopyDialog } from './useCopyDialog';

interface Props {
  t: Strings;
  locale?: string;
  projectKey?: string;
}

/** The page while the templates load or fail to, or when there is none; `null` once there are templates. */
function TemplatesState({ t, state, onRetry }: { t: Strings; state: Loaded<ListTemplatesResult>; onRetry: () => void }) {
  if (state.kind === 'loading') return <LoadingState t={t} />;
  if (state.kind === 'error') {
    const f0 = state.failure;
    return f0.code === 'FORBIDDEN' || f0.code === 'NOT_FOUND' ? (
      <NoAccessState t={t} message={f0.message} />
    ) : (
      <ErrorState t={t} message={f0.message} onRetry={onRetry} />
    );
  }
  if (state.data.templates.length === 0) return <EmptyState title={t.noTemplatesTitle} body={t.noTemplatesBody} />;
  return null;
}

/** The page's workflow: set up → preview and edit (each edit re-plans on the server) → create and follow progress. */
export function Planner({ t, locale, projectKey }: Props) {
  const templates = useLoad(() => invoke('listTemplates', projectKey ? { projectKey } : {}), true);
  const briefs = useLoad(() => invoke('listBriefs', {}), true);
  const preview = usePreview();
  const creation = useCreation();
  const draft = usePlanDraft(t, projectKey, preview.preview, creation.reset);
  const today = useMemo(localToday, []);
  const copy = useCopyDialog(t, projectKey, templates.refresh);

  const data = previewData(preview.state);
  const currency = data?.plan.budget.currency ?? draft.values.currency;
  const f = useMemo(() => formatters(locale, currency), [locale, currency]);
  const money = (amount: number, cur: string): string => formatters(locale, cur).money(amount);
  const { noAccess, shownErrors } = previewFailure(preview.state, draft.errors);

  if (templates.state.kind !== 'ready' || templates.state.data.templates.length === 0)
    return <TemplatesState t={t} state={templates.state} onRetry={templates.reload} />;
  // The policy's answer on load: someone who may not plan here reads the templates and why, never a form that fails.
  const { planCampaign, editTemplates } = templates.state.data.actions;
  if (!planCampaign.allowed)
    return <ReadOnlyPlanner t={t} templates={templates.state.data.templates} reason={planCampaign.reason} money={money} />;

  const previewBusy = preview.state.kind === 'loading';
  const busy = previewBusy || creation.state.kind === 'starting' || creation.state.kind === 'polling';
  const ready = preview.state.kind === 'ready' ? preview.state.data.plan : undefined;
  return (
    <>
      <SetupForm
        t={t}
        templates={templates.state.data.templates}
        briefs={briefs.state}
        values={draft.values}
        errors={shownErrors}
        busy={busy}
        money={money}
        onChange={draft.setValues}
        onSubmit={draft.submitSetup}
        onCopyTemplate={editTemplates.allowed ? copy.open : undefined}
        templateNotice={copy.notice}
      />
      {copy.dialog}
      <PreviewFailure
        t={t}
        state={preview.state}
        errors={draft.errors}
        onRetry={() => preview.state.kind === 'error' && preview.preview(preview.state.request)}
      />
      {!data && previewBusy && <LoadingState t={t} />}
      {data && !noAccess && (
        <>
          <PlanView t={t} f={f} data={data} today={today} busy={busy} draft={draft} />
          <CreatePanel
            t={t}
            state={creation.state}
            issuesToCreate={data.plan.rows.length + 1}
            campaignLabel={data.plan.campaignLabel}
            canCreate={ready !== undefined}
            errors={(ready?.warnings ?? []).filter((w) => w.severity === 'error')}
            hasBrief={ready?.brief !== undefined}
            onCreate={(accepted, insertStatusMacro) => ready && creation.create(ready, accepted, insertStatusMacro)}
            onRetry={() => ready && creation.retry(ready)}
            rowName={(id) => data.plan.rows.find((r) => r.rowId === id)?.summary}
          />
        </>
      )}
    </>
  );
}
