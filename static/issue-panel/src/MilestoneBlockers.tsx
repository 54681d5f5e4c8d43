import type { Formatters } from './format';
import type { Strings } from './i18n';
import { IssueLink } from './IssueLink';
import type { MilestoneRisk } from './types';

/** A milestone's open dependencies past their due date and its late sign-offs (the table's row and the card). */
export function MilestoneBlockers({ t, f, m }: { t: Strings; f: Formatters; m: MilestoneRisk }) {
  return (
    <>
      {m.overdueDependencies.length > 0 && (
        <div className="issues-list">
          <span className="small text-danger">{t.overdueDependencies}</span>
          <ul>
            {m.overdueDependencies.map((d) => (
              <li key={d.key}>
                <IssueLink issueKey={d.key} /> {d.summary} · <time dateTime={d.dueDate}>{f.shortDate(d.dueDate)}</time>
              </li>
            ))}
          </ul>
        </div>
      )}
      {m.lateGates.length > 0 && (
        <div className="issues-list">
          <span className="small text-danger">{t.lateGates}</span>
          <ul>
            {m.lateGates.map((g) => (
              <li key={g.gateId}>
                {g.name} · <time dateTime={g.dueDate}>{f.shortDate(g.dueDate)}</time>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
