import { useMemo, useState } from 'react';
import type { GetPortfolioResult, PortfolioRow } from '../../../../src/contracts/portfolio';
import { periodOf, shiftPeriod, type CalendarView, type Period } from '../calendar-layout';
import { applyFilters, todayIn, type FilterKey, type FilterValues } from '../filters';
import { Filters } from '../Filters';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { CalendarGrid } from './CalendarGrid';
import { CalendarLegend, CalendarToolbar } from './CalendarHeader';
import { CampaignDetails } from './CampaignDetails';
import { ReplanDialog } from './ReplanDialog';

const FILTERS: readonly FilterKey[] = ['project', 'owner', 'channel', 'audience', 'status'];

/**
 * Every campaign the user may see on a month or quarter calendar, from first work to launch, coloured by health with
 * a legend, today's line, filters, and re-planning by dragging a launch marker or typing a date (the re-plan preview
 * then "Apply in Jira" through `replanCampaign`).
 */
interface Props {
  t: Strings;
  f: PortfolioFormatters;
  data: GetPortfolioResult;
  /** A re-plan was applied in Jira: the campaign launches on `launchDate` now. */
  onReplanned: (campaignKey: string, launchDate: string) => void;
}

export function CalendarSection({ t, f, data, onReplanned }: Props) {
  const today = todayIn();
  const [period, setPeriod] = useState<Period>(() => periodOf('quarter', today));
  const [filters, setFilters] = useState<FilterValues>({});
  const [selected, setSelected] = useState<string | undefined>();
  const [replan, setReplan] = useState<{ row: PortfolioRow; launchDate: string } | undefined>();
  const rows = useMemo(() => applyFilters(data.campaigns, filters, today), [data.campaigns, filters, today]);
  const chosen = rows.find((r) => r.campaignKey === selected);
  const empty = (
    <p className="muted" data-testid="calendar-empty">
      {t.none}
    </p>
  );
  if (data.campaigns.length === 0) return empty;

  const shift = (steps: number): void => setPeriod((p) => shiftPeriod(p, steps));
  const tf = { t, f };
  return (
    <>
      <Filters
        t={t}
        id="calendar-filter"
        keys={FILTERS}
        rows={data.campaigns}
        values={filters}
        shown={rows.length}
        today={today}
        onChange={setFilters}
      />
      <CalendarToolbar
        {...tf}
        period={period}
        onView={(v: CalendarView) => setPeriod(periodOf(v, period.view === v ? period.start : today))}
        onShift={shift}
        onToday={() => setPeriod(periodOf(period.view, today))}
      />
      <p className="small muted">{t.keyboardHint}</p>
      <CalendarLegend t={t} />
      {rows.length === 0 ? (
        <p className="muted">{t.noneFiltered}</p>
      ) : (
        <CalendarGrid
          {...tf}
          period={period}
          today={today}
          rows={rows}
          selected={selected}
          onSelect={(key) => setSelected((s) => (s === key ? undefined : key))}
          onDragLaunch={(row, launchDate) => setReplan({ row, launchDate })}
          onShift={shift}
        />
      )}
      {chosen && (
        <CampaignDetails
          key={chosen.campaignKey + chosen.launchDate}
          {...tf}
          row={chosen}
          onReplan={(launchDate) => setReplan({ row: chosen, launchDate })}
          onClose={() => setSelected(undefined)}
        />
      )}
      {replan && (
        <ReplanDialog
          {...tf}
          row={replan.row}
          launchDate={replan.launchDate}
          onClose={() => setReplan(undefined)}
          onApplied={(launchDate) => onReplanned(replan.row.campaignKey, launchDate)}
        />
      )}
    </>
  );
}
