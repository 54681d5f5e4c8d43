import { ActionRefusal, actionResult, type RovoActionAnswer, type RovoActionKey } from '../../../src/contracts/rovo';
import type { ChatExchange } from '../../../local/forge/rovo/local-rovo';
import type { TestHost } from '../../support/host';

export interface ScriptedCall {
  action: RovoActionKey;
  inputs?: Record<string, unknown>;
}

/**
 * One chat message through the host's Rovo stand-in: the scripted model calls `calls` (each through the app's real
 * action function, as `accountId`), then replies. Answers the exchange; each action's answer is checked against
 * its contract (an answer or a refusal), so a renamed field fails here.
 */
export async function ask(
  th: TestHost,
  accountId: string,
  message: string,
  calls: ScriptedCall[],
  context: { issueKey?: string; projectKey?: string } = {},
): Promise<ChatExchange> {
  const scripted = await th.call(null, 'POST', '/local/rovo/script', {
    turns: [{ calls: calls.map((c) => ({ action: c.action, inputs: c.inputs ?? {} })), reply: 'Scripted reply.' }],
  });
  if (scripted.status !== 200) throw new Error(`the script was refused: ${JSON.stringify(scripted.body)}`);
  const res = await th.call(null, 'POST', '/local/rovo/chat', { accountId, message, context });
  if (res.status !== 200) throw new Error(`the chat answered ${res.status}: ${JSON.stringify(res.body)}`);
  const exchange = res.body as ChatExchange;
  for (const c of exchange.calls) {
    const checked = actionResult(c.action as RovoActionKey).safeParse(c.answer);
    if (!checked.success)
      throw new Error(
        `${c.action} answered outside its contract: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
  }
  return exchange;
}

/** The answer of the exchange's `index`-th call, which must be action `key` answering successfully. */
export function okAnswer<K extends RovoActionKey>(exchange: ChatExchange, key: K, index = 0): RovoActionAnswer<K> {
  const call = exchange.calls[index];
  if (call?.action !== key) throw new Error(`call ${index} is not ${key}: ${JSON.stringify(call)}`);
  const answer = actionResult(key).parse(call.answer);
  if (!answer.ok) throw new Error(`${key} refused: ${JSON.stringify(answer.error)}`);
  return answer;
}

/** The refusal of the exchange's `index`-th call (failing the test when the action answered). */
export function refusalOf(exchange: ChatExchange, index = 0): ActionRefusal {
  const call = exchange.calls[index];
  const refused = ActionRefusal.safeParse(call?.answer);
  if (!refused.success) throw new Error(`call ${index} was not refused: ${JSON.stringify(call)}`);
  return refused.data;
}
