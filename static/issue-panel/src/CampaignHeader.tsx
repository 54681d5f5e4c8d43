import { Suspense } from 'react';
import type { Formatters } from './format';
import { LazyPublishReportButton } from './report-lazy';
import type { Strings } from './i18n';
import { IssueLink } from './IssueLink';
import type { CampaignPanel } from './types';
import { ActionRefusal, usePanelAction, useReadOnly } from './panel-actions';
import { AskRovoButton } from './AskRovoButton';

/** The campaign's name (a link to its epic when the panel is elsewhere), launch date, budget and size. */
export function CampaignHeader({ t, f, panel }: { t: Strings; f: Formatters; panel: CampaignPanel }) {
  const c = panel.campaign;
  const publish = usePanelAction('publishReport');
  const readOnly = useReadOnly();
  return (
    <div className="campaign">
      <p className="campaign__name">
        {panel.mode === 'compact' ? (
          <IssueLink issueKey={c.epicKey}>
            {c.name} <span className="campaign__key">{c.epicKey}</span>
          </IssueLink>
        ) : (
          c.name
        )}
      </p>
      <p className="campaign__meta">
        <span>
          {t.launch} <time dateTime={c.launchDate}>{f.date(c.launchDate)}</time>
        </span>
        <span>
          {t.budgetLabel} {f.money(c.budget.amount)}
        </span>
        <span>{t.issues(c.issueCount)}</span>
      </p>
      {panel.mode === 'epic' && publish.allowed && (
        <Suspense fallback={null}>
          <LazyPublishReportButton lang={t.lang} epicKey={c.epicKey} />
        </Suspense>
      )}
      {panel.mode === 'epic' && !readOnly && <ActionRefusal action={publish} testId="publish-refusal" />}
      <AskRovoButton lang={t.lang} epicKey={c.epicKey} name={c.name} />
    </div>
  );
}
