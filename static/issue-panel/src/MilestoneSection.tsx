import { Fragment } from 'react';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { IssueLink } from './IssueLink';
import { ForecastLegend } from './ForecastLegend';
import { ForecastReasons, hasForecastReasons } from './ForecastReasons';
import { HEALTH_TONE, Lozenge } from './Lozenge';
import { Section } from './Section';
import type { MilestoneRisk } from './types';

const COLUMNS = 5;

/** A forecast date, in red when it falls after the milestone's due date. */
function Forecast({ iso, due, f }: { iso: string | null; due: string | null; f: Formatters }) {
  if (iso === null) return <>—</>;
  return (
    <time dateTime={iso} className={due !== null && iso > due ? 'late-date' : undefined}>
      {f.shortDate(iso)}
    </time>
  );
}

/** Overdue dependencies and late gates of a milestone, under its row. */
function Blockers({ t, f, m }: { t: Strings; f: Formatters; m: MilestoneRisk }) {
  return (
    <div className="blockers">
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
    </div>
  );
}

/** Deadline risk of every milestone, one row each: work left against business days left, and P50/P85 against the due date. */
export function MilestoneSection({ t, f, milestones }: { t: Strings; f: Formatters; milestones: MilestoneRisk[] }) {
  const open = milestones.filter((m) => m.status === 'open');
  return (
    <Section id="deadlines" title={t.deadlines}>
      {milestones.length === 0 ? (
        <p className="muted">{t.noMilestones}</p>
      ) : (
        <>
          <table className="table table--milestones">
            <thead>
              <tr>
                <th scope="col">{t.milestone}</th>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.workLeftColumn}</th>
                <th scope="col">
                  {t.p50} · {t.p85}
                </th>
                <th scope="col">{t.risk}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => {
                const done = m.status === 'done';
                const days = m.businessDaysLeft;
                const blocked = !done && (m.overdueDependencies.length > 0 || m.lateGates.length > 0);
                return (
                  <Fragment key={m.key}>
                    <tr className={`milestone-row${blocked ? ' milestone-row--blocked' : ''}`} data-testid={`milestone-${m.key}`}>
                      <th scope="row">
                        <IssueLink issueKey={m.key}>{m.name}</IssueLink>
                        {!done && <span className="cell-note">{t.openTasks(m.openTasks)}</span>}
                      </th>
                      <td className="nowrap">
                        {m.dueDate ? (
                          <time dateTime={m.dueDate}>{f.shortDate(m.dueDate)}</time>
                        ) : (
                          <span className="muted">{t.noDueDate}</span>
                        )}
                      </td>
                      <td className={!done && days !== null && (days < 0 || m.remainingWorkDays > days) ? 'text-danger' : undefined}>
                        {done
                          ? '—'
                          : days === null
                            ? t.businessDays(m.remainingWorkDays)
                            : days < 0
                              ? t.daysLate(-days)
                              : t.workAgainstDays(f.number(m.remainingWorkDays), f.number(days))}
                      </td>
                      <td className="nowrap">
                        {done || (m.p50 === null && m.p85 === null) ? (
                          '—'
                        ) : (
                          <>
                            <Forecast iso={m.p50} due={m.dueDate} f={f} /> · <Forecast iso={m.p85} due={m.dueDate} f={f} />
                          </>
                        )}
                      </td>
                      <td>
                        {done ? (
                          <Lozenge tone="success">{t.done}</Lozenge>
                        ) : (
                          <Lozenge tone={HEALTH_TONE[m.risk]}>{t.healthState[m.risk]}</Lozenge>
                        )}
                      </td>
                    </tr>
                    {!done && hasForecastReasons(m) && (
                      <tr className="milestone-row__reasons">
                        <td colSpan={COLUMNS}>
                          <ForecastReasons lang={t.lang} m={m} />
                        </td>
                      </tr>
                    )}
                    {blocked && (
                      <tr className="milestone-row__blockers">
                        <td colSpan={COLUMNS}>
                          <Blockers t={t} f={f} m={m} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          {open.length > 0 && <ForecastLegend t={t} f={f} open={open} />}
        </>
      )}
    </Section>
  );
}
