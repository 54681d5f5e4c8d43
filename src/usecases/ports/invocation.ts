/** What this function invocation knows about itself: the time it has left, and fresh ids for what it holds. */
export interface InvocationPort {
  remainingMs(): number;
  /** A new random id (a lease holder), so no two runs ever hold the same lease. */
  newId(): string;
}
