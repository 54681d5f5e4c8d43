import type { OwnerRole } from '../model';

export interface PersonWithRole {
  accountId: string;
  displayName: string;
  /** Free text describing what the person does, e.g. "Legal approver", "Designer". */
  role: string;
}

/** People who only read (or cannot see the project) are never suggested for work or sign-off. */
const NO_ROLE = /\b(no access|read-only|viewer|lecture seule|sans accès)/i;

/** First match wins: specific wordings come before generic ones ("finance business partner" is finance, "partner approver" a partner). */
const ROLE_PATTERNS: readonly [RegExp, OwnerRole][] = [
  [/\b(legal|juridique|juriste|counsel|privacy)/i, 'legal'],
  [/\b(finance|financ|cfo|procurement|achats)/i, 'finance'],
  [/\b(partner|partenaire)/i, 'partner'],
  [/\b(brand|marque)/i, 'brand'],
  [/\b(leadership|direction|cmo|ceo|executive|vp)\b/i, 'leadership'],
  [/\b(design|graphis)/i, 'designer'],
  [/\b(copy|rédact|redact|writer)/i, 'copywriter'],
  [/\b(media buy|paid media|acheteur média|acheteur media)/i, 'media_buyer'],
  [/\b(email|e-mail|crm)\b/i, 'email_specialist'],
  [/\b(social|community)/i, 'social_manager'],
  [/\b(web|developer|développeur|developpeur)/i, 'web_developer'],
  [/\b(event|événement|evenement|salon)/i, 'events_manager'],
  [/\b(pr|press|relations presse|rp)\b/i, 'pr_manager'],
  [/\b(sales|commercial|vente)/i, 'sales_enablement'],
  [/\b(analyst|analyste|data)/i, 'analyst'],
  [/\b(pm|project manager|chef de projet|campaign manager|marketing manager)\b/i, 'pm'],
];

export function roleFromText(text: string): OwnerRole | undefined {
  if (NO_ROLE.test(text)) return undefined;
  return ROLE_PATTERNS.find(([pattern]) => pattern.test(text))?.[1];
}

/** A first role → people mapping from what people do (in the given order); the PM confirms or edits it in the preview. */
export function suggestRoleAssignments(people: readonly PersonWithRole[]): Partial<Record<OwnerRole, string[]>> {
  const out: Partial<Record<OwnerRole, string[]>> = {};
  for (const person of people) {
    const role = roleFromText(person.role);
    if (!role) continue;
    const ids = out[role] ?? [];
    if (!ids.includes(person.accountId)) ids.push(person.accountId);
    out[role] = ids;
  }
  return out;
}
