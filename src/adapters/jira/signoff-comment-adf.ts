import type { DecisionKind } from '../../domain/model';
import type { DecisionCommentInput, Language, Person, ReminderCommentInput } from '../../domain/signoff';

export { languageOf, type DecisionCommentInput, type Language, type Person, type ReminderGate } from '../../domain/signoff';

/** ADF nodes Jira accepts in a comment body (`../contracts/adf/full.json`). */
type Inline = { type: 'text'; text: string; marks?: { type: 'strong' | 'em' | 'code' }[] } | { type: 'mention'; attrs: { id: string; text: string } };
type Block = { type: 'paragraph'; content: Inline[] };
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: Block[];
}

const text = (t: string, mark?: 'strong' | 'em' | 'code'): Inline => ({ type: 'text', text: t, ...(mark ? { marks: [{ type: mark }] } : {}) });
const mention = (p: Person): Inline => ({ type: 'mention', attrs: { id: p.accountId, text: `@${p.name}` } });
const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content: content.filter((c) => c.type !== 'text' || c.text !== '') });

/** "@A, @B and @C" as mention nodes. */
function mentionList(people: readonly Person[], lang: Language): Inline[] {
  const and = lang === 'fr' ? ' et ' : ' and ';
  return people.flatMap((p, i) => [...(i === 0 ? [] : [text(i === people.length - 1 ? and : ', ')]), mention(p)]);
}

/** The marker that lets a retry find a comment that was posted although Jira's answer got lost. */
export const entryMarker = (entryId: string): string => `sign-off ${entryId}`;

const VERB: Record<Language, Record<DecisionKind, string>> = {
  en: { approve: 'approved', decline: 'declined', request_changes: 'requested changes on' },
  fr: { approve: 'a approuvé', decline: 'a refusé', request_changes: 'a demandé des modifications sur' },
};

const OUTCOME: Record<Language, Record<'open' | 'approved' | 'declined' | 'changes_requested' | 'waiting', string>> = {
  en: { open: 'Still waiting for ', approved: 'The gate is approved.', declined: 'The gate is declined.', changes_requested: 'The work goes back to the team; the gate reopens once it is marked ready for review again.', waiting: '' },
  fr: { open: 'En attente de ', approved: 'Le jalon de validation est approuvé.', declined: 'Le jalon de validation est refusé.', changes_requested: 'Le travail retourne à l’équipe ; la validation rouvrira quand il sera de nouveau prêt pour revue.', waiting: '' },
};

/** The Jira comment a decision adds: who decided what (for whom), why, what happens next, with mentions. */
export function decisionComment(input: DecisionCommentInput): AdfDoc {
  const { lang } = input;
  const fr = lang === 'fr';
  const head: Inline[] = [mention(input.actor), text(` ${VERB[lang][input.decision]} `), text(input.gateName, 'strong')];
  if (input.onBehalfOf) head.push(text(fr ? ' pour le compte de ' : ' on behalf of '), mention(input.onBehalfOf));
  head.push(text('.'));
  const blocks: Block[] = [paragraph(...head)];
  if (input.reason) blocks.push(paragraph(text(fr ? 'Motif : ' : 'Reason: ', 'strong'), text(input.reason)));
  if (input.comment) blocks.push(paragraph(text(fr ? 'Commentaire : ' : 'Comment: ', 'strong'), text(input.comment)));
  const next = OUTCOME[lang][input.state];
  if (input.state === 'open' && input.pending.length > 0) blocks.push(paragraph(text(next), ...mentionList(input.pending, lang), text('.')));
  else if (next) blocks.push(paragraph(text(next)));
  if (input.pm && input.pm.accountId !== input.actor.accountId) blocks.push(paragraph(text(fr ? 'Cheffe de projet : ' : 'PM: '), mention(input.pm)));
  blocks.push(paragraph(text(entryMarker(input.entryId), 'code')));
  return { type: 'doc', version: 1, content: blocks };
}

/** The daily reminder on a gated issue: every due or late gate, its pending approvers, late ones escalated to the PM. */
export function reminderComment(input: ReminderCommentInput): AdfDoc {
  const fr = input.lang === 'fr';
  const blocks: Block[] = input.gates.map((g) => {
    const when = g.late
      ? fr
        ? ` est en retard de ${g.businessDaysLate} jour(s) ouvré(s) (échéance ${g.dueDate}). `
        : ` is ${g.businessDaysLate} business day(s) late (due ${g.dueDate}). `
      : fr
        ? ` est à rendre le ${g.dueDate}. `
        : ` is due on ${g.dueDate}. `;
    const waiting = g.pending.length > 0 ? [text(fr ? 'En attente de ' : 'Waiting for '), ...mentionList(g.pending, input.lang), text('.')] : [];
    return paragraph(text(fr ? 'Rappel : la validation ' : 'Reminder: the sign-off '), text(g.gateName, 'strong'), text(when), ...waiting);
  });
  if (input.escalateTo && input.gates.some((g) => g.late)) {
    blocks.push(paragraph(text(fr ? 'Escaladé à ' : 'Escalated to '), mention(input.escalateTo), text(fr ? ' : une validation est en retard.' : ': a sign-off is late.')));
  }
  blocks.push(paragraph(text(`reminder ${input.date}`, 'code')));
  return { type: 'doc', version: 1, content: blocks };
}
