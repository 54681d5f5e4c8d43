import type { ChannelActual } from '../../contracts/campaign-panel';
import type { IsoDate } from '../model';
import type { SpendPoint } from './points';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Spend per channel (merged series), biggest first. */
export function channelActuals(spend: readonly SpendPoint[]): ChannelActual[] {
  const by = new Map<string, { category: string; total: number; points: number; lastDate: IsoDate | null }>();
  for (const p of spend) {
    const c = by.get(p.channel) ?? { category: p.category, total: 0, points: 0, lastDate: null };
    c.total += p.amount;
    c.points += 1;
    if (c.lastDate === null || p.date > c.lastDate) c.lastDate = p.date;
    // A channel counts in one category: the one its latest spend was imported with.
    if (c.lastDate === p.date) c.category = p.category;
    by.set(p.channel, c);
  }
  return [...by]
    .map(([channel, c]) => ({ channel, category: c.category, actual: round2(c.total), points: c.points, lastDate: c.lastDate }))
    .sort((a, b) => b.actual - a.actual || a.channel.localeCompare(b.channel));
}

/** Imported spend per cost category. */
export function spendByCategory(channels: readonly ChannelActual[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of channels) out.set(c.category, round2((out.get(c.category) ?? 0) + c.actual));
  return out;
}

/** Imported spend per day, for the cumulative burn chart. */
export function spendByDay(spend: readonly SpendPoint[]): { date: IsoDate; amount: number }[] {
  const out = new Map<IsoDate, number>();
  for (const p of spend) out.set(p.date, (out.get(p.date) ?? 0) + p.amount);
  return [...out].map(([date, amount]) => ({ date, amount })).sort((a, b) => (a.date < b.date ? -1 : 1));
}
