import type { Formatters } from './format';
import type { Strings } from './i18n';
import { HEALTH_TONE, Lozenge } from './Lozenge';
import { wordReason } from './reasons';
import { Section } from './Section';
import type { CampaignPanel } from './types';

const MAX_REASONS = 3;

export function HealthSection({ t, f, health }: { t: Strings; f: Formatters; health: CampaignPanel['health'] }) {
  const reasons = health.reasons.slice(0, MAX_REASONS);
  return (
    <Section
      id="health"
      title={t.health}
      aside={
        <Lozenge tone={HEALTH_TONE[health.status]} bold>
          {t.healthState[health.status]}
        </Lozenge>
      }
    >
      {reasons.length === 0 ? (
        <p className="muted">{t.nothingToReport}</p>
      ) : (
        <ul className="reasons">
          {reasons.map((r, i) => (
            <li key={`${r.code}-${i}`} className={`reason reason--${HEALTH_TONE[r.severity]}`}>
              <span className="reason__mark" aria-hidden="true" />
              {wordReason(r, t.lang, f)}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
