import type { Strings } from './i18n';
import { formatDate } from './i18n';
import type { IssueOverview } from './types';

const LOZENGE: Record<string, string> = { new: 'lozenge--todo', indeterminate: 'lozenge--progress', done: 'lozenge--done' };

export function Overview({ t, issue, locale }: { t: Strings; issue: IssueOverview; locale: string | undefined }) {
  return (
    <section className="card" aria-labelledby="overview-summary">
      <p className="card__key">
        {issue.issueType} · {issue.key}
      </p>
      <h3 id="overview-summary" className="card__summary">
        {issue.summary}
      </h3>
      <dl className="fields">
        <dt>{t.status}</dt>
        <dd>
          <span className={`lozenge ${LOZENGE[issue.statusCategory] ?? 'lozenge--todo'}`}>{issue.status}</span>
        </dd>
        <dt>{t.assignee}</dt>
        <dd>{issue.assignee ? issue.assignee.displayName : <span className="muted">{t.unassigned}</span>}</dd>
        <dt>{t.dueDate}</dt>
        <dd>{issue.dueDate ? <time dateTime={issue.dueDate}>{formatDate(issue.dueDate, locale)}</time> : <span className="muted">{t.noDueDate}</span>}</dd>
        <dt>{t.labels}</dt>
        <dd>
          {issue.labels.length === 0 ? (
            <span className="muted">{t.noLabels}</span>
          ) : (
            <ul className="labels" aria-label={t.labels}>
              {issue.labels.map((l) => (
                <li key={l} className="label">
                  {l}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
