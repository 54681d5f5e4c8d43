import type { CampaignPlan } from '../model';

type AdfNode = {
  type: string;
  text?: string;
  content?: AdfNode[];
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

const WORDS = {
  en: { intro: 'Campaign created by Campaign Control.', launch: 'Launch date', budget: 'Budget', brief: 'Brief' },
  fr: { intro: 'Campagne créée par Campaign Control.', launch: 'Date de lancement', budget: 'Budget', brief: 'Brief' },
} as const;

const text = (t: string): AdfNode => ({ type: 'text', text: t });
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });

/** The epic's description (ADF), in the plan's language: launch, budget and a link to the brief. */
export function epicDescription(plan: CampaignPlan): AdfDoc {
  const w = WORDS[plan.language];
  const content: AdfNode[] = [
    paragraph(text(w.intro)),
    paragraph(text(`${w.launch}: ${plan.launchDate}`)),
    paragraph(text(`${w.budget}: ${plan.budget.amount} ${plan.budget.currency}`)),
  ];
  if (plan.brief) {
    content.push(
      paragraph(text(`${w.brief}: `), { type: 'text', text: plan.brief.title, marks: [{ type: 'link', attrs: { href: plan.brief.url } }] }),
    );
  }
  return { type: 'doc', version: 1, content };
}
