import { actionWords } from '../../../src/wording/catalog/actions';
import type { Strings } from './i18n';
import { TemplateCardBody } from './TemplateCards';
import type { TemplateSummary } from './types';

interface Props {
  t: Strings;
  templates: TemplateSummary[];
  /** Why the user may not plan here: the policy's refusal, worded on the server in their language. */
  reason?: string;
  money: (amount: number, currency: string) => string;
}

/**
 * The "Plan" tab for someone who may not plan a campaign in the project (a read-only viewer): the reason up front,
 * then the templates to read, with no form, no preview and no create button that would fail after the click.
 */
export function ReadOnlyPlanner({ t, templates, reason, money }: Props) {
  const w = actionWords(t.lang);
  return (
    <div className="stack">
      <section className="card state state--locked" data-testid="plan-refusal" aria-labelledby="plan-refusal-title">
        <svg className="state__art" width="64" height="64" viewBox="0 0 64 64" aria-hidden="true">
          <rect x="16" y="28" width="32" height="26" rx="5" fill="var(--ds-background-neutral, #091e420f)" />
          <path d="M22 28v-6a10 10 0 0 1 20 0v6" stroke="var(--ds-border-bold, #758195)" strokeWidth="4" fill="none" />
        </svg>
        <h2 id="plan-refusal-title" className="state__title">
          {w.planRefusedTitle}
        </h2>
        {reason && <p className="state__body">{reason}</p>}
        <p className="state__body">{w.planRefusedAsk}</p>
      </section>
      <section className="card" aria-labelledby="templates-heading">
        <h2 id="templates-heading" className="card__title">
          {w.templatesHeading}
        </h2>
        <ul className="templates__grid" data-testid="template-catalogue">
          {templates.map((tpl) => (
            <li key={tpl.id} className="template-card template-card--static" data-template-id={tpl.id}>
              <div className="template-card__main">
                <TemplateCardBody t={t} tpl={tpl} money={money} />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
