import { NNBSP, quote } from '../typography';
import type { Language } from '../locale';

/**
 * The Rovo agent « Assistant campagnes » / "Campaign assistant": the panel's "Ask Rovo" button, the question it opens
 * the chat with, and the texts its actions answer with (the agent phrases the rest from their JSON).
 * The manifest's `rovo:agent` strings are plain strings in @forge/manifest's schema (no `i18n` there): the agent's
 * name is the English one, its conversation starters list both languages (`starters`), and a test checks that
 * manifest.yml holds exactly these.
 */
export interface AssistantWords {
  agentName: string;
  askRovo: string;
  /** The button's tooltip. */
  askRovoHint: string;
  /** The question the chat opens with, on a campaign. */
  askAbout: (key: string, name: string) => string;
  /** « 12 400 € dépensés sur 140 000 € ». */
  budgetSummary: (actual: string, budget: string) => string;
  draftNote: string;
  /** Where the PM creates proposed tasks: `action` is the issue action's title. */
  confirmBreakdown: (action: string) => string;
  starters: readonly string[];
}

export const en: AssistantWords = {
  agentName: 'Campaign assistant',
  askRovo: 'Ask Rovo',
  askRovoHint: 'Ask the campaign assistant in Rovo about this campaign',
  askAbout: (key, name) => `Where does campaign ${key} ${quote('en', name)} stand?`,
  budgetSummary: (actual, budget) => `${actual} spent of ${budget}`,
  draftNote: 'A draft in Confluence that only its author sees until it is published; nothing is linked from the epic yet.',
  confirmBreakdown: (action) =>
    `Nothing was created. To create these tasks, open ${quote('en', action)} in the issue’s ••• menu, review them and press Create.`,
  starters: [
    'Where does this campaign stand?',
    'Which campaigns are at risk, and why?',
    'Who is over-allocated in the coming weeks?',
    'What is waiting for my sign-off?',
  ],
};

export const fr: AssistantWords = {
  agentName: 'Assistant campagnes',
  askRovo: 'Demander à Rovo',
  askRovoHint: 'Interroger l’assistant campagnes de Rovo sur cette campagne',
  askAbout: (key, name) => `Où en est la campagne ${key} ${quote('fr', name)}${NNBSP}?`,
  budgetSummary: (actual, budget) => `${actual} dépensés sur ${budget}`,
  draftNote: `Un brouillon dans Confluence, visible de son auteur seulement tant qu’il n’est pas publié${NNBSP}; rien n’est encore lié depuis l’epic.`,
  confirmBreakdown: (action) =>
    `Rien n’a été créé. Pour créer ces tâches, ouvrez ${quote('fr', action)} dans le menu ••• du ticket, vérifiez-les puis cliquez sur Créer.`,
  starters: [
    `Où en est cette campagne${NNBSP}?`,
    `Quelles campagnes sont à risque, et pourquoi${NNBSP}?`,
    `Qui est surchargé dans les semaines à venir${NNBSP}?`,
    `Qu’est-ce qui attend ma validation${NNBSP}?`,
  ],
};

export const assistantWords: Record<Language, AssistantWords> = { en, fr };

/**
 * The agent's `description` in manifest.yml (one string, ≤ 255 characters), in both languages, and its
 * `conversationStarters` (each ≤ 85 characters): English first, then French.
 */
export const AGENT_DESCRIPTION =
  'Campaign Control: status, risks, workload, sign-offs and KPIs of your campaigns; drafts status reports. ' +
  `Statut, risques, charge, validations et indicateurs de vos campagnes${NNBSP}; brouillons de rapports.`;
export const AGENT_STARTERS: readonly string[] = [...en.starters, ...fr.starters];
