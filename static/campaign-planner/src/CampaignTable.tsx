import type { Formatters } from './format';
import type { Strings } from './i18n';
import { IssueLink } from './issue-link';
import type { CampaignSummary } from './types';

export type CampaignAction = 'replan' | 'compare';

interface Props {
  t: Strings;
  campaigns: CampaignSummary[];
  fmt: (c: CampaignSummary) => Formatters;
  open?: { epicKey: string; action: CampaignAction };
  onAction: (epicKey: string, action: CampaignAction) => void;
}

export const DETAIL_ID = 'campaign-detail';

export function CampaignTable({ t, campaigns, fmt, open, onAction }: Props) {
  const isOpen = (c: CampaignSummary, action: CampaignAction): boolean => open?.epicKey === c.epicKey && open.action === action;
  return (
    <div className="table-wrap">
      <table className="table table--campaigns" data-testid="campaigns-table">
        <thead>
          <tr>
            <th scope="col">{t.colCampaign}</th>
            <th scope="col">{t.colEpic}</th>
            <th scope="col">{t.colLaunch}</th>
            <th scope="col" className="num">
              {t.colBudget}
            </th>
            <th scope="col">{t.colBrief}</th>
            <th scope="col">
              <span className="visually-hidden">{t.colActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => {
            const f = fmt(c);
            return (
              <tr key={c.epicKey} className={open?.epicKey === c.epicKey ? 'row--selected' : undefined} data-epic={c.epicKey}>
                <th scope="row">
                  <span className="campaign__name">{c.name}</span>
                  <code className="campaign__label" title={c.campaignLabel}>
                    {c.campaignLabel}
                  </code>
                  <span className="campaign__meta">{t.createdOn(f.instant(c.createdAt))}</span>
                </th>
                <td className="nowrap">
                  <IssueLink issueKey={c.epicKey} label={t.openEpic(c.epicKey, c.name)} />
                </td>
                <td className="nowrap">{f.date(c.launchDate)}</td>
                <td className="num nowrap">{f.money(c.budget.amount)}</td>
                <td>{c.briefTitle ?? <span className="muted">{t.noBrief}</span>}</td>
                <td className="row__actions">
                  <div className="actions actions--end">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t.replanOf(c.name)}
                      aria-expanded={isOpen(c, 'replan')}
                      aria-controls={isOpen(c, 'replan') ? DETAIL_ID : undefined}
                      onClick={() => onAction(c.epicKey, 'replan')}
                    >
                      {t.replan}
                    </button>
                    {c.briefTitle !== undefined && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t.compareOf(c.name)}
                        aria-expanded={isOpen(c, 'compare')}
                        aria-controls={isOpen(c, 'compare') ? DETAIL_ID : undefined}
                        onClick={() => onAction(c.epicKey, 'compare')}
                      >
                        {t.compare}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
