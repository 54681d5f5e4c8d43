/** "Launch (L-15)", "Report (L+10)", "Launch (L)"; the same notation in French plans (L = lancement). */
export function offsetLabel(offsetBusinessDays: number): string {
  if (offsetBusinessDays === 0) return 'L';
  return offsetBusinessDays > 0 ? `L+${offsetBusinessDays}` : `L${offsetBusinessDays}`;
}

export function milestoneSummary(name: string, offsetBusinessDays: number): string {
  const suffix = ` (${offsetLabel(offsetBusinessDays)})`;
  return `${name.slice(0, 255 - suffix.length)}${suffix}`;
}

/** ASCII, lower-case, dash-separated: "Lancement Été 2026!" → "lancement-ete-2026". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const LABEL_MAX = 81;

/** The campaign's Jira label, e.g. `campaign-black-friday-2026` (labels cannot contain spaces). */
export function campaignLabel(name: string, fallback: string): string {
  const slug = slugify(name) || slugify(fallback) || 'untitled';
  return `campaign-${slug}`.slice(0, LABEL_MAX).replace(/-+$/, '');
}
