import { useEffect, useState } from 'react';
import { Campaigns } from './Campaigns';
import { TeamCapacity } from './capacity/TeamCapacity';
import { capacityWords } from '../../../src/wording/catalog/capacity';
import { stringsFor } from './i18n';
import { Planner } from './Planner';
import { LoadingState } from './States';
import { panelId, tabId, Tabs } from './Tabs';
import { useForgeContext } from '../../kit/context';

type View = 'plan' | 'campaigns' | 'team';

export function App() {
  const { ready, context } = useForgeContext();
  const t = stringsFor(context.locale);
  const [view, setView] = useState<View>('plan');
  // The campaigns view mounts on first visit, then stays mounted (hidden) like the planner, keeping its state.
  const [visited, setVisited] = useState<Set<View>>(() => new Set(['plan']));
  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);
  const select = (next: View): void => {
    setView(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  const panel = (key: View) =>
    ({ role: 'tabpanel', id: panelId(key), 'aria-labelledby': tabId(key), hidden: view !== key, className: 'page__panel' }) as const;
  return (
    <main className="page">
      <header className="page__header">
        <h1 className="page__title">{t.title}</h1>
        <p className="page__subtitle">
          {view === 'plan' ? t.subtitle : view === 'campaigns' ? t.campaignsSubtitle : capacityWords(t.lang).subtitle}
        </p>
      </header>
      {!ready ? (
        <LoadingState t={t} />
      ) : (
        <>
          <Tabs
            label={t.tabsLabel}
            tabs={[
              { key: 'plan', label: t.tabPlan },
              { key: 'campaigns', label: t.tabCampaigns },
              { key: 'team', label: capacityWords(t.lang).tab },
            ]}
            selected={view}
            onSelect={select}
          />
          <div {...panel('plan')}>
            <Planner t={t} locale={context.locale} projectKey={context.projectKey} />
          </div>
          <div {...panel('campaigns')}>
            {visited.has('campaigns') && (
              <Campaigns
                t={t}
                locale={context.locale}
                timeZone={context.timezone}
                projectKey={context.projectKey}
                active={view === 'campaigns'}
                onPlan={() => select('plan')}
              />
            )}
          </div>
          <div {...panel('team')}>
            {visited.has('team') && (
              <TeamCapacity t={t} projectKey={context.projectKey} active={view === 'team'} accountId={context.accountId} />
            )}
          </div>
        </>
      )}
    </main>
  );
}
