import * as briefWords from '../../wording/catalog/brief';
import { escapeRegExp, foldCase, normalize } from './text';

/** The brief fields a section can hold (`title` comes from the page itself). */
export const SECTION_FIELDS = ['objective', 'audience', 'launchDate', 'budget', 'channels', 'kpis', 'approvers', 'keyMessages'] as const;
export type SectionField = (typeof SECTION_FIELDS)[number];

/** How a missing section is named in problems: `budget: no Budget section found`. */
export const FIELD_NAMES: Record<SectionField, string> = { ...briefWords.en.sectionNames, objective: 'Objectives' };

/** Section names in English and French, already normalized (lower case, no accents, no punctuation). */
const LABELS: Record<SectionField, string[]> = {
  objective: ['objective', 'objectives', 'objectif', 'objectifs', 'goal', 'goals', 'campaign objectives', 'objectifs de la campagne'],
  audience: ['audience', 'audiences', 'target audience', 'cible', 'cibles', 'public cible', 'publics cibles'],
  launchDate: ['launch date', 'launch', 'go live', 'go live date', 'date de lancement', 'lancement', 'date de mise en ligne'],
  budget: ['budget', 'budgets', 'budget total', 'total budget', 'campaign budget', 'budget de la campagne'],
  channels: ['channels', 'channel', 'channel mix', 'canaux', 'canal', 'canaux de diffusion', 'mix canaux'],
  kpis: [
    'kpi',
    'kpis',
    'key performance indicators',
    'indicateurs',
    'indicateur',
    'indicateurs cles',
    'objectifs chiffres',
    'success metrics',
    'metrics',
  ],
  approvers: [
    'approvers',
    'approver',
    'approvals',
    'approval',
    'sign off',
    'sign offs',
    'approbateurs',
    'approbateur',
    'approbations',
    'validation',
    'validations',
    'valideurs',
  ],
  keyMessages: ['key messages', 'key message', 'messages cles', 'message cle', 'messages', 'messaging'],
};

/** Words that may follow a label in a table key and still mean that field: `Lancement public`, `Budget total`. */
const QUALIFIERS = [
  'public',
  'publique',
  'officiel',
  'officielle',
  'official',
  'date',
  'day',
  'prevu',
  'prevue',
  'planned',
  'total',
  'global',
  'globale',
  'cible',
  'target',
  'final',
  'finale',
];

export interface LabelMatch {
  field: SectionField;
  label: string;
}

/** The longest label a heading starts with: `Objectifs chiffrés` is KPIs, not objectives. */
export function matchHeading(heading: string): LabelMatch | undefined {
  const text = normalize(heading);
  let best: LabelMatch | undefined;
  for (const field of Object.keys(LABELS) as SectionField[]) {
    for (const label of LABELS[field]) {
      const hit = text === label || text.startsWith(`${label} `);
      if (hit && (!best || label.length > best.label.length)) best = { field, label };
    }
  }
  return best;
}

/**
 * A table key (or `Key: value` line) naming a field. Stricter than headings: a key dates table holds
 * `Revue de préparation au lancement`, which is not the launch; `Lancement public` and `Launch: Black Friday` are.
 */
export function matchKey(key: string): LabelMatch | undefined {
  const folded = foldCase(key).replace(/\s+/g, ' ');
  const text = normalize(key);
  let best: LabelMatch | undefined;
  for (const field of Object.keys(LABELS) as SectionField[]) {
    for (const label of LABELS[field]) {
      const spaced = escapeRegExp(label).replace(/ /g, '[\\s\\-_/]+');
      const hit =
        text === label ||
        new RegExp(`^${spaced}\\s*[:(\\-–—]`).test(folded) ||
        QUALIFIERS.some((q) => text === `${label} ${q}` || text.startsWith(`${label} ${q} `));
      if (hit && (!best || label.length > best.label.length)) best = { field, label };
    }
  }
  return best;
}
