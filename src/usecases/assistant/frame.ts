import type { Health, Reason } from '../../contracts/campaign-panel';
import { DomainError } from '../../domain/errors';
import { reportFormatters } from '../../domain/report/format';
import { en as healthEn, fr as healthFr, wordReason } from '../../wording/catalog/health';
import { languageOf, toBcp47, type Language } from '../../wording/locale';
import type { ActingUser } from '../acting-user';

/** Every answer of the assistant's actions says whose language to phrase it in. */
export interface AnswerFrame {
  language: Language;
  locale: string;
}

export const frameOf = (user: ActingUser): AnswerFrame => ({ language: languageOf(user.locale), locale: toBcp47(user.locale) });

/** Where an issue is shown on the site (a Forge function does not know the site's address). */
export const issuePath = (issueKey: string): string => `/browse/${issueKey}`;

/** A health level and its reasons in the reader's words, as the panel and the portfolio word them. */
export function healthView(
  level: Health,
  reasons: readonly Pick<Reason, 'code' | 'params' | 'severity'>[],
  user: ActingUser,
  currency: string,
): { level: Health; label: string; reasons: { code: string; severity: Health; text: string }[] } {
  const lang = languageOf(user.locale);
  const f = reportFormatters(user.locale, currency);
  return {
    level,
    label: (lang === 'fr' ? healthFr : healthEn).healthState[level],
    reasons: reasons.map((r) => ({ code: r.code, severity: r.severity, text: wordReason(r, lang, f) })),
  };
}

/** The campaign the model named, else the issue the chat was opened on; neither is a refusal naming `campaignKey`. */
export function campaignKeyOf(input: { campaignKey?: string | undefined }, contextIssueKey: string | undefined): string {
  const key = input.campaignKey ?? contextIssueKey;
  if (!key) throw new DomainError('INVALID_INPUT', { key: 'errors.campaignKeyNeeded' }, 'campaignKey');
  return key;
}
