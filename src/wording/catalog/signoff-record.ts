/**
 * The column names of the sign-off record export (CSV), in the reader's language; the cells keep the record's own
 * values (decision codes, UTC instants, content hashes) so two exports compare line by line. `en` is the source of truth.
 */
export const en = {
  gate: 'gate',
  gateId: 'gate id',
  entryId: 'entry id',
  type: 'type',
  decision: 'decision',
  actor: 'actor',
  onBehalfOf: 'on behalf of',
  at: 'at (UTC)',
  reason: 'reason',
  comment: 'comment',
  contentHash: 'content hash',
  delegationTo: 'delegated to',
  until: 'until',
  changedFields: 'changed fields',
};

export const fr: typeof en = {
  gate: 'validation',
  gateId: 'identifiant de la validation',
  entryId: 'identifiant de l’entrée',
  type: 'type',
  decision: 'décision',
  actor: 'auteur',
  onBehalfOf: 'au nom de',
  at: 'date et heure (UTC)',
  reason: 'motif',
  comment: 'commentaire',
  contentHash: 'empreinte du contenu',
  delegationTo: 'délégué à',
  until: 'jusqu’au',
  changedFields: 'champs modifiés',
};

/** The columns in export order. */
export const COLUMNS = [
  'gate',
  'gateId',
  'entryId',
  'type',
  'decision',
  'actor',
  'onBehalfOf',
  'at',
  'reason',
  'comment',
  'contentHash',
  'delegationTo',
  'until',
  'changedFields',
] as const satisfies readonly (keyof typeof en)[];
