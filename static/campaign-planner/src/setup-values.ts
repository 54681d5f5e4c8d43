import { pageIdFrom } from './brief-url';
import type { Strings } from './i18n';
import type { HolidayCalendar, PreviewCampaignPayload } from './types';

export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
export type SetupCurrency = (typeof CURRENCIES)[number];

export type BriefChoice = { mode: 'none' } | { mode: 'page'; pageId: string } | { mode: 'url'; url: string };

/** What the PM typed in the setup form, as typed. */
export interface SetupValues {
  templateId?: string;
  launchDate: string;
  budgetAmount: string;
  currency: SetupCurrency;
  holidayCalendar: HolidayCalendar;
  name: string;
  brief: BriefChoice;
}

export type SetupField = 'templateId' | 'launchDate' | 'budget.amount' | 'briefPageId';
export type SetupErrors = Partial<Record<SetupField, string>>;

export const initialSetup = (lang: 'en' | 'fr'): SetupValues => ({
  launchDate: '',
  budgetAmount: '',
  currency: lang === 'fr' ? 'EUR' : 'USD',
  holidayCalendar: lang === 'fr' ? 'FR' : 'US',
  name: '',
  brief: { mode: 'none' },
});

/** The preview request for these values, or the problems that keep it from being sent, per field. */
export function toPreviewRequest(
  v: SetupValues,
  t: Strings,
  projectKey: string | undefined,
): { ok: true; request: PreviewCampaignPayload } | { ok: false; errors: SetupErrors } {
  const errors: SetupErrors = {};
  if (!v.templateId) errors.templateId = t.required(t.template);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.launchDate)) errors.launchDate = t.required(t.launchDate);
  const amount = Number(v.budgetAmount.replace(/\s/g, '').replace(',', '.'));
  if (v.budgetAmount.trim() === '' || !Number.isFinite(amount) || amount < 0) errors['budget.amount'] = t.notANumber(t.budget);
  let briefPageId: string | undefined;
  if (v.brief.mode === 'page') briefPageId = v.brief.pageId;
  if (v.brief.mode === 'url') {
    briefPageId = pageIdFrom(v.brief.url);
    if (!briefPageId) errors.briefPageId = `${t.briefUrl}${t.colon}${t.briefUrlHint}`;
  }
  if (!v.templateId || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      templateId: v.templateId,
      launchDate: v.launchDate,
      budget: { amount, currency: v.currency },
      holidayCalendar: v.holidayCalendar,
      ...(briefPageId ? { briefPageId } : {}),
      ...(v.name.trim() ? { name: v.name.trim() } : {}),
      ...(projectKey ? { projectKey } : {}),
    },
  };
}
