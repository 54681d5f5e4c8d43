import { DataTable, type Column } from '../../kit/DataTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { IssueLink } from './IssueLink';
import { ForecastLegend } from './ForecastLegend';
import { ForecastReasons, hasForecastReasons } from './ForecastReasons';
import { HEALTH_TONE, Lozenge } from './Lozenge';
import { Section } from './Section';
import type { ForecastState, MilestoneRisk } from './types';
import { ForecastStatus } from './ForecastStatus';
import { MilestoneBlockers } from './MilestoneBlockers';
import { OutlookCell } from './Outlook';

const COLUMNS = 5;

/** Overdue dependencies and late gates of a milestone, under its row. */
function Blockers({ t, f, m }: { t: Strings; f: Formatters; m: MilestoneRisk }) {
  return (
    <div className="blockers">
      <MilestoneBlockers t={t} f={f} m={m} />
    </div>
  );
}

const isBlocked = (m: MilestoneRisk): boolean => m.status !== 'done' && (m.overdueDependencies.length > 0 || m.lateGates.length > 0);

/** Work left against business days left, in red when it does not fit. */
function workLeft(t: Strings, f: Formatters, m: MilestoneRisk): string {
  const days = m.businessDaysLeft;
  if (m.status === 'done') return '—';
  if (days === null) return t.businessDays(m.remainingWorkDays);
  return days < 0 ? t.daysLate(-days) : t.workAgainstDays(f.number(m.remainingWorkDays), f.number(days));
}

function milestoneColumns(t: Strings, f: Formatters): Column<MilestoneRisk>[] {
  const done = (m: MilestoneRisk): boolean => m.status === 'done';
  const late = (m: MilestoneRisk): boolean =>
    !done(m) && m.businessDaysLeft !== null && (m.businessDaysLeft < 0 || m.remainingWorkDays > m.businessDaysLeft);
  return [
    {
      key: 'milestone',
      header: t.milestone,
      rowHeader: true,
      cell: (m) => (
        <>
          <IssueLink issueKey={m.key}>{m.name}</IssueLink>
          {!done(m) && <span className="cell-note">{t.openTasks(m.openTasks)}</span>}
        </>
      ),
    },
    {
      key: 'due',
      header: t.due,
      className: 'nowrap',
      cell: (m) => (m.dueDate ? <time dateTime={m.dueDate}>{f.shortDate(m.dueDate)}</time> : <span className="muted">{t.noDueDate}</span>),
    },
    { key: 'work', header: t.workLeftColumn, cellClassName: (m) => (late(m) ? 'text-danger' : undefined), cell: (m) => workLeft(t, f, m) },
    { key: 'forecast', header: t.forecastDates, cell: (m) => <OutlookCell t={t} f={f} m={m} /> },
    {
      key: 'risk',
      header: t.risk,
      cell: (m) =>
        done(m) ? <Lozenge tone="success">{t.done}</Lozenge> : <Lozenge tone={HEALTH_TONE[m.risk]}>{t.healthState[m.risk]}</Lozenge>,
    },
  ];
}

/** The forecast's reasons and the milestone's blockers, each on a full-width row under the milestone's. */
function RowsAfter({ t, f, m }: { t: Strings; f: Formatters; m: MilestoneRisk }) {
  return (
    <>
      {m.status !== 'done' && hasForecastReasons(m) && (
        <tr className="milestone-row__reasons">
          <td colSpan={COLUMNS}>
            <ForecastReasons lang={t.lang} m={m} />
          </td>
        </tr>
      )}
      {isBlocked(m) && (
        <tr className="milestone-row__blockers">
          <td colSpan={COLUMNS}>
            <Blockers t={t} f={f} m={m} />
          </td>
        </tr>
      )}
    </>
  );
}

/**
 * Deadline risk of every milestone, one row each: work left against business days left, and the forecast in plain
 * words (« Probablement 2 jours ouvrés de retard », « au plus tôt … · prudent … ») with its statistics in a tooltip.
 */
export function MilestoneSection({
  t,
  f,
  milestones,
  forecast,
}: {
  t: Strings;
  f: Formatters;
  milestones: MilestoneRisk[];
  forecast?: ForecastState;
}) {
  const open = milestones.filter((m) => m.status === 'open');
  return (
    <Section id="deadlines" title={t.deadlines}>
      {open.length > 0 && <ForecastStatus lang={t.lang} f={f} state={forecast} />}
      {milestones.length === 0 ? (
        <p className="muted">{t.noMilestones}</p>
      ) : (
        <>
          <DataTable
            bare
            className="table table--milestones"
            columns={milestoneColumns(t, f)}
            rows={milestones}
            rowKey={(m) => m.key}
            rowProps={(m) => ({
              className: `milestone-row${isBlocked(m) ? ' milestone-row--blocked' : ''}`,
              'data-testid': `milestone-${m.key}`,
            })}
            rowAfter={(m) => <RowsAfter t={t} f={f} m={m} />}
          />
          {open.length > 0 && <ForecastLegend t={t} f={f} open={open} />}
        </>
      )}
    </Section>
  );
}
