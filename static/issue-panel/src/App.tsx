import { useEffect, useMemo } from 'react';
import { showFlag } from '@forge/bridge';
import { CompactPanel } from './CompactPanel';
import { EpicPanel } from './EpicPanel';
import { formatters } from './format';
import { stringsFor } from './i18n';
import { ErrorState, LoadingState, NoAccessState, NotInCampaignState } from './States';
import { useCampaignPanel } from './useCampaignPanel';
import { SignOffContext, useSignOff } from './useSignOff';
import { useForgeContext } from '../../kit/context';
import { PanelActionsContext } from './panel-actions';
import { QuotaNotice } from './QuotaNotice';

export function App() {
  const { ready, context } = useForgeContext();
  const { state, reload } = useCampaignPanel(ready, context.issueKey);
  const t = stringsFor(context.locale);
  const currency = state.kind === 'ready' && state.data.mode !== 'none' ? state.data.budget.currency : 'EUR';
  const panelKey = state.kind === 'ready' && state.data.mode !== 'none' ? state.data.issueKey : undefined;
  // After a decision the campaign's health and gate summaries change too: re-read them (no Jira refresh needed).
  const signOff = useSignOff(panelKey, context.accountId, () => void reload());
  const f = useMemo(() => formatters(context.locale, currency, context.timezone), [context.locale, currency, context.timezone]);

  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);

  const refresh = async (): Promise<void> => {
    void signOff.reload();
    if (!(await reload(true)) || state.kind !== 'ready') return;
    const name = state.data.mode === 'none' ? state.data.issueKey : state.data.campaign.name;
    showFlag({
      id: `campaign-refresh-${Date.now()}`,
      type: 'success',
      title: t.refreshed,
      description: t.refreshedDescription(name),
      isAutoDismiss: true,
    });
  };

  const busy = !ready || state.kind === 'loading' || (state.kind === 'ready' && state.refreshing);
  const panel = state.kind === 'ready' && state.data.mode !== 'none' ? state.data : null;
  return (
    <main className="panel" aria-busy={busy}>
      <header className="panel__header">
        <h2 className="panel__title">{t.title}</h2>
        {state.kind !== 'error' && (
          <button type="button" className="button" onClick={() => void refresh()} disabled={busy}>
            {state.kind === 'ready' && state.refreshing ? t.refreshing : t.refresh}
          </button>
        )}
      </header>
      {state.kind === 'loading' && <LoadingState t={t} />}
      {state.kind === 'error' &&
        (state.code === 'FORBIDDEN' || state.code === 'NOT_FOUND' ? (
          <NoAccessState t={t} />
        ) : (
          <ErrorState t={t} message={state.message} onRetry={() => void reload()} />
        ))}
      {state.kind === 'ready' && state.data.mode === 'none' && (
        <NotInCampaignState t={t} projectKey={context.projectKey ?? state.data.issueKey.split('-')[0]} />
      )}
      {panel && (
        <PanelActionsContext.Provider value={panel.actions ?? null}>
          <SignOffContext.Provider value={signOff}>
            <QuotaNotice notice={panel.quota} locale={context.locale} timeZone={context.timezone} />
            {panel.actions?.role === 'viewer' && (
              <p className="note" data-testid="read-only">
                {t.readOnly}
              </p>
            )}
            {panel.mode === 'epic' ? (
              <EpicPanel t={t} f={f} panel={panel} onReload={() => void reload()} />
            ) : (
              <CompactPanel t={t} f={f} panel={panel} />
            )}
          </SignOffContext.Provider>
        </PanelActionsContext.Provider>
      )}
      {panel && <p className="panel__footer">{t.dataAsOf(f.instant(panel.dataAsOf))}</p>}
    </main>
  );
}
