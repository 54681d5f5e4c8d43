import type { CampaignPlan } from '../model';
import { epicWords } from '../../wording/catalog/epic';

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

const text = (t: string): AdfNode => ({ type: 'text', text: t });
const paragraph = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });

/** The epic's description (ADF), in the plan's language (the PM's): launch in words, budget in Intl money, the brief's link. */
export function epicDescription(plan: CampaignPlan): AdfDoc {
  const w = epicWords(plan.language);
  const content: AdfNode[] = [
    paragraph(text(w.intro)),
    paragraph(text(w.launch(plan.launchDate))),
    paragraph(text(w.budget(plan.budget.amount, plan.budget.currency))),
  ];
  if (plan.brief) {
    content.push(
      paragraph(text(w.brief), { type: 'text', text: plan.brief.title, marks: [{ type: 'link', attrs: { href: plan.brief.url } }] }),
    );
  }
  return { type: 'doc', version: 1, content };
}
