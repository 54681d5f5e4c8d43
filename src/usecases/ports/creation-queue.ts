/** The `campaign-creation` queue: one run per job at a time. False when the job could not be queued. */
export interface CreationQueuePort {
  enqueue(jobId: string, delayInSeconds?: number): Promise<boolean>;
}
