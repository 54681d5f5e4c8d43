import { useEffect, useMemo } from 'react';
import { useForgeContext } from '../../kit/context';
import { portfolioFormatters } from './format';
import { stringsFor } from './i18n';
import { usePortfolio } from './usePortfolio';
import { useRoute } from './useRoute';
import { PageState } from './PageState';
import { CalendarSection } from './sections/CalendarSection';
import { CapacitySection } from './sections/CapacitySection';
import { CollisionsSection } from './sections/CollisionsSection';
import { PortfolioSection } from './sections/PortfolioSection';

/**
 * The global page "Campagnes / Campaigns": the section Jira's sidebar (the manifest's `pages`) routes to. The calendar
 * and the portfolio share one `getPortfolio` answer; capacity and collisions fetch their own data.
 */
export function App() {
  const { ready, context } = useForgeContext();
  const route = useRoute();
  const t = useMemo(() => stringsFor(context.locale), [context.locale]);
  const f = useMemo(() => portfolioFormatters(context.locale, context.timezone), [context.locale, context.timezone]);
  const needsPortfolio = ready && route.ready && (route.section === 'calendar' || route.section === 'portfolio');
  const load = usePortfolio(needsPortfolio);
  // The page's language is the user's (Jira's locale), whatever the browser's.
  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);
  if (!ready || !route.ready) return <PageState t={t} kind="loading" />;
  const words = t.sections[route.section];
  return (
    <main className="page" data-section={route.section}>
      <header className="page__header">
        <h1 className="page__title">{words.title}</h1>
        <p className="page__intro muted">{words.intro}</p>
      </header>
      {route.section === 'capacity' && <CapacitySection t={t} f={f} />}
      {route.section === 'collisions' && <CollisionsSection t={t} f={f} />}
      {(route.section === 'calendar' || route.section === 'portfolio') &&
        (load.data ? (
          route.section === 'calendar' ? (
            <CalendarSection t={t} f={f} data={load.data} onReplanned={load.replanned} />
          ) : (
            <PortfolioSection t={t} f={f} data={load.data} reload={load.reload} />
          )
        ) : (
          <PageState t={t} kind={load.failure ? 'failed' : 'loading'} message={load.failure?.message} onRetry={() => load.reload(true)} />
        ))}
    </main>
  );
}
