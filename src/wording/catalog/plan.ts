/**
 * The plan's problems (preview, re-plan, breakdown) and the guards before creation, worded from the structured
 * `{code, params}` the domain puts on each warning. Names are quoted, dates are in words, roles by their names.
 * `en` is the source of truth; `fr` has its type.
 */
import { dayInWords, LANGUAGE_LOCALE, moneyFormat } from '../format';
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';
import { roleName, roleNames } from './roles';

const day = (lang: Language, iso: string): string => dayInWords(lang, iso);
/** An amount of the brief or the plan in its currency's format (`€80,000`, `80 000 €`). */
const amount = (lang: Language, n: number, currency: string): string => {
  const digits = Number.isInteger(n) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  return moneyFormat(LANGUAGE_LOCALE[lang], currency, digits, Number.isInteger(n) ? 0 : 2).format(n);
};
const businessDays = (lang: Language, n: number): string =>
  lang === 'fr'
    ? `${n} ${plural('fr', n, { one: 'jour ouvré', other: 'jours ouvrés' })}`
    : `${n} business ${plural('en', n, { one: 'day', other: 'days' })}`;

/** What ties a person to the gated work: they are its assignee, or they create the campaign (its reporter). */
const ownEn = (own: string, milestone: string): string =>
  own === 'reporter' ? `creates the campaign, so reports ${quote('en', milestone)}` : `is the assignee of ${quote('en', milestone)}`;
const ownFr = (own: string, milestone: string): string =>
  own === 'reporter'
    ? `crée la campagne et sera donc rapporteur de ${quote('fr', milestone)}`
    : `est responsable de ${quote('fr', milestone)}`;

export const en = {
  inPastTask: (p: { summary: string; start: string; due: string; today: string }) =>
    `${quote('en', p.summary)} would have to start on ${day('en', p.start)} (due ${day('en', p.due)}), before today, ${day('en', p.today)}`,
  inPastMilestone: (p: { summary: string; due: string; today: string }) =>
    `${quote('en', p.summary)} is due on ${day('en', p.due)}, before today, ${day('en', p.today)}`,
  doesNotFit: (p: { earliestStart: string; days: number; today: string }) =>
    `The plan does not fit: its earliest work starts on ${day('en', p.earliestStart)}, ${businessDays('en', p.days)} before today. Move the launch date later by at least ${businessDays('en', p.days)} or shorten the plan.`,
  nonWorkingDue: (p: { summary: string; due: string; holiday: boolean; milestone: boolean; calendar: string }) =>
    `${quote('en', p.summary)} is due on ${day('en', p.due)}, ${p.holiday ? `a public holiday in the ${p.calendar} calendar` : 'a weekend day'}: ${
      p.milestone ? 'the date is kept as planned; move it or the launch date if nobody works that day' : 'move it to a working day'
    }`,
  afterMilestone: (p: { summary: string; due: string; milestone: string; milestoneDue: string }) =>
    `${quote('en', p.summary)} is due on ${day('en', p.due)}, after its milestone ${quote('en', p.milestone)} on ${day('en', p.milestoneDue)}`,
  dependencyViolated: (p: { summary: string; start: string; predecessor: string; predecessorDue: string; lag: number; earliest: string }) =>
    `${quote('en', p.summary)} starts on ${day('en', p.start)} but must wait for ${quote('en', p.predecessor)}, due ${day('en', p.predecessorDue)}${
      p.lag > 0 ? ` plus ${businessDays('en', p.lag)}` : ''
    }: it can start on ${day('en', p.earliest)} at the earliest`,
  dependencyOnLaterMilestone: (p: {
    summary: string;
    start: string;
    predecessor: string;
    predecessorDue: string;
    lag: number;
    earliest: string;
    laterMilestone: string;
    laterMilestoneDue: string;
    ownMilestoneDue: string;
  }) =>
    `${en.dependencyViolated(p)}; ${quote('en', p.predecessor)} is a task of a later milestone (${quote('en', p.laterMilestone)} on ${day('en', p.laterMilestoneDue)}), which cannot be honoured before its own milestone on ${day('en', p.ownMilestoneDue)}`,
  dependencyRemoved: (p: { summary: string; predecessor: string }) =>
    `${quote('en', p.summary)} no longer waits for ${quote('en', p.predecessor)}, which was removed from the plan`,
  gateRemoved: (p: { gate: string; milestone: string }) =>
    `The sign-off ${quote('en', p.gate)} was removed with its milestone ${quote('en', p.milestone)}`,
  noAssignee: (p: { summary: string; role: string }) =>
    `${quote('en', p.summary)} has nobody in the role ${quote('en', roleName('en', p.role))}`,
  // A breakdown's tasks (created later, unassigned when nobody takes them).
  noAssigneeYet: (p: { summary: string; role: string }) =>
    `${quote('en', p.summary)} has nobody in the role ${quote('en', roleName('en', p.role))}: it will be created unassigned`,
  unassigned: (p: { summary: string }) => `${quote('en', p.summary)} has nobody assigned: it will be created unassigned`,
  gateNoApprover: (p: { gate: string; roles: string }) =>
    `The sign-off ${quote('en', p.gate)} has no approver: nobody holds the role ${roleNames('en', p.roles)}`,
  gateShortApprovers: (p: { gate: string; need: number; have: number; roles: string }) =>
    `The sign-off ${quote('en', p.gate)} needs ${p.need} ${plural('en', p.need, { one: 'approval', other: 'approvals' })} but only ${p.have} ${plural('en', p.have, { one: 'person holds', other: 'people hold' })} the role ${roleNames('en', p.roles)}`,
  gateInPast: (p: { gate: string; due: string; today: string }) =>
    `The sign-off ${quote('en', p.gate)} would be due on ${day('en', p.due)}, before today, ${day('en', p.today)}`,
  launchFarOut: (p: { launch: string; years: number }) =>
    `The launch on ${day('en', p.launch)} is more than ${p.years} years away: check the year.`,
  sodReplaced: (p: { gate: string; milestone: string; person: string; own: string; replacement: string }) =>
    `${p.person} ${ownEn(p.own, p.milestone)} and may not sign off ${quote('en', p.gate)} on their own work: the sign-off is left to ${p.replacement}.`,
  sodNoReplacement: (p: { gate: string; milestone: string; person: string; own: string; roles: string }) =>
    `${p.person} ${ownEn(p.own, p.milestone)} and may not sign off ${quote('en', p.gate)} on their own work, and nobody else in the role ${roleNames('en', p.roles)} can: the sign-off could never pass. Add another person to the role or assign the milestone to someone else.`,
  assigneeNotPermitted: (p: { summary: string; person: string; projectKey: string }) =>
    `${p.person} cannot be assigned work in ${p.projectKey} (read-only or no access): choose someone else for ${quote('en', p.summary)}`,
  approverNotPermitted: (p: { gate: string; person: string; projectKey: string }) =>
    `${p.person} has no edit access to ${p.projectKey} (read-only or no access) and cannot approve ${quote('en', p.gate)}: choose someone else for the role`,
  createNeedsConfirmation: (p: { count: number; codes: string }) =>
    `acceptErrors: this plan has ${p.count} ${plural('en', p.count, { one: 'error', other: 'errors' })} (${p.codes}); confirm creating it anyway by sending acceptErrors with the codes of the errors you saw`,
  // What the brief says and the plan does not (`src/domain/brief`): shown, never silently resolved.
  briefLaunchDate: (p: { brief: string; source: string; plan: string }) =>
    `Launch date: the brief says ${day('en', p.brief)} (${p.source}), the plan uses ${day('en', p.plan)}`,
  briefBudget: (p: { brief: number; briefCurrency: string; source: string; plan: number; planCurrency: string }) =>
    `Budget: the brief says ${amount('en', p.brief, p.briefCurrency)} (${p.source}), the plan uses ${amount('en', p.plan, p.planCurrency)}`,
  briefKpis: (p: { count: number; source: string; templateCount: number }) =>
    `KPIs: ${p.count} KPI ${plural('en', p.count, { one: 'target comes', other: 'targets come' })} from the brief (${p.source}) instead of the template’s ${p.templateCount}`,
};

export const fr: typeof en = {
  inPastTask: (p) =>
    `${quote('fr', p.summary)} devrait commencer le ${day('fr', p.start)} (échéance le ${day('fr', p.due)}), avant aujourd’hui, le ${day('fr', p.today)}`,
  inPastMilestone: (p) => `${quote('fr', p.summary)} est prévu le ${day('fr', p.due)}, avant aujourd’hui, le ${day('fr', p.today)}`,
  doesNotFit: (p) =>
    `Le plan ne tient pas${NNBSP}: son premier travail commence le ${day('fr', p.earliestStart)}, ${businessDays('fr', p.days)} avant aujourd’hui. Reculez la date de lancement d’au moins ${businessDays('fr', p.days)} ou raccourcissez le plan.`,
  nonWorkingDue: (p) =>
    `${quote('fr', p.summary)} tombe le ${day('fr', p.due)}, ${p.holiday ? `un jour férié du calendrier ${p.calendar}` : 'un week-end'}${NNBSP}: ${
      p.milestone
        ? `la date est gardée telle quelle${NNBSP}; déplacez-la, ou la date de lancement, si personne ne travaille ce jour-là`
        : 'déplacez-la sur un jour ouvré'
    }`,
  afterMilestone: (p) =>
    `${quote('fr', p.summary)} est prévu le ${day('fr', p.due)}, après son jalon ${quote('fr', p.milestone)} du ${day('fr', p.milestoneDue)}`,
  dependencyViolated: (p) =>
    `${quote('fr', p.summary)} commence le ${day('fr', p.start)} mais doit attendre ${quote('fr', p.predecessor)}, prévu le ${day('fr', p.predecessorDue)}${
      p.lag > 0 ? `, plus ${businessDays('fr', p.lag)}` : ''
    }${NNBSP}: il peut commencer au plus tôt le ${day('fr', p.earliest)}`,
  dependencyOnLaterMilestone: (p) =>
    `${fr.dependencyViolated(p)}${NNBSP}; ${quote('fr', p.predecessor)} est une tâche d’un jalon plus tardif (${quote('fr', p.laterMilestone)} le ${day('fr', p.laterMilestoneDue)}), ce qui est impossible avant son propre jalon du ${day('fr', p.ownMilestoneDue)}`,
  dependencyRemoved: (p) => `${quote('fr', p.summary)} n’attend plus ${quote('fr', p.predecessor)}, retiré du plan`,
  gateRemoved: (p) => `La validation ${quote('fr', p.gate)} a été retirée avec son jalon ${quote('fr', p.milestone)}`,
  noAssignee: (p) => `Personne n’a le rôle ${quote('fr', roleName('fr', p.role))} pour ${quote('fr', p.summary)}`,
  noAssigneeYet: (p) =>
    `Personne n’a le rôle ${quote('fr', roleName('fr', p.role))} pour ${quote('fr', p.summary)}${NNBSP}: la tâche sera créée sans responsable`,
  unassigned: (p) => `Personne n’est assigné à ${quote('fr', p.summary)}${NNBSP}: la tâche sera créée sans responsable`,
  gateNoApprover: (p) =>
    `La validation ${quote('fr', p.gate)} n’a aucun valideur${NNBSP}: personne n’a le rôle ${roleNames('fr', p.roles)}`,
  gateShortApprovers: (p) =>
    `La validation ${quote('fr', p.gate)} demande ${p.need} ${plural('fr', p.need, { one: 'approbation', other: 'approbations' })}, mais seulement ${p.have} ${plural('fr', p.have, { one: 'personne a', other: 'personnes ont' })} le rôle ${roleNames('fr', p.roles)}`,
  gateInPast: (p) => `La validation ${quote('fr', p.gate)} serait due le ${day('fr', p.due)}, avant aujourd’hui, le ${day('fr', p.today)}`,
  launchFarOut: (p) => `Le lancement du ${day('fr', p.launch)} est dans plus de ${p.years}${NNBSP}ans${NNBSP}: vérifiez l’année.`,
  sodReplaced: (p) =>
    `${p.person} ${ownFr(p.own, p.milestone)} et ne peut pas valider ${quote('fr', p.gate)} sur son propre travail${NNBSP}: la validation est confiée à ${p.replacement}.`,
  sodNoReplacement: (p) =>
    `${p.person} ${ownFr(p.own, p.milestone)} et ne peut pas valider ${quote('fr', p.gate)} sur son propre travail, et personne d’autre n’a le rôle ${roleNames('fr', p.roles)}${NNBSP}: la validation ne pourrait jamais aboutir. Ajoutez une personne à ce rôle ou confiez le jalon à quelqu’un d’autre.`,
  assigneeNotPermitted: (p) =>
    `${p.person} ne peut pas recevoir de travail dans ${p.projectKey} (lecture seule ou sans accès)${NNBSP}: choisissez quelqu’un d’autre pour ${quote('fr', p.summary)}`,
  approverNotPermitted: (p) =>
    `${p.person} n’a pas le droit de modifier ${p.projectKey} (lecture seule ou sans accès) et ne peut pas valider ${quote('fr', p.gate)}${NNBSP}: choisissez quelqu’un d’autre pour ce rôle`,
  createNeedsConfirmation: (p) =>
    `acceptErrors${NNBSP}: ce plan a ${p.count} ${plural('fr', p.count, { one: 'erreur', other: 'erreurs' })} (${p.codes})${NNBSP}; confirmez la création malgré tout en envoyant acceptErrors avec les codes des erreurs que vous avez vues`,
  briefLaunchDate: (p) =>
    `Date de lancement${NNBSP}: le brief indique le ${day('fr', p.brief)} (${p.source}), le plan retient le ${day('fr', p.plan)}`,
  briefBudget: (p) =>
    `Budget${NNBSP}: le brief indique ${amount('fr', p.brief, p.briefCurrency)} (${p.source}), le plan retient ${amount('fr', p.plan, p.planCurrency)}`,
  briefKpis: (p) =>
    `KPI${NNBSP}: ${p.count}${NNBSP}${plural('fr', p.count, { one: 'objectif d’indicateur vient', other: 'objectifs d’indicateurs viennent' })} du brief (${p.source}) au lieu des ${p.templateCount} du modèle`,
};
