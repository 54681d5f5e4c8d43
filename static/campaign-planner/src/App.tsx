import { useEffect } from 'react';
import { stringsFor } from './i18n';
import { Planner } from './Planner';
import { LoadingState } from './States';
import { usePageContext } from './usePageContext';

export function App() {
  const { ready, context } = usePageContext();
  const t = stringsFor(context.locale);
  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);
  return (
    <main className="page">
      <header className="page__header">
        <h1 className="page__title">{t.title}</h1>
        <p className="page__subtitle">{t.subtitle}</p>
      </header>
      {ready ? <Planner t={t} locale={context.locale} projectKey={context.projectKey} /> : <LoadingState t={t} />}
    </main>
  );
}
