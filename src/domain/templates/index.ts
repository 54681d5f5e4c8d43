import { CampaignTemplate, type CampaignTemplateInput } from '../model';
import { BLACK_FRIDAY } from './built-in/black-friday';
import { EBOOK_LEADGEN } from './built-in/ebook-leadgen';
import { PRODUCT_LAUNCH } from './built-in/product-launch';
import { TRADE_SHOW } from './built-in/trade-show';
import { WEBINAR_SERIES } from './built-in/webinar-series';
import { firstIssue } from '../zod-issues';

/** Parsed at module load: a broken built-in template fails the app's start (and every test), not a user's preview. */
function parseBuiltIn(input: CampaignTemplateInput): CampaignTemplate {
  const parsed = CampaignTemplate.safeParse(input);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error);
    throw new Error(`Built-in template '${input.id}' is invalid: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export const BUILT_IN_TEMPLATES: CampaignTemplate[] = [BLACK_FRIDAY, PRODUCT_LAUNCH, WEBINAR_SERIES, TRADE_SHOW, EBOOK_LEADGEN].map(
  parseBuiltIn,
);

export const builtInTemplate = (id: string): CampaignTemplate | undefined => BUILT_IN_TEMPLATES.find((t) => t.id === id);
