import type { CriticalStep } from '../../../src/contracts/campaign-panel';
import { forecastWords } from '../../../src/wording/catalog/forecast';
import { IssueLink } from './IssueLink';
import { Section } from './Section';

/** The chain of work that sets the launch date, with how often each step was critical over the trials. */
export function CriticalPath({ lang, steps }: { lang: 'en' | 'fr'; steps: readonly CriticalStep[] }) {
  const w = forecastWords(lang);
  if (steps.length === 0) return null;
  return (
    <Section id="critical-path" title={w.criticalPath}>
      <p className="small muted">{w.criticalPathIntro}</p>
      <ol className="critical-path">
        {steps.map((s) => (
          <li key={s.key} className={s.kind === 'milestone' ? 'critical-path__milestone' : undefined}>
            {s.otherCampaign ? <span className="muted">{w.otherCampaignWork}</span> : <IssueLink issueKey={s.key}>{s.name}</IssueLink>}{' '}
            <span className="small muted">{w.criticality(s.criticality)}</span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
