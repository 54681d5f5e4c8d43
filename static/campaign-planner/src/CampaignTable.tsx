import { actionWords } from '../../../src/wording/catalog/actions';
import { DataTable, type Column } from '../../kit/DataTable';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { IssueLink } from '../../kit/issue-link';
import type { CampaignSummary } from './types';

export type CampaignAction = 'replan' | 'compare' | 'targeting';

interface Props {
  t: Strings;
  campaigns: CampaignSummary[];
  fmt: (c: CampaignSummary) => Formatters;
  open?: { epicKey: string; action: CampaignAction };
  onAction: (epicKey: string, action: CampaignAction) => void;
}

export const DETAIL_ID = 'campaign-detail';

/**
 * Replan (for those the policy lets re-plan it; the others may only try a date, nothing applied), and compare with
 * the brief when there is one: each button says whether its detail is open.
 */
function CampaignActions({ t, c, open, onAction }: Pick<Props, 't' | 'open' | 'onAction'> & { c: CampaignSummary }) {
  const w = actionWords(t.lang);
  const isOpen = (action: CampaignAction): boolean => open?.epicKey === c.epicKey && open.action === action;
  const button = (action: CampaignAction, label: string, text: string) => (
    <button
      type="button"
      className="button button--small"
      aria-label={label}
      aria-expanded={isOpen(action)}
      aria-controls={isOpen(action) ? DETAIL_ID : undefined}
      onClick={() => onAction(c.epicKey, action)}
    >
      {text}
    </button>
  );
  return (
    <div className="actions actions--end">
      {c.actions.replan.allowed ? button('replan', t.replanOf(c.name), t.replan) : button('replan', w.simulateOf(c.name), w.simulate)}
      {c.briefTitle !== undefined && button('compare', t.compareOf(c.name), t.compare)}
      {c.actions.replan.allowed && button('targeting', t.targetingOf(c.name), t.targetingShort)}
    </div>
  );
}

function campaignColumns({ t, fmt, open, onAction }: Omit<Props, 'campaigns'>): Column<CampaignSummary>[] {
  const name = (c: CampaignSummary) => (
    <>
      <span className="campaign__name">{c.name}</span>
      <code className="campaign__label" title={c.campaignLabel}>
        {c.campaignLabel}
      </code>
      <span className="campaign__meta">{t.createdOn(fmt(c).instant(c.createdAt))}</span>
    </>
  );
  return [
    { key: 'campaign', header: t.colCampaign, rowHeader: true, cell: name },
    {
      key: 'epic',
      header: t.colEpic,
      className: 'nowrap',
      cell: (c) => <IssueLink issueKey={c.epicKey} label={t.openEpic(c.epicKey, c.name)} />,
    },
    { key: 'launch', header: t.colLaunch, className: 'nowrap', cell: (c) => fmt(c).date(c.launchDate) },
    { key: 'budget', header: t.colBudget, headerClassName: 'num', className: 'num nowrap', cell: (c) => fmt(c).money(c.budget.amount) },
    { key: 'brief', header: t.colBrief, cell: (c) => c.briefTitle ?? <span className="muted">{t.noBrief}</span> },
    {
      key: 'actions',
      header: t.colActions,
      headerHidden: true,
      className: 'row__actions',
      cell: (c) => <CampaignActions t={t} c={c} open={open} onAction={onAction} />,
    },
  ];
}

export function CampaignTable({ campaigns, ...props }: Props) {
  return (
    <DataTable
      labelledBy="campaigns-heading"
      className="table table--campaigns"
      tableProps={{ 'data-testid': 'campaigns-table' }}
      columns={campaignColumns(props)}
      rows={campaigns}
      rowKey={(c) => c.epicKey}
      rowProps={(c) => ({ className: props.open?.epicKey === c.epicKey ? 'row--selected' : undefined, 'data-epic': c.epicKey })}
    />
  );
}
