/** Time, as a port: use cases never read the system clock themselves, so tests fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today as the server sees it (UTC calendar day): plans are checked against it for work in the past. */
export const todayIn = (clock: Clock): string => clock.now().toISOString().slice(0, 10);
