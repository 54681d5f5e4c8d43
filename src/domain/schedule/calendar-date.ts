import { isValid } from 'date-fns';
import { IsoDate } from '../model';
import { toDate, toIso } from './holidays';
import { problemText } from '../../wording/catalog/problems';

const isRealDay = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const date = toDate(s);
  return isValid(date) && toIso(date) === s;
};

/**
 * `IsoDate` that is also a real day. The model's `IsoDate` relies on `Date.parse`, which V8 rolls over
 * (`2026-02-30` parses as March 2), so dates that come from people are checked here by a round trip.
 */
export const CalendarDate = IsoDate.refine(isRealDay, problemText('realDay'));
