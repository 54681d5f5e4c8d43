import type { GetPortfolioSettingsResult } from '../../../../../src/contracts/portfolio-settings';
import { channelName } from '../../../../../src/wording/catalog/channels';
import { dayRangeInWords } from '../../../../../src/wording/catalog/collisions';
import { quote } from '../../../../../src/wording/typography';
import type { Strings } from '../../i18n';

type PortfolioSettings = GetPortfolioSettingsResult['settings'];

type Settings = Pick<PortfolioSettings, 'collisionWindowDays' | 'approverWeeklyGateLimit' | 'blackouts'>;

/** « Fenêtre de 7 jours, 3 validations par semaine au plus. » */
export function SettingsSentence({ t, settings }: { t: Strings; settings: Settings }) {
  return (
    <p data-testid="collisions-settings-sentence">
      {t.collisionsView.settingsSentence(settings.collisionWindowDays, settings.approverWeeklyGateLimit)}
    </p>
  );
}

/** The site's settings as they are, read-only: the sentence, each blackout window in words, and why they cannot be changed here. */
export function SettingsView({ t, settings, reason }: { t: Strings; settings: Settings; reason?: string }) {
  const v = t.collisionsView;
  return (
    <section className="collisions__settings" aria-labelledby="collisions-settings-title" data-testid="collisions-settings">
      <h2 id="collisions-settings-title" className="section__title">
        {v.settingsTitle}
      </h2>
      <SettingsSentence t={t} settings={settings} />
      <h3 className="collisions__subtitle">{v.blackoutsTitle}</h3>
      {settings.blackouts.length === 0 ? (
        <p className="muted">{v.noBlackouts}</p>
      ) : (
        <ul>
          {settings.blackouts.map((b) => (
            <li key={b.id}>
              {v.blackoutLine(
                quote(t.lang, b.name),
                dayRangeInWords(t.lang, b.start, b.end),
                b.channels.length === 0 ? v.everyChannel : b.channels.map((c) => channelName(t.lang, c)).join(', '),
              )}
            </li>
          ))}
        </ul>
      )}
      {reason && (
        <p className="muted small" data-testid="collisions-settings-readonly">
          {reason}
        </p>
      )}
    </section>
  );
}
