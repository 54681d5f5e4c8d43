import { daysBetween, type Formatters } from './format';
import type { Strings } from './i18n';
import { IssueLink } from './issue-link';
import type { DateChange } from './types';

/** One line per issue whose due date changes; done work is listed too, marked as keeping its date. */
export function ReplanTable({ t, f, changes }: { t: Strings; f: Formatters; changes: DateChange[] }) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid="replan-changes">
        <thead>
          <tr>
            <th scope="col">{t.colIssue}</th>
            <th scope="col">{t.colSummary}</th>
            <th scope="col">{t.colDates}</th>
            <th scope="col" className="num">
              {t.colShift}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.issueKey} className={c.done ? 'row--done' : undefined}>
              <td className="nowrap">
                <IssueLink issueKey={c.issueKey} />
              </td>
              <th scope="row" className="row__summary">
                {c.summary}
              </th>
              <td className="nowrap">
                {c.done ? (
                  <>
                    <time dateTime={c.from}>{f.date(c.from)}</time> <span className="lozenge lozenge--success">{t.doneKeeps}</span>
                  </>
                ) : (
                  <>
                    <time dateTime={c.from} className="date--from">
                      {f.date(c.from)}
                    </time>
                    <span className="date__arrow" aria-hidden="true">
                      →
                    </span>
                    <span className="visually-hidden"> {t.movesTo} </span>
                    <time dateTime={c.to} className="date--to">
                      {f.date(c.to)}
                    </time>
                  </>
                )}
              </td>
              <td className="num nowrap muted">{c.done ? t.none : f.dayShift(daysBetween(c.from, c.to))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
