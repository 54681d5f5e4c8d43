import { useState } from 'react';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { PageState } from '../PageState';
import { CollisionList } from './collisions/CollisionList';
import { SettingsForm } from './collisions/SettingsForm';
import { SettingsSentence, SettingsView } from './collisions/SettingsView';
import { useCollisions } from './collisions/useCollisions';
import './collisions/collisions.css';

/**
 * The collision list (`getCollisions`): launches too close on an audience or channel, launches in a blackout window,
 * approvers with too many sign-offs in a week, grouped by kind, each linking to every campaign concerned; the site's
 * settings in a sentence; the settings form for site admins (`canEdit`), read-only with the reason for others; and the
 * portfolio report button. `t` holds the page's words; `f` its formats (the sentences come worded from the server).
 */
export function CollisionsSection({ t }: { t: Strings; f: PortfolioFormatters }) {
  const v = t.collisionsView;
  const load = useCollisions();
  // Said once the settings are saved; the form itself starts again from what the server stored.
  const [saved, setSaved] = useState(false);
  if (!load.collisions || !load.settings)
    return (
      <section className="section" data-testid="collisions-section">
        <PageState
          t={{ ...t, loading: v.loading, loadFailed: v.loadFailed }}
          kind={load.failure ? 'failed' : 'loading'}
          message={load.failure?.message}
          onRetry={() => load.reload(true)}
        />
      </section>
    );
  const { collisions, settings } = load;
  return (
    <section className="section collisions" data-testid="collisions-section" aria-busy={load.loading}>
      <div className="collisions__bar">
        {/* The read-only settings below say it already. */}
        {settings.canEdit && <SettingsSentence t={t} settings={collisions.settings} />}
        <p className="muted small">{v.checked(collisions.campaigns)}</p>
      </div>
      <CollisionList t={t} data={collisions} />
      {collisions.omitted > 0 && (
        <p className="muted" data-testid="collisions-omitted">
          {v.omitted(collisions.omitted)}
        </p>
      )}
      {settings.canEdit ? (
        <section className="collisions__settings" aria-labelledby="collisions-settings-title" data-testid="collisions-settings">
          <h2 id="collisions-settings-title" className="section__title">
            {v.settingsTitle}
          </h2>
          <SettingsForm
            key={settings.settings.updatedAt ?? 'default'}
            t={t}
            settings={settings.settings}
            onSaved={() => {
              setSaved(true);
              load.reload(false);
            }}
          />
          <div aria-live="polite">{saved && !load.loading && <p data-testid="collisions-settings-saved">{v.saved}</p>}</div>
        </section>
      ) : (
        <SettingsView t={t} settings={settings.settings} reason={v.readOnly} />
      )}
    </section>
  );
}
