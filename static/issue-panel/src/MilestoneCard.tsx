import type { Formatters } from './format';
import { MilestoneBlockers } from './MilestoneBlockers';
import type { Strings } from './i18n';
import { ForecastReasons, hasForecastReasons } from './ForecastReasons';
import { IssueLink } from './IssueLink';
import { HEALTH_TONE, Lozenge } from './Lozenge';
import { datesTip, OutlookLine } from './Outlook';
import { Tip } from './Tip';
import type { MilestoneRisk } from './types';

/** A forecast date, flagged when it falls after the milestone's due date. */
function ForecastDate({ label, iso, due, f }: { label: string; iso: string | null; due: string | null; f: Formatters }) {
  const late = iso !== null && due !== null && iso > due;
  return (
    <div className={`forecast${late ? ' forecast--late' : ''}`}>
      <dt>{label}</dt>
      <dd>{iso === null ? '—' : <time dateTime={iso}>{f.shortDate(iso)}</time>}</dd>
    </div>
  );
}

export function MilestoneCard({ t, f, m }: { t: Strings; f: Formatters; m: MilestoneRisk }) {
  const done = m.status === 'done';
  const days = m.businessDaysLeft;
  return (
    <li className="milestone" data-testid={`milestone-${m.key}`}>
      <div className="milestone__head">
        <IssueLink issueKey={m.key} label={`${m.key} ${m.name}`}>
          <span className="milestone__name">{m.name}</span>
        </IssueLink>
        {done ? <Lozenge tone="success">{t.done}</Lozenge> : <Lozenge tone={HEALTH_TONE[m.risk]}>{t.healthState[m.risk]}</Lozenge>}
      </div>
      <p className="milestone__meta">
        <span>
          {t.due} {m.dueDate ? <time dateTime={m.dueDate}>{f.date(m.dueDate)}</time> : t.noDueDate}
        </span>
        {!done && <span>{t.openTasks(m.openTasks)}</span>}
        {!done && days !== null && (
          <span className={days < 0 || m.remainingWorkDays > days ? 'text-danger' : undefined}>
            {days < 0 ? t.daysLate(-days) : t.workVsDays(t.businessDays(m.remainingWorkDays), t.businessDays(days))}
          </span>
        )}
      </p>
      {!done && (
        <>
          {m.p50 === null && m.p85 === null ? (
            <p className="muted small">{m.openTasks === 0 ? t.nothingLeft : t.forecastPending}</p>
          ) : (
            <div className="milestone__forecast">
              <span className="small muted">{t.forecastDates}</span>
              <OutlookLine t={t} m={m} />
              <Tip tip={datesTip(t, f, [m])} block>
                <dl className="forecasts">
                  <ForecastDate label={t.p50} iso={m.p50} due={m.dueDate} f={f} />
                  <ForecastDate label={t.p85} iso={m.p85} due={m.dueDate} f={f} />
                </dl>
              </Tip>
              {hasForecastReasons(m) && <ForecastReasons lang={t.lang} m={m} />}
            </div>
          )}
          <MilestoneBlockers t={t} f={f} m={m} />
        </>
      )}
    </li>
  );
}
