/** Strings of the brief panel: which engine found each value, the readings to pick, what was not understood. */
export const briefEn = {
  colEngine: 'Found by',
  engineReader: 'read in the brief',
  engineAi: 'proposed by the AI',
  uncertain: 'uncertain',
  choicesTitle: 'Pick the right reading',
  choiceHint: (raw: string, where: string) => `${raw} (${where}) can be read two ways; it is not used until you pick one.`,
  choiceUse: (day: string) => `Use ${day}`,
  choicePicked: (day: string) => `Using ${day}`,
  unreadTitle: 'Not understood in the brief',
  unreadHint: 'These lines look like values, but the reader could not tell what they are for.',
  askAi: 'Ask the AI for what is missing',
  askAiHint: 'Uses the site’s AI model if there is one; its proposals are marked and never replace what the brief states.',
  aiUsed: 'The AI was asked for what the reader did not find.',
};
export type BriefStrings = typeof briefEn;

export const briefFr: BriefStrings = {
  colEngine: 'Trouvé par',
  engineReader: 'lu dans le brief',
  engineAi: 'proposé par l’IA',
  uncertain: 'incertain',
  choicesTitle: 'Choisissez la bonne lecture',
  choiceHint: (raw, where) => `${raw} (${where}) peut se lire de deux façons\u202f; rien n’est retenu tant que vous n’avez pas choisi.`,
  choiceUse: (day) => `Retenir le ${day}`,
  choicePicked: (day) => `Retenu\u202f: le ${day}`,
  unreadTitle: 'Non compris dans le brief',
  unreadHint: 'Ces lignes ressemblent à des valeurs, mais le lecteur n’a pas su à quoi elles servent.',
  askAi: 'Demander à l’IA ce qui manque',
  askAiHint:
    'Utilise le modèle d’IA du site s’il y en a un\u202f; ses propositions sont signalées et ne remplacent jamais ce que dit le brief.',
  aiUsed: 'L’IA a été interrogée sur ce que le lecteur n’a pas trouvé.',
};
