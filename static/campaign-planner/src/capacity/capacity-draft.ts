import type { PayloadOf, ResultOf } from '../../../../src/contracts/registry';

type Person = ResultOf<'getTeamCapacity'>['people'][number];
export type CapacityInput = PayloadOf<'setPersonCapacity'>['capacity'];

/** The edit form's values, as typed (strings until saved, so a half-typed number is not lost). */
export interface CapacityDraft {
  mode: 'percent' | 'hours';
  availability: string;
  hours: string;
  reserved: string;
  timeOff: { id: number; from: string; to: string }[];
}

let nextId = 0;
export const timeOffRow = (from = '', to = ''): CapacityDraft['timeOff'][number] => ({ id: nextId++, from, to });

export function draftOf(person: Person): CapacityDraft {
  return {
    mode: person.hoursPerWeek === null ? 'percent' : 'hours',
    availability: String(person.availabilityPercent),
    hours: person.hoursPerWeek === null ? '' : String(person.hoursPerWeek),
    reserved: String(person.reservedPercent),
    timeOff: person.timeOff.map((r) => timeOffRow(r.from, r.to)),
  };
}

/** What is sent: numbers as typed (the server checks ranges and names the field), empty time-off rows left out. */
export function inputOf(draft: CapacityDraft): CapacityInput {
  const number = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
  return {
    ...(draft.mode === 'percent' ? { availabilityPercent: number(draft.availability) } : { hoursPerWeek: number(draft.hours) }),
    reservedPercent: number(draft.reserved),
    timeOff: draft.timeOff.filter((r) => r.from !== '' || r.to !== '').map((r) => ({ from: r.from, to: r.to })),
  };
}

/** The share left for campaigns while editing (NaN while a number is incomplete). */
export function campaignPercentOf(draft: CapacityDraft, fullWeekHours: number): number {
  const input = inputOf(draft);
  const availability =
    input.hoursPerWeek !== undefined ? (100 * input.hoursPerWeek) / fullWeekHours : (input.availabilityPercent ?? Number.NaN);
  return Math.round(availability * (100 - input.reservedPercent)) / 100;
}
