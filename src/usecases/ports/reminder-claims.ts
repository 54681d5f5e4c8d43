/** At most one reminder per gate and day: a claim before posting, given back when the comment failed. */
export interface ReminderClaimsPort {
  sent(epicKey: string, gateId: string, date: string): Promise<boolean>;
  claim(epicKey: string, gateId: string, date: string, at: string): Promise<boolean>;
  release(epicKey: string, gateId: string, date: string): Promise<void>;
}
