/** How long the current invocation has left before the platform ends it. */
export interface InvocationDeadlinePort {
  remainingMs(): number;
}
