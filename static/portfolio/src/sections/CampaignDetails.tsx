import { useState } from 'react';
import type { PortfolioRow } from '../../../../src/contracts/portfolio';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { HealthLozenge } from '../HealthLozenge';
import { IssueLink } from '../../../kit/issue-link';

/** A typed launch date and the button that opens its re-plan preview. */
function ReplanForm({ t, row, onReplan }: { t: Strings; row: PortfolioRow; onReplan: (launchDate: string) => void }) {
  const [date, setDate] = useState(row.launchDate);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && date !== row.launchDate;
  return (
    <form
      className="cal-details__replan"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onReplan(date);
      }}
    >
      <label className="field">
        <span className="field__label">{t.newLaunch}</span>
        <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" className="button button--primary" disabled={!valid}>
        {t.previewReplan}
      </button>
      <IssueLink issueKey={row.campaignKey}>{t.openCampaign}</IssueLink>
    </form>
  );
}

/**
 * The details of the campaign chosen on the calendar: health and its reasons, dates, milestones, and a date field
 * that opens the re-plan preview for a typed launch date (the keyboard's way to do what a drag does).
 */
export function CampaignDetails({
  t,
  f,
  row,
  onReplan,
  onClose,
}: {
  t: Strings;
  f: PortfolioFormatters;
  row: PortfolioRow;
  onReplan: (launchDate: string) => void;
  onClose: () => void;
}) {
  return (
    <section className="card cal-details" id="cal-details" aria-labelledby="cal-details-title" data-testid="calendar-details">
      <div className="cal-details__head">
        <h2 id="cal-details-title" className="section__title">
          {row.name}
        </h2>
        <HealthLozenge t={t} level={row.health.level} />
        <button type="button" className="button button--subtle cal-details__close" onClick={onClose}>
          {t.closeDetails}
        </button>
      </div>
      {row.health.reasons.length > 0 && (
        <>
          <h3 className="cal-details__sub">{t.reasons}</h3>
          <ul className="reasons">
            {row.health.reasons.map((r) => (
              <li key={r.code + r.text}>{r.text}</li>
            ))}
          </ul>
        </>
      )}
      <dl className="facts">
        <div>
          <dt>{t.firstWork}</dt>
          <dd>{row.firstWorkDate ? f.date(row.firstWorkDate) : t.noValue}</dd>
        </div>
        <div>
          <dt>{t.launch}</dt>
          <dd>{f.date(row.launchDate)}</dd>
        </div>
        <div>
          <dt>{t.forecast}</dt>
          <dd>{row.forecastP85 ? f.date(row.forecastP85) : t.noValue}</dd>
        </div>
      </dl>
      <h3 className="cal-details__sub">{t.milestones}</h3>
      {row.milestones.length === 0 ? (
        <p className="muted">{t.noMilestones}</p>
      ) : (
        <ul className="cal-details__milestones">
          {row.milestones.map((m) => (
            <li key={m.name}>
              {m.name}
              {m.dueDate && <span className="muted"> · {f.date(m.dueDate)}</span>}
            </li>
          ))}
        </ul>
      )}
      <ReplanForm t={t} row={row} onReplan={onReplan} />
    </section>
  );
}
