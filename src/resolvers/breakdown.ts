import { createBreakdown } from '../usecases/breakdown/create-breakdown';
import { rescheduleBreakdown } from '../usecases/breakdown/reschedule-breakdown';
import { suggestBreakdown } from '../usecases/breakdown/suggest-breakdown';
import { createBreakdownPorts, rescheduleBreakdownPorts, suggestBreakdownPorts } from '../wiring/breakdown';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** Tasks that would reach the goal of a campaign epic or milestone, scheduled before the milestone (editors). */
export const suggestBreakdownResolver = contractResolver('suggestBreakdown', (input, caller) =>
  suggestBreakdown(input, userOf(caller), suggestBreakdownPorts()),
);

/** Creates the edited tasks as children of the epic tied to the milestone, with the campaign's own creation job. */
export const createBreakdownResolver = contractResolver('createBreakdown', (input, caller) =>
  createBreakdown(input, userOf(caller), createBreakdownPorts()),
);

/** New dates for the modal's tasks once an estimate changed, back from the milestone's due date (editors). */
export const rescheduleBreakdownResolver = contractResolver('rescheduleBreakdown', (input, caller) =>
  rescheduleBreakdown(input, userOf(caller), rescheduleBreakdownPorts()),
);
