import type { CapacitySettings } from '../../domain/capacity/settings';
import type { PersonCapacity } from '../../domain/forecast';

/** A person's capacity settings as stored, with who changed them last and when. */
export interface StoredCapacity extends CapacitySettings {
  accountId: string;
  updatedAt: string;
  updatedBy: string;
}

/** Everyone's capacity settings (app storage, site-wide: the same people work on every project's campaigns). */
export interface CapacityStorePort {
  all(): Promise<StoredCapacity[]>;
  get(accountId: string): Promise<StoredCapacity | undefined>;
  save(settings: StoredCapacity): Promise<void>;
}

/** What the forecast and the conflict check read: everyone who has settings, as the schedule model takes them. */
export interface CapacityPort {
  all(): Promise<PersonCapacity[]>;
}
