import { useCallback, useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import type { PortfolioSectionKey } from '../../../src/wording/catalog/portfolio';

export const SECTIONS: readonly PortfolioSectionKey[] = ['calendar', 'portfolio', 'capacity', 'collisions'];

/** The section a route names (`/portfolio`, `portfolio/…`); the page's root and anything unknown is the calendar. */
export function sectionOf(pathname: string): PortfolioSectionKey {
  const first = pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  return SECTIONS.find((s) => s === first) ?? 'calendar';
}

type History = Awaited<ReturnType<typeof view.createHistory>>;

/**
 * The section shown, following the global page's URL: Jira's sidebar pages (the route of each of the manifest’s `pages[]`) change it, and
 * `go` moves to another section through the same history (`view.createHistory()`), so Back works as in Jira.
 */
export function useRoute(): { section: PortfolioSectionKey; ready: boolean; go: (s: PortfolioSectionKey) => void } {
  const [history, setHistory] = useState<History | undefined>();
  const [state, setState] = useState<{ ready: boolean; section: PortfolioSectionKey }>({ ready: false, section: 'calendar' });
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    view
      .createHistory()
      .then((h) => {
        if (!live) return;
        setHistory(h);
        setState({ ready: true, section: sectionOf(h.location.pathname) });
        // Read the history's own location: listeners are called with it in different shapes by history 4 and 5.
        stop = h.listen(() => setState({ ready: true, section: sectionOf(h.location.pathname) }));
      })
      .catch(() => {
        if (live) setState((s) => ({ ...s, ready: true }));
      });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
  const go = useCallback(
    (section: PortfolioSectionKey) => {
      if (history) history.push(`/${section}`);
      else setState({ ready: true, section });
    },
    [history],
  );
  return { ...state, go };
}
