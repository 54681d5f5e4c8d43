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

/** The marker that lets a retry find a comment that was posted although Jira's answer got lost. */
export const entryMarker = (entryId: string): string => `sign-off ${entryId}`;

/** The Jira comment a decision adds: who decided what (for whom), why, what happens next, with mentions. */
export function decisionComment(input: DecisionCommentInput): AdfDoc {
  const { lang } = input;
  const w = wordsOf(lang);
  const head: Inline[] = [mention(input.actor), text(` ${w.verb[input.decision]} `), text(input.gateName, 'strong')];
  if (input.onBehalfOf) head.push(text(w.onBehalfOf), mention(input.onBehalfOf));
  head.push(text('.'));
  const blocks: Block[] = [paragraph(...head)];
  if (input.reason) blocks.push(paragraph(text(w.reasonLabel, 'strong'), text(input.reason)));
  if (input.comment) blocks.push(paragraph(text(w.commentLabel, 'strong'), text(input.comment)));
  const next = w.outcome[input.state];
  if (input.state === 'open' && input.pending.length > 0)
    blocks.push(paragraph(text(next), ...mentionList(input.pending, lang), text('.')));
  else if (next) blocks.push(paragraph(text(next)));
  if (input.pm && input.pm.accountId !== input.actor.accountId) blocks.push(paragraph(text(w.pmLabel), mention(input.pm)));
  blocks.push(paragraph(text(entryMarker(input.entryId), 'code')));
  return { type: 'doc', version: 1, content: blocks };
}

/** The daily reminder on a gated issue: every due or late gate, its pending approvers, late ones escalated to the PM. */
export function reminderComment(input: ReminderCommentInput): AdfDoc {
  const w = wordsOf(input.lang);
  const blocks: Block[] = input.gates.map((g) => {
    const when = g.late ? w.reminderLate({ days: g.businessDaysLate, due: g.dueDate }) : w.reminderDue({ due: g.dueDate });
    const waiting = g.pending.length > 0 ? [text(w.waitingFor), ...mentionList(g.pending, input.lang), text('.')] : [];
    return paragraph(text(w.reminder), text(g.gateName, 'strong'), text(when), ...waiting);
  });
  if (input.escalateTo && input.gates.some((g) => g.late))
    blocks.push(paragraph(text(w.escalatedTo), mention(input.escalateTo), text(w.escalatedWhy)));
  blocks.push(paragraph(text(`reminder ${input.date}`, 'code')));
  return { type: 'doc', version: 1, content: blocks };
}
