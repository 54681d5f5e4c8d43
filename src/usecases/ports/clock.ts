/** Time, as a port: use cases never read the system clock themselves, so tests fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
