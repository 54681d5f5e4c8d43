import type { ChatMessage } from '../breakdown/ai-engine';

/** The brief text sent to the model is bounded (a page can be huge). */
const MAX_PROMPT_CHARS = 20_000;

/** The instructions to the model (for the model, not a person: not worded in the catalogues) and the brief's lines. */
export function aiBriefMessages(lines: string[], fields: readonly string[], today: string): ChatMessage[] {
  const system = [
    'You read a marketing campaign brief and extract only values it states plainly. Never guess or invent.',
    'Answer with one JSON object only, no prose: {"values":[{"field","value","quote"}]}.',
    `field: one of ${fields.join(', ')}. Leave a field out when the brief does not state it.`,
    'objective, audience: a string. channels, keyMessages: an array of strings.',
    `launchDate: "YYYY-MM-DD" (today is ${today}); never pick between two readings of a numeric date such as 03/09/2027: leave it out.`,
    'budget: {"amount": number, "currency": "EUR"|"USD"|"GBP"|...} (ISO 4217 code).',
    'quote: the brief line the value comes from, copied exactly, character for character.',
  ].join('\n');
  let text = lines.join('\n');
  if (text.length > MAX_PROMPT_CHARS) text = text.slice(0, MAX_PROMPT_CHARS);
  return [
    { role: 'system', content: system },
    { role: 'user', content: `The brief, line by line:\n${text}` },
  ];
}
