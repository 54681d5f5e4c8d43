import { addDays, format, parseISO } from 'date-fns';
import type { PersonCapacity, TimeOff } from '../forecast';

/** A full working week in hours: "28 h a week" is 80 % of it. */
export const HOURS_PER_FULL_WEEK = 35;

/** What a person (or a project admin) said about their capacity; absent settings mean 100 % on business days. */
export interface CapacitySettings {
  availabilityPercent?: number;
  hoursPerWeek?: number;
  reservedPercent: number;
  timeOff: readonly TimeOff[];
}

/** Share of a business day the person works at all (0–1]. */
export function availabilityShare(settings: CapacitySettings): number {
  const share =
    settings.hoursPerWeek !== undefined ? settings.hoursPerWeek / HOURS_PER_FULL_WEEK : (settings.availabilityPercent ?? 100) / 100;
  return Math.max(0, Math.min(1, share));
}

/** Share of a business day left for campaign work, after the part reserved for other work. */
export const campaignShare = (settings: CapacitySettings): number => availabilityShare(settings) * (1 - settings.reservedPercent / 100);

/** Time off sorted by start, overlapping or touching ranges merged (ISO dates compare as strings). */
export function mergedTimeOff(ranges: readonly TimeOff[]): TimeOff[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from));
  const out: TimeOff[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= nextDay(last.to)) last.to = r.to > last.to ? r.to : last.to;
    else out.push({ from: r.from, to: r.to });
  }
  return out;
}

const nextDay = (date: string): string => format(addDays(parseISO(date), 1), 'yyyy-MM-dd');

/** The forecast's view of a person: their settings, or the 100 % default. */
export function personCapacity(accountId: string, settings: CapacitySettings | undefined): PersonCapacity {
  if (!settings) return { accountId, availability: 1, reserved: 0, timeOff: [] };
  return {
    accountId,
    availability: availabilityShare(settings),
    reserved: settings.reservedPercent / 100,
    timeOff: mergedTimeOff(settings.timeOff),
  };
}
