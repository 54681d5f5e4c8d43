import { IssueLink } from '../../../../kit/issue-link';
import type { PortfolioFormatters } from '../../format';
import type { Strings } from '../../i18n';
import { projectOf } from '../campaign-project';
import { PlannerLink } from '../planner-link';
import { loadText, type Cell } from './levels';

/**
 * The tasks behind one person's week: campaign, issue (linking to Jira) and days, the days of campaigns the reader
 * may not see (« autre travail »), and on an over-allocated week the planner's leveling proposals of each campaign.
 */
export function PersonDetail({ t, f, name, cell }: { t: Strings; f: PortfolioFormatters; name: string; cell: Cell }) {
  const w = t.capacityView;
  const tasks = cell.tasks ?? [];
  const other = cell.otherWorkDays ?? 0;
  const leveling = cell.leveling ?? [];
  return (
    <section className="heat-detail card" aria-labelledby="heat-detail-title" data-testid="capacity-detail" data-week={cell.weekStart}>
      <h2 id="heat-detail-title" className="section__title">
        {w.detailTitle(name, cell.weekStart)}
      </h2>
      <p>{w.detailLoad(f.number(cell.demandDays), f.number(cell.capacityDays), loadText(w, f, cell.ratio, cell.level))}</p>
      {tasks.length === 0 ? (
        <p className="muted">{w.noTasks}</p>
      ) : (
        <table className="table" data-testid="capacity-tasks">
          <caption className="visually-hidden">{w.tasksCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.colCampaign}</th>
              <th scope="col">{w.colIssue}</th>
              <th scope="col">{w.colTask}</th>
              <th scope="col" className="num">
                {w.colDays}
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task, i) => (
              <tr key={`${task.issueKey ?? task.summary}-${i}`} data-campaign-key={task.campaignKey}>
                <td>
                  <IssueLink issueKey={task.campaignKey} />
                </td>
                <td>{task.issueKey ? <IssueLink issueKey={task.issueKey} /> : <span className="muted">{w.notCreated}</span>}</td>
                <th scope="row">{task.summary}</th>
                <td className="num">{f.number(task.days)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {other > 0 && <p data-testid="capacity-other-work">{w.otherWork(other, f.number(other))}</p>}
      {cell.level === 'over' && leveling.length > 0 && (
        <div className="heat-leveling" data-testid="capacity-leveling">
          <h3 className="section__title">{w.levelingTitle}</h3>
          <p className="small">{w.levelingIntro}</p>
          <ul>
            {leveling.map((l) => (
              <li key={l.campaignKey}>
                <PlannerLink projectKey={projectOf(l.campaignKey)} testId={`leveling-${l.campaignKey}`}>
                  {w.levelingLink(l.campaignKey)}
                </PlannerLink>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
