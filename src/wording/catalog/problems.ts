/**
 * What is wrong with one field of a payload, a template or a CSV mapping: the problem a schema finds, after the field
 * it names (`reservedPercent: must be at most 90`, « reservedPercent : 90 au plus »). Built-in checks (length, range,
 * type, choice) are worded from the zod issue's own structure; a schema names the others by key (`problemText`).
 * `bareEn` is the source of truth; `bareFr` has its type. `en` / `fr` are the same entries with the field in front.
 */
import type { Language } from '../locale';
import { plural } from '../plural';
import { NNBSP, quote } from '../typography';
import type { ParamsOf } from './types';

/** A field's name as the type words it (`string` → « un texte »); a type the app does not name is shown as it came. */
const TYPES_EN: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};
const TYPES_FR: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'vrai ou faux',
  array: 'une liste',
  object: 'un objet',
  date: 'une date',
};

const items = (lang: Language, n: number): string =>
  lang === 'fr'
    ? `${n}${NNBSP}${plural('fr', n, { one: 'élément', other: 'éléments' })}`
    : `${n} ${plural('en', n, { one: 'item', other: 'items' })}`;
const chars = (lang: Language, n: number): string =>
  lang === 'fr'
    ? `${n}${NNBSP}${plural('fr', n, { one: 'caractère', other: 'caractères' })}`
    : `${n} ${plural('en', n, { one: 'character', other: 'characters' })}`;

export const bareEn = {
  // Worded from the zod issue's structure (its code, minimum, maximum, expected type or options).
  required: 'is required',
  expectedType: (p: { expected: string }) => `must be ${TYPES_EN[p.expected] ?? p.expected}`,
  notEmpty: 'must not be empty',
  tooShort: (p: { min: number }) => `must be at least ${chars('en', p.min)}`,
  tooLong: (p: { max: number }) => `must be at most ${chars('en', p.max)}`,
  exactLength: (p: { n: number }) => `must be exactly ${chars('en', p.n)}`,
  atLeast: (p: { min: number }) => `must be at least ${p.min}`,
  above: (p: { min: number }) => `must be above ${p.min}`,
  atMost: (p: { max: number }) => `must be at most ${p.max}`,
  below: (p: { max: number }) => `must be below ${p.max}`,
  fewItems: (p: { min: number }) => `must hold at least ${items('en', p.min)}`,
  manyItems: (p: { max: number }) => `must hold at most ${items('en', p.max)}`,
  wholeNumber: 'must be a whole number',
  finiteNumber: 'must be a finite number',
  multipleOf: (p: { n: number }) => `must be a multiple of ${p.n}`,
  oneOf: (p: { options: string }) => `must be one of ${p.options}`,
  exactly: (p: { expected: string }) => `must be ${p.expected}`,
  notValid: 'is not valid',
  badFormat: 'does not have the expected format',
  email: 'must be an email address',
  url: 'must be a web address',
  realDay: 'is not a real calendar date',
  // Named by the schemas (`problemText`): the format a key, an id or a date must have.
  issueKey: 'must be an issue key like MKT-12',
  epicKey: 'must be an epic key like MKT-12',
  campaignKey: 'must be the campaign epic key, like MKT-12',
  projectKey: 'must be a project key like MKT',
  requestId: 'must be 8 to 100 letters, digits, - or _ (one per "Create" click)',
  jobId: 'must be a job id returned by createCampaign',
  importId: 'must be 8 to 64 letters, digits or dashes',
  riskId: 'must be a risk id like risk-3 (as listRisks returns it)',
  pageId: 'must be a Confluence page id (digits only)',
  spaceKey: 'must be a Confluence space key',
  isoDate: 'must be a date in the form YYYY-MM-DD',
  utcInstant: 'must be a UTC instant in the form YYYY-MM-DDTHH:MM:SSZ',
  dateTime: 'must be an ISO 8601 date-time in the form YYYY-MM-DDTHH:MM:SSZ (or a date)',
  rowId: 'must be a lower-case slug like creative-final',
  targetSlug: 'must be a lower-case slug like existing-customers or paid-social',
  currency: 'must be an ISO 4217 code like EUR',
  kpiName: 'may only hold letters, digits, spaces, dots, dashes and underscores',
  person: 'must name a person',
  dateColumn: 'must name the date column',
  // Named by the schemas' cross-field checks.
  endsBeforeStart: 'must not end before it starts',
  startAfterDue: 'must not be after dueDate',
  availabilityOrHours: 'give availabilityPercent or hoursPerWeek',
  availabilityNotBoth: 'give availabilityPercent or hoursPerWeek, not both',
  riskTargetsNeeded: 'must name at least one task or milestone when impactDays is above 0',
  issueOrEpic: 'give an issueKey or an epicKey',
  duplicateId: (p: { id: string }) => `duplicate id ${quote('en', p.id)}`,
  unknownMilestone: (p: { id: string }) => `unknown milestone ${quote('en', p.id)}`,
  unknownTask: (p: { id: string }) => `unknown task ${quote('en', p.id)}`,
  unknownGate: (p: { id: string }) => `unknown gate ${quote('en', p.id)}`,
  selfDependency: 'a task cannot depend on itself',
  quorumTooHigh: (p: { n: number; roles: number }) =>
    `needs ${p.n} ${plural('en', p.n, { one: 'approval', other: 'approvals' })} but lists ${p.roles} approver ${plural('en', p.roles, { one: 'role', other: 'roles' })}`,
  taskIdTwice: (p: { id: string }) => `${quote('en', p.id)} is used by two tasks`,
  notAnotherTask: (p: { id: string }) => `${quote('en', p.id)} is not another task of this breakdown`,
  fileEmpty: 'the file is empty',
  /** `max` in bytes, as the size check gives it. */
  fileTooLarge: (p: { max: number }) => `the file must be at most ${Math.floor(p.max / 1024)} KB`,
  // The PM's edits in the preview (`overrides`).
  noSuchRow: (p: { id: string }) => `there is no row ${quote('en', p.id)} in this plan`,
  lengthBetween: (p: { min: number; max: number }) => `must be ${p.min} to ${chars('en', p.max)}`,
  accountIdOrNull: 'must be an account id, or null to unassign',
  allRowsRemoved: 'a plan needs at least one row; every row is removed',
};

const frItems = (n: number): string => items('fr', n);

export const bareFr: typeof bareEn = {
  required: 'est obligatoire',
  expectedType: (p) => `doit être ${TYPES_FR[p.expected] ?? p.expected}`,
  notEmpty: 'ne doit pas être vide',
  tooShort: (p) => `doit faire au moins ${chars('fr', p.min)}`,
  tooLong: (p) => `doit faire au plus ${chars('fr', p.max)}`,
  exactLength: (p) => `doit faire exactement ${chars('fr', p.n)}`,
  atLeast: (p) => `doit valoir au moins ${p.min}`,
  above: (p) => `doit être supérieur à ${p.min}`,
  atMost: (p) => `doit valoir au plus ${p.max}`,
  below: (p) => `doit être inférieur à ${p.max}`,
  fewItems: (p) => `doit contenir au moins ${frItems(p.min)}`,
  manyItems: (p) => `doit contenir au plus ${frItems(p.max)}`,
  wholeNumber: 'doit être un nombre entier',
  finiteNumber: 'doit être un nombre fini',
  multipleOf: (p) => `doit être un multiple de ${p.n}`,
  oneOf: (p) => `doit être l’une des valeurs ${p.options}`,
  exactly: (p) => `doit valoir ${p.expected}`,
  notValid: 'n’est pas valide',
  badFormat: 'n’a pas le format attendu',
  email: 'doit être une adresse e-mail',
  url: 'doit être une adresse web',
  realDay: 'n’est pas une vraie date du calendrier',
  issueKey: 'doit être une clé de ticket comme MKT-12',
  epicKey: 'doit être une clé d’epic comme MKT-12',
  campaignKey: 'doit être la clé de l’epic de la campagne, comme MKT-12',
  projectKey: 'doit être une clé de projet comme MKT',
  requestId: `doit faire de 8 à 100 lettres, chiffres, - ou _ (un par clic sur «${NNBSP}Créer${NNBSP}»)`,
  jobId: 'doit être un identifiant de tâche renvoyé par createCampaign',
  importId: 'doit faire de 8 à 64 lettres, chiffres ou tirets',
  riskId: 'doit être un identifiant de risque comme risk-3 (tel que listRisks le renvoie)',
  pageId: 'doit être un identifiant de page Confluence (des chiffres uniquement)',
  spaceKey: 'doit être une clé d’espace Confluence',
  isoDate: 'doit être une date au format AAAA-MM-JJ',
  utcInstant: 'doit être un instant UTC au format AAAA-MM-JJTHH:MM:SSZ',
  dateTime: 'doit être une date et heure ISO 8601 au format AAAA-MM-JJTHH:MM:SSZ (ou une date)',
  rowId: 'doit être un identifiant en minuscules comme creative-final',
  targetSlug: 'doit être un identifiant en minuscules, mots reliés par des tirets, sans espace ni accent',
  currency: 'doit être un code ISO 4217 comme EUR',
  kpiName: 'ne peut contenir que des lettres, chiffres, espaces, points, tirets et tirets bas',
  person: 'doit désigner une personne',
  dateColumn: 'doit désigner la colonne des dates',
  endsBeforeStart: 'ne doit pas finir avant de commencer',
  startAfterDue: 'ne doit pas être après dueDate',
  availabilityOrHours: 'indiquez availabilityPercent ou hoursPerWeek',
  availabilityNotBoth: 'indiquez availabilityPercent ou hoursPerWeek, pas les deux',
  riskTargetsNeeded: 'doit désigner au moins une tâche ou un jalon quand impactDays est supérieur à 0',
  issueOrEpic: 'indiquez un issueKey ou un epicKey',
  duplicateId: (p) => `identifiant ${quote('fr', p.id)} en double`,
  unknownMilestone: (p) => `jalon ${quote('fr', p.id)} inconnu`,
  unknownTask: (p) => `tâche ${quote('fr', p.id)} inconnue`,
  unknownGate: (p) => `validation ${quote('fr', p.id)} inconnue`,
  selfDependency: 'une tâche ne peut pas dépendre d’elle-même',
  quorumTooHigh: (p) =>
    `demande ${p.n}${NNBSP}${plural('fr', p.n, { one: 'approbation', other: 'approbations' })} pour seulement ${p.roles}${NNBSP}${plural('fr', p.roles, { one: 'rôle', other: 'rôles' })} de valideur`,
  taskIdTwice: (p) => `${quote('fr', p.id)} sert à deux tâches`,
  notAnotherTask: (p) => `${quote('fr', p.id)} n’est pas une autre tâche de cette décomposition`,
  fileEmpty: 'le fichier est vide',
  fileTooLarge: (p) => `le fichier doit faire au plus ${Math.floor(p.max / 1024)}${NNBSP}Ko`,
  noSuchRow: (p) => `il n’y a pas de ligne ${quote('fr', p.id)} dans ce plan`,
  lengthBetween: (p) => `doit faire de ${p.min} à ${chars('fr', p.max)}`,
  accountIdOrNull: 'doit être un identifiant de compte, ou null pour retirer l’assignation',
  allRowsRemoved: `un plan a besoin d’au moins une ligne${NNBSP}; toutes les lignes sont retirées`,
};

export type ProblemKey = keyof typeof bareEn;
/** The parameters a problem takes, as a rest list: none for a plain text. */
export type ProblemArgs<K extends ProblemKey> =
  ParamsOf<(typeof bareEn)[K]> extends Record<string, never> ? [] : [ParamsOf<(typeof bareEn)[K]>];

/** An entry's parameters with the field it is about (empty for the whole payload). */
type WithField<T> = {
  [K in keyof T]: (p: ParamsOf<T[K]> extends Record<string, never> ? { field: string } : ParamsOf<T[K]> & { field: string }) => string;
};

function withField<T extends Record<string, unknown>>(lang: Language, bare: T): WithField<T> {
  const out: Record<string, (p: { field: string }) => string> = {};
  for (const [key, entry] of Object.entries(bare)) {
    out[key] = (p) => {
      const text = typeof entry === 'function' ? (entry as (q: unknown) => string)(p) : String(entry);
      if (!p.field) return text;
      return lang === 'fr' ? `${p.field}${NNBSP}: ${text}` : `${p.field}: ${text}`;
    };
  }
  return out as WithField<T>;
}

export const en = withField('en', bareEn);
export const fr: typeof en = withField('fr', bareFr);

/**
 * The English text of a problem, for a zod schema's message (`.regex(re, problemText('issueKey'))`); the wording
 * module finds the key again from it and words it in the reader's language.
 */
export function problemText<K extends ProblemKey>(key: K, ...params: ProblemArgs<K>): string {
  const entry: unknown = bareEn[key];
  return typeof entry === 'function' ? (entry as (p: unknown) => string)(params[0]) : String(entry);
}

/**
 * The parameters of a cross-field problem for `ctx.addIssue` / `refine`: its English text as zod's message, and its
 * key and parameters in the issue's `params`, so the reader gets it in their language.
 */
export function problemIssue<K extends ProblemKey>(
  key: K,
  ...params: ProblemArgs<K>
): { message: string; params: Record<string, unknown> } {
  return { message: problemText(key, ...params), params: { problem: key, ...(params[0] ?? {}) } };
}
