import type { KeyboardEvent } from 'react';
import type { PortfolioRow } from '../../../../src/contracts/portfolio';
import type { Period } from '../calendar-layout';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { CalendarScale, periodName } from './CalendarHeader';
import { CalendarRow } from './CalendarRow';

/** Moves focus to the bar of the campaign `step` rows away (↑/↓), wrapping at neither end. */
function focusNeighbour(from: HTMLElement, step: number): void {
  const bars = [...(from.closest('.cal-rows')?.querySelectorAll<HTMLElement>('[data-bar]') ?? [])];
  const row = from.closest('.cal-row');
  const at = bars.findIndex((b) => b.closest('.cal-row') === row);
  bars[at + step]?.focus();
}

/** On a bar or a launch marker: ↑/↓ move to the next campaign. */
const onRowKey = (e: KeyboardEvent<HTMLElement>): void => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  e.preventDefault();
  focusNeighbour(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
};

/** The scale, then one row per campaign; Alt+←/→ anywhere in it change the period. */
export function CalendarGrid({
  t,
  f,
  period,
  today,
  rows,
  selected,
  onSelect,
  onDragLaunch,
  onShift,
}: {
  t: Strings;
  f: PortfolioFormatters;
  period: Period;
  today: string;
  rows: readonly PortfolioRow[];
  selected?: string;
  onSelect: (campaignKey: string) => void;
  onDragLaunch: (row: PortfolioRow, launchDate: string) => void;
  onShift: (steps: number) => void;
}) {
  const onCalendarKey = (e: KeyboardEvent<HTMLElement>): void => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    e.preventDefault();
    onShift(e.key === 'ArrowLeft' ? -1 : 1);
  };
  return (
    <div
      className="calendar"
      role="region"
      aria-label={t.calendarLabel(periodName(t, f, period))}
      data-testid="calendar"
      onKeyDown={onCalendarKey}
    >
      <CalendarScale t={t} f={f} period={period} today={today} />
      <ul className="cal-rows">
        {rows.map((row) => (
          <CalendarRow
            key={row.campaignKey}
            t={t}
            row={row}
            period={period}
            today={today}
            selected={row.campaignKey === selected}
            onSelect={() => onSelect(row.campaignKey)}
            onDragLaunch={(launchDate) => onDragLaunch(row, launchDate)}
            onKeyDown={onRowKey}
          />
        ))}
      </ul>
    </div>
  );
}
