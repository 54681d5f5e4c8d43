import type { PersonCapacityView } from '../../contracts/capacity';
import { availabilityShare, campaignShare, mergedTimeOff } from '../../domain/capacity/settings';
import type { PersonOption } from '../../contracts/fields';
import type { StoredCapacity } from '../ports/capacity-store';

const percent = (share: number): number => Math.round(share * 1000) / 10;

/** A person's capacity as the team capacity surface shows it: their settings, or the 100 % default. */
export function capacityView(person: PersonOption, stored: StoredCapacity | undefined, canEdit: boolean): PersonCapacityView {
  const base = { accountId: person.accountId, displayName: person.displayName, canEdit };
  if (!stored)
    return {
      ...base,
      availabilityPercent: 100,
      hoursPerWeek: null,
      reservedPercent: 0,
      timeOff: [],
      campaignPercent: 100,
      isDefault: true,
      updatedAt: null,
    };
  return {
    ...base,
    availabilityPercent: percent(availabilityShare(stored)),
    hoursPerWeek: stored.hoursPerWeek ?? null,
    reservedPercent: stored.reservedPercent,
    timeOff: mergedTimeOff(stored.timeOff),
    campaignPercent: percent(campaignShare(stored)),
    isDefault: false,
    updatedAt: stored.updatedAt,
  };
}
