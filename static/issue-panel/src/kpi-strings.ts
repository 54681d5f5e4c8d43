/** The words of the KPI tools (CSV import, connector): loaded with their lazy chunk, not the panel's first load. */
export interface KpiStrings {
  importCsv: string;
  connectTool: string;
  close: string;
  importTitle: string;
  chooseFile: string;
  fileHint: string;
  reading: string;
  mapping: string;
  dateColumn: string;
  kpiColumn: (kpi: string) => string;
  none: string;
  times: string;
  spendColumns: string;
  column: string;
  channel: string;
  category: string;
  addSpend: string;
  remove: string;
  source: string;
  updatePreview: string;
  preview: string;
  rows: (n: number, from: string | null, to: string | null) => string;
  total: string;
  outsideWindow: (n: number) => string;
  errors: (n: number) => string;
  line: string;
  problem: string;
  moreErrors: (n: number) => string;
  noErrors: string;
  importNow: string;
  importing: string;
  imported: (kpiPoints: number, spendPoints: number) => string;
  alreadyImported: string;
  fixFirst: string;
  connectorTitle: string;
  connectorIntro: string;
  url: string;
  secret: string;
  showSecret: string;
  hideSecret: string;
  signature: string;
  example: string;
  rotate: string;
  rotated: string;
  loading: string;
  categories: Record<'media' | 'production' | 'agency' | 'tooling' | 'event', string>;
}

const en: KpiStrings = {
  importCsv: 'Import CSV',
  connectTool: 'Connect a tool',
  close: 'Close',
  importTitle: 'Import a channel report (CSV)',
  chooseFile: 'CSV file',
  fileHint: 'A header row, one row per day or week, a date column (yyyy-mm-dd), numbers written like 1234.56. Up to 400 KB.',
  reading: 'Reading the file…',
  mapping: 'Columns',
  dateColumn: 'Date column',
  kpiColumn: (kpi) => `Column for “${kpi}”`,
  none: '— not imported —',
  times: 'multiplied by',
  spendColumns: 'Spend per channel (budget actuals)',
  column: 'Column',
  channel: 'Channel',
  category: 'Cost category',
  addSpend: 'Add a spend column',
  remove: 'Remove',
  source: 'Source name',
  updatePreview: 'Update the preview',
  preview: 'Preview',
  rows: (n, from, to) => `${n} ${n === 1 ? 'row' : 'rows'}${from && to ? `, ${from} to ${to}` : ''}`,
  total: 'Total',
  outsideWindow: (n) => `${n} outside the KPI’s window (not counted)`,
  errors: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}: nothing will be imported until the file is fixed`,
  line: 'Line',
  problem: 'Problem',
  moreErrors: (n) => `…and ${n} more`,
  noErrors: 'No problem found.',
  importNow: 'Import',
  importing: 'Importing…',
  imported: (k, s) => `Imported: ${k} KPI values and ${s} spend values.`,
  alreadyImported: 'This file was already imported.',
  fixFirst: 'Fix the problems first.',
  connectorTitle: 'Push actuals from a marketing tool',
  connectorIntro:
    'HubSpot, GA4, Mailchimp or an ad platform can send each KPI value through a no-code connector: POST JSON {campaign, kpi, value, at, source} to this URL, signed with the campaign’s secret.',
  url: 'URL',
  secret: 'Secret',
  showSecret: 'Show',
  hideSecret: 'Hide',
  signature: 'Signature header',
  example: 'Example',
  rotate: 'Rotate the secret',
  rotated: 'New secret: tools using the old one are refused from now on.',
  loading: 'Loading…',
  categories: { media: 'Media', production: 'Production', agency: 'Agency', tooling: 'Tooling', event: 'Event' },
};

const fr: KpiStrings = {
  importCsv: 'Importer un CSV',
  connectTool: 'Connecter un outil',
  close: 'Fermer',
  importTitle: 'Importer un rapport par canal (CSV)',
  chooseFile: 'Fichier CSV',
  fileHint:
    'Une ligne d’en-tête, une ligne par jour ou par semaine, une colonne de date (aaaa-mm-jj), des nombres écrits comme 1234.56. 400 Ko au plus.',
  reading: 'Lecture du fichier…',
  mapping: 'Colonnes',
  dateColumn: 'Colonne de date',
  kpiColumn: (kpi) => `Colonne pour « ${kpi} »`,
  none: '— non importé —',
  times: 'multipliée par',
  spendColumns: 'Dépenses par canal (réel du budget)',
  column: 'Colonne',
  channel: 'Canal',
  category: 'Catégorie de coût',
  addSpend: 'Ajouter une colonne de dépenses',
  remove: 'Retirer',
  source: 'Nom de la source',
  updatePreview: 'Mettre à jour l’aperçu',
  preview: 'Aperçu',
  rows: (n, from, to) => `${n} ${n < 2 ? 'ligne' : 'lignes'}${from && to ? `, du ${from} au ${to}` : ''}`,
  total: 'Total',
  outsideWindow: (n) => `${n} hors de la période de l’indicateur (non comptées)`,
  errors: (n) => `${n} ${n < 2 ? 'problème' : 'problèmes'}\u202f: rien ne sera importé tant que le fichier n’est pas corrigé`,
  line: 'Ligne',
  problem: 'Problème',
  moreErrors: (n) => `…et ${n} de plus`,
  noErrors: 'Aucun problème trouvé.',
  importNow: 'Importer',
  importing: 'Import…',
  imported: (k, s) => `Importé\u202f: ${k} valeurs d’indicateurs et ${s} montants de dépenses.`,
  alreadyImported: 'Ce fichier a déjà été importé.',
  fixFirst: 'Corrigez d’abord les problèmes.',
  connectorTitle: 'Envoyer le réel depuis un outil marketing',
  connectorIntro:
    'HubSpot, GA4, Mailchimp ou une régie publicitaire peuvent envoyer chaque valeur via un connecteur sans code\u202f: POST JSON {campaign, kpi, value, at, source} vers cette URL, signé avec le secret de la campagne.',
  url: 'URL',
  secret: 'Secret',
  showSecret: 'Afficher',
  hideSecret: 'Masquer',
  signature: 'En-tête de signature',
  example: 'Exemple',
  rotate: 'Changer le secret',
  rotated: 'Nouveau secret\u202f: les outils qui utilisent l’ancien sont refusés dès maintenant.',
  loading: 'Chargement…',
  categories: { media: 'Média', production: 'Production', agency: 'Agence', tooling: 'Outils', event: 'Événement' },
};

export const kpiStringsFor = (lang: 'en' | 'fr'): KpiStrings => (lang === 'fr' ? fr : en);
