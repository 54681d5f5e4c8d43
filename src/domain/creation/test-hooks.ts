/**
 * Fault-injection points for crash-consistency tests (the local host runs the app in the test's process).
 * Never set in production; each hook defaults to doing nothing.
 */
export const creationTestHooks: {
  /** Called after Jira answered a bulk create and before the job records it: throwing here is a crash mid-step. */
  afterBulkChunk?: (chunkIndex: number) => Promise<void>;
} = {};
