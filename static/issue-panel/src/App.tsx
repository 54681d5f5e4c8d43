import { useEffect, useState } from 'react';
import { showFlag, view } from '@forge/bridge';
import { stringsFor } from './i18n';
import { useOverview } from './useOverview';
import { Overview } from './Overview';
import { EmptyState, ErrorState, LoadingState } from './States';

export function App() {
  const [locale, setLocale] = useState<string | undefined>(undefined);
  const { state, reload } = useOverview();
  // The user's Jira locale when known; the context's until then.
  const userLocale = (state.kind === 'ready' && state.data.actingUser.locale) || locale;
  const t = stringsFor(userLocale);

  useEffect(() => {
    view
      .getContext()
      .then((ctx) => setLocale(ctx.locale))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);

  const refresh = async (): Promise<void> => {
    if (!(await reload()) || state.kind !== 'ready') return;
    const key = state.data.issue?.key ?? '';
    showFlag({ id: `campaign-refresh-${Date.now()}`, type: 'success', title: t.refreshed, description: t.refreshedDescription(key), isAutoDismiss: true });
  };

  const busy = state.kind === 'loading' || (state.kind === 'ready' && state.refreshing);
  return (
    <main className="panel" aria-busy={busy}>
      <header className="panel__header">
        <h2 className="panel__title">{t.title}</h2>
        <button type="button" className="button" onClick={() => void refresh()} disabled={busy}>
          {state.kind === 'ready' && state.refreshing ? t.refreshing : t.refresh}
        </button>
      </header>
      {state.kind === 'loading' && <LoadingState t={t} />}
      {state.kind === 'error' && <ErrorState t={t} message={state.message} onRetry={() => void reload()} />}
      {state.kind === 'ready' && (state.data.issue ? <Overview t={t} issue={state.data.issue} locale={userLocale} /> : <EmptyState t={t} />)}
      {state.kind === 'ready' && <p className="panel__footer">{t.viewingAs(state.data.actingUser.displayName)}</p>}
    </main>
  );
}
