import type { ApproverConflict, LevelingProposal, LoadConflict } from '../../contracts/conflicts';
import { dayInWords, LANGUAGE_LOCALE, numberFormat, percentFormat } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';

/**
 * Conflicts a plan causes or joins across every campaign, for the planner's preview and re-plan: weeks where a
 * person is asked for more than 85 % (at risk) or 100 % (over-allocated) of their capacity, and approvers with
 * several sign-offs due the same day.
 */
const LOCALE = LANGUAGE_LOCALE;
const days = (lang: Language, n: number): string => numberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(n);
const percent = (lang: Language, ratio: number): string => percentFormat(LOCALE[lang], 0).format(ratio);

export interface ConflictWords {
  title: string;
  none: string;
  hint: string;
  loadHeading: string;
  approverHeading: string;
  level: (level: LoadConflict['level']) => string;
  load: (c: LoadConflict) => string;
  approver: (c: ApproverConflict) => string;
  more: (n: number) => string;
  proposalsHeading: string;
  proposal: (p: LevelingProposal) => string;
  effect: (p: LevelingProposal) => string;
  apply: string;
  applyLabel: (p: LevelingProposal) => string;
  /** A created campaign (the re-plan's "Campaigns" tab): what the proposals' buttons did, or why there are none. */
  applied: (p: LevelingProposal) => string;
  alreadyApplied: string;
  applying: string;
  /** `why`: the policy's refusal, worded by the server in the reader's language. */
  notAllowed: (why: string) => string;
  otherDate: string;
}

const businessDays = (lang: Language, n: number): string =>
  lang === 'fr'
    ? `${n} ${plural('fr', n, { one: 'jour ouvré', other: 'jours ouvrés' })}`
    : `${n} business ${plural('en', n, { one: 'day', other: 'days' })}`;

export const en: ConflictWords = {
  title: 'Conflicts with the other campaigns',
  none: 'No conflict: nobody is asked for more than 85% of their capacity in any week, and no approver has several sign-offs due the same day.',
  hint: 'Move dates, change who does the work, or update their capacity in the Team capacity tab.',
  loadHeading: 'Weeks where people are overloaded',
  approverHeading: 'Approvers with several sign-offs due the same day',
  level: (l) => (l === 'over' ? 'Over-allocated' : 'At risk'),
  load: (c) => {
    const others =
      c.otherCampaigns > 0
        ? `, with ${c.otherCampaigns} other ${plural('en', c.otherCampaigns, { one: 'campaign', other: 'campaigns' })}`
        : '';
    const against = c.ratio === null ? 'while away' : `for ${days('en', c.capacityDays)} available (${percent('en', c.ratio)})`;
    return `${c.displayName}: ${days('en', c.demandDays)} ${plural('en', c.demandDays, { one: 'day', other: 'days' })} of work ${against} in the week of ${dayInWords('en', c.weekStart, false)}${others}`;
  },
  approver: (c) => {
    const total = c.gates.length + c.otherGates;
    const others =
      c.otherGates > 0
        ? ` and ${c.otherGates} on ${plural('en', c.otherGates, { one: 'another campaign', other: 'other campaigns' })}`
        : '';
    return `${c.displayName} has ${total} sign-offs due on ${dayInWords('en', c.date, false)}: ${c.gates.map((g) => quote('en', g)).join(', ')}${others}`;
  },
  more: (n) => `and ${n} more`,
  proposalsHeading: 'Proposed changes',
  proposal: (p) =>
    p.kind === 'shift'
      ? `Move ${quote('en', p.summary ?? '')} by ${businessDays('en', p.businessDays ?? 0)}, due ${dayInWords('en', p.dueDate ?? p.weekStart, false)}, within its slack`
      : p.kind === 'reassign'
        ? `Give ${quote('en', p.summary ?? '')} to ${p.toName ?? ''} instead of ${p.displayName}`
        : `As a last resort, move the launch by ${businessDays('en', p.businessDays ?? 0)}, to ${dayInWords('en', p.launchDate ?? p.weekStart)}`,
  effect: (p) =>
    `relieves ${p.displayName}’s week of ${dayInWords('en', p.weekStart, false)}: over-allocated weeks ${p.overBefore} → ${p.overAfter}`,
  apply: 'Apply',
  applyLabel: (p) => `Apply: ${en.proposal(p)}`,
  applied: (p) => `Applied to the campaign in Jira: ${en.proposal(p)}.`,
  alreadyApplied: 'This change was already in place: nothing more changed.',
  applying: 'Applying the change…',
  notAllowed: (why) => `Only someone who may re-plan this campaign can apply these changes. ${why}`,
  otherDate:
    'These changes apply to the campaign at its current launch date: show the changes for that date to apply one, or apply the re-plan first.',
};

export const fr: ConflictWords = {
  title: 'Conflits avec les autres campagnes',
  none: `Aucun conflit${NNBSP}: personne n’a plus de 85${NNBSP}% de sa capacité demandée sur une semaine, et aucun valideur n’a plusieurs validations dues le même jour.`,
  hint: 'Décalez des dates, changez qui fait le travail, ou mettez à jour la capacité dans l’onglet Capacité de l’équipe.',
  loadHeading: 'Semaines où des personnes sont surchargées',
  approverHeading: 'Valideurs avec plusieurs validations dues le même jour',
  level: (l) => (l === 'over' ? 'Surcharge' : 'À risque'),
  load: (c) => {
    const others =
      c.otherCampaigns > 0
        ? `, avec ${c.otherCampaigns} ${plural('fr', c.otherCampaigns, { one: 'autre campagne', other: 'autres campagnes' })}`
        : '';
    const against =
      c.ratio === null
        ? 'pendant une absence'
        : `pour ${days('fr', c.capacityDays)}${NNBSP}j ${plural('fr', c.capacityDays, { one: 'disponible', other: 'disponibles' })} (${percent('fr', c.ratio)})`;
    return `${c.displayName}${NNBSP}: ${days('fr', c.demandDays)}${NNBSP}j de travail ${against} la semaine du ${dayInWords('fr', c.weekStart, false)}${others}`;
  },
  approver: (c) => {
    const total = c.gates.length + c.otherGates;
    const others =
      c.otherGates > 0
        ? ` et ${c.otherGates} sur ${plural('fr', c.otherGates, { one: 'une autre campagne', other: 'd’autres campagnes' })}`
        : '';
    return `${c.displayName} a ${total} validations dues le ${dayInWords('fr', c.date, false)}${NNBSP}: ${c.gates.map((g) => quote('fr', g)).join(', ')}${others}`;
  },
  more: (n) => `et ${n} de plus`,
  proposalsHeading: 'Changements proposés',
  proposal: (p) =>
    p.kind === 'shift'
      ? `Décaler ${quote('fr', p.summary ?? '')} de ${businessDays('fr', p.businessDays ?? 0)}, échéance le ${dayInWords('fr', p.dueDate ?? p.weekStart, false)}, dans sa marge`
      : p.kind === 'reassign'
        ? `Confier ${quote('fr', p.summary ?? '')} à ${p.toName ?? ''} plutôt qu’à ${p.displayName}`
        : `En dernier recours, décaler le lancement de ${businessDays('fr', p.businessDays ?? 0)}, au ${dayInWords('fr', p.launchDate ?? p.weekStart)}`,
  effect: (p) =>
    `soulage la semaine du ${dayInWords('fr', p.weekStart, false)} de ${p.displayName}${NNBSP}: semaines en surcharge ${p.overBefore} → ${p.overAfter}`,
  apply: 'Appliquer',
  applyLabel: (p) => `Appliquer${NNBSP}: ${fr.proposal(p)}`,
  applied: (p) => `Appliqué à la campagne dans Jira${NNBSP}: ${fr.proposal(p)}.`,
  alreadyApplied: `Ce changement était déjà en place${NNBSP}: rien d’autre n’a changé.`,
  applying: 'Application du changement…',
  notAllowed: (why) => `Seule une personne qui peut replanifier cette campagne peut appliquer ces changements. ${why}`,
  otherDate: `Ces changements s’appliquent à la campagne à sa date de lancement actuelle${NNBSP}: affichez les changements pour cette date pour en appliquer un, ou appliquez d’abord la replanification.`,
};

export const conflictWords = (lang: Language): ConflictWords => (lang === 'fr' ? fr : en);
