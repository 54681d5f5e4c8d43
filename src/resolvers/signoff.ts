import { decideSignOff } from '../usecases/signoff/decide-signoff';
import { delegateSignOff } from '../usecases/signoff/delegate-signoff';
import { exportSignOffRecord } from '../usecases/signoff/export-signoff-record';
import { getSignOff } from '../usecases/signoff/get-signoff';
import { signOffPorts } from '../wiring/signoff';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The sign-off of an issue: its milestone's gates (every gate on the epic), what the user may do, the record. */
export const getSignOffResolver = contractResolver('getSignOff', (input, caller) =>
  getSignOff({ ...input, ...(caller.issueKey ? { contextIssueKey: caller.issueKey } : {}) }, userOf(caller), signOffPorts('user')),
);

/** An approver's decision, recorded then mirrored to Jira (identity from the Forge context). */
export const decideSignOffResolver = contractResolver('decideSignOff', (input, caller) =>
  decideSignOff(input, userOf(caller), signOffPorts('user')),
);

/** An approver lets someone else decide for them on one gate until a date (inclusive); the record keeps both. */
export const delegateSignOffResolver = contractResolver('delegateSignOff', (input, caller) =>
  delegateSignOff(input, userOf(caller), signOffPorts('user')),
);

/** A gate's or a whole campaign's record as CSV (RFC 4180, formula-safe), for the PM to prove who approved what. */
export const exportSignOffRecordResolver = contractResolver('exportSignOffRecord', (input, caller) =>
  exportSignOffRecord(input, userOf(caller), signOffPorts('user')),
);
