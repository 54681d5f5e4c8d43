import type { CostCategory } from '../model';
import { normalize } from './text';

/**
 * A budget line's cost category, only when its words point to exactly one category (label first, then the
 * other cells such as the vendor); otherwise none is set rather than guessed.
 */
const NAMES: Record<CostCategory, string[]> = {
  media: ['media', 'medias', 'média', 'médias'],
  production: ['production'],
  agency: ['agency', 'agence', 'agences'],
  tooling: ['tooling', 'tools', 'outils', 'outillage'],
  event: ['event', 'events', 'evenement', 'evenements', 'événement', 'événements'],
};

const KEYWORDS: Record<CostCategory, string[]> = {
  media: [
    'media',
    'medias',
    'paid',
    'payants',
    'ads',
    'advertising',
    'publicite',
    'search',
    'social',
    'display',
    'sea',
    'linkedin',
    'google',
    'meta',
    'tiktok',
    'influencer',
    'influenceurs',
    'sponsoring',
  ],
  production: [
    'production',
    'video',
    'photo',
    'creative',
    'creation',
    'design',
    'print',
    'impression',
    'pos',
    'signage',
    'signaletique',
    'content',
    'contenu',
    'copywriting',
    'redaction',
    'website',
    'site',
    'landing',
    'pages',
    'goodies',
    'swag',
    'imprimeur',
    'printer',
    'studio',
  ],
  agency: [
    'agency',
    'agence',
    'fees',
    'honoraires',
    'retainer',
    'pr',
    'presse',
    'rp',
    'analyst',
    'analysts',
    'analystes',
    'consulting',
    'conseil',
    'cabinet',
    'freelance',
  ],
  tooling: [
    'tool',
    'tools',
    'outils',
    'platform',
    'plateforme',
    'licence',
    'license',
    'software',
    'logiciel',
    'esp',
    'automation',
    'send costs',
    'crm',
    'lead retrieval',
  ],
  event: [
    'event',
    'evenement',
    'webinar',
    'webinaire',
    'salon',
    'booth',
    'stand',
    'venue',
    'floor space',
    'travel',
    'deplacements',
    'show',
    'conference',
  ],
};

const CATEGORIES = Object.keys(KEYWORDS) as CostCategory[];

function hits(text: string, words: Record<CostCategory, string[]>, exact: boolean): CostCategory[] {
  const t = normalize(text);
  if (!t) return [];
  return CATEGORIES.filter((c) => words[c].some((w) => (exact ? t === normalize(w) : ` ${t} `.includes(` ${normalize(w)} `))));
}

export function categoryOf(label: string, others: string[]): CostCategory | undefined {
  for (const cell of [label, ...others]) {
    const named = hits(cell, NAMES, true);
    if (named.length === 1) return named[0];
  }
  for (const cell of [label, ...others]) {
    const found = hits(cell, KEYWORDS, false);
    if (found.length === 1) return found[0];
  }
  return undefined;
}
