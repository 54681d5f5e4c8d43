import { Component, StrictMode, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { languageOf } from './locale';

/** The kit's own words: what shows when a screen crashed (the app's strings may be what failed). */
const CRASHED = {
  en: 'Something went wrong. Close and open this view again.',
  fr: 'Une erreur s’est produite. Fermez puis rouvrez cette vue.',
};

/** A render error shows one sentence in the browser's language instead of a blank frame. */
class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError = () => ({ failed: true });
  render() {
    return this.state.failed ? <p role="alert">{CRASHED[languageOf(navigator.language)]}</p> : this.props.children;
  }
}

/** Every app's `main.tsx`: Forge theming (ADS tokens for light and dark), then the app in #root. */
export function mount(App: ComponentType): void {
  // Theming only changes CSS variables; a failure must not keep the app from rendering.
  view.theme.enable().catch(() => undefined);
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    );
  }
}
