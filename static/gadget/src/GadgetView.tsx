import type { PortfolioRow } from '../../../src/contracts/portfolio';
import { Button } from '../../kit/Button';
import { formatDay, relativeDay } from '../../kit/format';
import { CampaignLink } from './CampaignLink';
import { campaignsAtRisk, upcomingLaunches } from './config';
import type { Strings } from './i18n';
import { todayIn } from './today';
import { usePortfolio, type GadgetContext } from './useGadget';

const TONE = { on_track: 'success', at_risk: 'warning', off_track: 'danger' } as const;

function HealthLozenge({ t, level }: { t: Strings; level: PortfolioRow['health']['level'] }) {
  return <span className={`lozenge lozenge--${TONE[level]}`}>{t.healthState[level]}</span>;
}

interface RowProps {
  t: Strings;
  locale: string | undefined;
  today: string;
}

function LaunchCell({ row, t, locale, today }: RowProps & { row: PortfolioRow }) {
  const when = row.launchDate < today ? t.launchPassed : relativeDay(row.launchDate, today, locale);
  return (
    <td>
      <time dateTime={row.launchDate}>{formatDay(row.launchDate, locale)}</time> <span className="muted small">({when})</span>
    </td>
  );
}

function UpcomingTable({ rows, ...p }: RowProps & { rows: PortfolioRow[] }) {
  const { t } = p;
  return (
    <table className="table" aria-labelledby="upcoming-heading">
      <thead>
        <tr>
          <th scope="col">{t.campaign}</th>
          <th scope="col">{t.project}</th>
          <th scope="col">{t.launch}</th>
          <th scope="col">{t.health}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.campaignKey} data-campaign={row.campaignKey}>
            <th scope="row">
              <CampaignLink issueKey={row.campaignKey} name={row.name} label={t.openCampaign(row.name)} />
            </th>
            <td>{row.projectKey}</td>
            <LaunchCell row={row} {...p} />
            <td>
              <HealthLozenge t={t} level={row.health.level} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AtRiskTable({ rows, ...p }: RowProps & { rows: PortfolioRow[] }) {
  const { t } = p;
  return (
    <table className="table" aria-labelledby="at-risk-heading">
      <thead>
        <tr>
          <th scope="col">{t.campaign}</th>
          <th scope="col">{t.health}</th>
          <th scope="col">{t.reason}</th>
          <th scope="col">{t.launch}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.campaignKey} data-campaign={row.campaignKey}>
            <th scope="row">
              <CampaignLink issueKey={row.campaignKey} name={row.name} label={t.openCampaign(row.name)} />{' '}
              <span className="muted small">{row.projectKey}</span>
            </th>
            <td>
              <HealthLozenge t={t} level={row.health.level} />
            </td>
            <td>{row.health.reasons[0]?.text ?? ''}</td>
            <LaunchCell row={row} {...p} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The gadget's view: the launches of the next N weeks and the campaigns at risk, in the configured scope. */
export function GadgetView({ t, ctx }: { t: Strings; ctx: GadgetContext }) {
  const { config, locale } = ctx;
  const { state, reload } = usePortfolio(config.projectKey);
  const today = todayIn(ctx.timeZone);
  if (state.status === 'loading')
    return (
      <p className="muted" role="status">
        {t.loading}
      </p>
    );
  if (state.status === 'failed')
    return (
      <div className="state--error" role="alert">
        <p className="state__title">{t.loadFailed}</p>
        <p className="small">{state.failure.message}</p>
        <Button onClick={() => reload(true)}>{t.retry}</Button>
      </div>
    );
  const rows = state.data.campaigns;
  const upcoming = upcomingLaunches(rows, config, today);
  const atRisk = campaignsAtRisk(rows);
  const p = { t, locale, today };
  return (
    <main className="gadget" aria-busy={false}>
      <p className="gadget__scope muted">{t.scope(config.projectKey ?? null, config.weeks)}</p>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t.upcoming}</h2>
        {upcoming.length > 0 ? <UpcomingTable rows={upcoming} {...p} /> : <p className="muted">{t.noUpcoming(config.weeks)}</p>}
      </section>
      <section aria-labelledby="at-risk-heading">
        <h2 id="at-risk-heading">{t.atRisk}</h2>
        {atRisk.length > 0 ? (
          <AtRiskTable rows={atRisk} {...p} />
        ) : (
          <p className="muted">{rows.length === 0 ? t.noCampaigns : t.noAtRisk}</p>
        )}
      </section>
    </main>
  );
}
