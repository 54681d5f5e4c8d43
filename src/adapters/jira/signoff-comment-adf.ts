import type { DecisionCommentInput, Language, Person, ReminderCommentInput } from '../../domain/signoff';
import * as commentWords from '../../wording/catalog/signoff-comments';

export { languageOf, type DecisionCommentInput, type Language, type Person, type ReminderGate } from '../../domain/signoff';

/** ADF nodes Jira accepts in a comment body (`../contracts/adf/full.json`). */
type Inline =
  { type: 'text'; text: string; marks?: { type: 'strong' | 'em' | 'code' }[] } | { type: 'mention'; attrs: { id: string; text: string } };
type Block = { type: 'paragraph'; content: Inline[] };
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: Block[];
}

const wordsOf = (lang: Language): typeof commentWords.en => (lang === 'fr' ? commentWords.fr : commentWords.en);

const text = (t: string, mark?: 'strong' | 'em' | 'code'): Inline => ({
  type: 'text',
  text: t,
  ...(mark ? { marks: [{ type: mark }] } : {}),
});
const mention = (p: Person): Inline => ({ type: 'mention', attrs: { id: p.accountId, text: `@${p.name}` } });
const paragraph = (...content: Inline[]): Block => ({
  type: 'paragraph',
  content: content.filter((c) => c.type !== 'text' || c.text !== ''),
});

/** "@A, @B and @C" as mention nodes. */
function mentionList(people: readonly Person[], lang: Language): Inline[] {
  const { and } = wordsOf(lang);
  return people.flatMap((p, i) => [...(i === 0 ? [] : [text(i === people.length - 1 ? and : ', ')]), mention(p)]);
}

/** "Still waiting for @A and @B." (« En attente d’@Alex… » with the elision the first name needs). */
function waitingOn(people: readonly Person[], lang: Language): Inline[] {
  const first = people[0];
  if (!first) return [];
  return [text(wordsOf(lang).waitingOn({ first: first.name })), ...mentionList(people, lang), text('.')];
}

/**
 * The marker that lets a retry find a comment that was posted although Jira's answer got lost. It travels in a
 * comment property (`MARKER_PROPERTY` in `signoff-comments.ts`), never in the text people read.
 */
export const entryMarker = (entryId: string): string => `sign-off ${entryId}`;
export const reminderMarker = (date: string): string => `reminder ${date}`;

/**
 * The Jira comment a decision adds: what was decided (for whom), why, what happens next, with mentions of the people
 * who still have to act. Posted as the approver (`as: 'user'`) it speaks in the first person and never mentions its
 * own author; posted by the app (a comment owed after a failure) it names the approver, without a mention.
 */
export function decisionComment(input: DecisionCommentInput, as: 'user' | 'app' = 'user'): AdfDoc {
  const { lang } = input;
  const w = wordsOf(lang);
  const lead =
    as === 'user' ? w.leadSelf({ decision: input.decision }) : w.leadOther({ actor: input.actor.name, decision: input.decision });
  const head: Inline[] = [text(lead), text(w.gate({ name: input.gateName }), 'strong')];
  if (input.onBehalfOf && input.onBehalfOf.accountId !== input.actor.accountId) head.push(text(w.onBehalfOf), mention(input.onBehalfOf));
  head.push(text('.'));
  const blocks: Block[] = [paragraph(...head)];
  if (input.reason) blocks.push(paragraph(text(w.reasonLabel, 'strong'), text(input.reason)));
  if (input.comment) blocks.push(paragraph(text(w.commentLabel, 'strong'), text(input.comment)));
  const pending = input.pending.filter((p) => p.accountId !== input.actor.accountId);
  if (input.state === 'open' && pending.length > 0) blocks.push(paragraph(...waitingOn(pending, lang)));
  else if (input.state !== 'open' && w.outcome[input.state]) blocks.push(paragraph(text(w.outcome[input.state])));
  if (input.pm && input.pm.accountId !== input.actor.accountId) blocks.push(paragraph(text(w.pmLabel), mention(input.pm)));
  return { type: 'doc', version: 1, content: blocks };
}

/** The daily reminder on a gated issue: every due or late gate, its pending approvers, late ones escalated to the PM. */
export function reminderComment(input: ReminderCommentInput): AdfDoc {
  const w = wordsOf(input.lang);
  const blocks: Block[] = input.gates.map((g) => {
    const when = g.late ? w.reminderLate({ days: g.businessDaysLate, due: g.dueDate }) : w.reminderDue({ due: g.dueDate });
    return paragraph(text(w.reminder), text(w.gate({ name: g.gateName }), 'strong'), text(when), ...waitingOn(g.pending, input.lang));
  });
  if (input.escalateTo && input.gates.some((g) => g.late))
    blocks.push(paragraph(text(w.escalatedTo), mention(input.escalateTo), text(w.escalatedWhy)));
  return { type: 'doc', version: 1, content: blocks };
}
