import { ATELIER_PRO_BRIEF, BLACK_FRIDAY_BRIEF } from '../../../local/confluence/seed-briefs';
import { storageToAdf } from '../../../local/confluence/storage-to-adf';
import { CAMILLE, HUGO, LEA, SOPHIE } from '../../../local/identity/demo-users';
import { parseBrief } from '../../../src/domain/brief/parse-brief';
import { PEOPLE, parseStorage, sourceOf } from './helpers';

describe('parseBrief on the seeded French brief (Atelier Pro)', () => {
  const parsed = parseStorage(ATELIER_PRO_BRIEF);
  const { fields } = parsed;

  it('reads the objective, audience and channels with their headings as sources', () => {
    expect(fields.objective).toMatch(/^Lancer Atelier Pro, la nouvelle offre/);
    expect(fields.objective).toContain('- Générer 600 MQL et 150 SQL en 30 jours.');
    expect(sourceOf(parsed, 'objective')).toBe('heading ‘Objectifs’');
    expect(fields.audience).toMatch(/^Directeurs de production/);
    expect(fields.channels).toHaveLength(4);
    expect(fields.channels?.[1]).toBe('Médias payants : LinkedIn et Google Ads');
    expect(sourceOf(parsed, 'channels')).toBe('heading ‘Canaux’');
  });

  it('takes the launch date from the "Lancement public" row of the key dates table, not the other milestones', () => {
    expect(fields.launchDate).toBe('2026-03-17');
    expect(sourceOf(parsed, 'launchDate')).toBe('table ‘Dates clés’, row 7');
  });

  it('reads the budget total, its currency from the header and the lines with categories', () => {
    expect(fields.budget?.amount).toBe(120000);
    expect(fields.budget?.currency).toBe('EUR');
    expect(fields.budget?.lines).toHaveLength(8);
    expect(fields.budget?.lines?.reduce((s, l) => s + l.amount, 0)).toBe(120000);
    expect(fields.budget?.lines?.find((l) => l.label === 'Médias payants')).toEqual({
      label: 'Médias payants',
      amount: 40000,
      category: 'media',
    });
    expect(fields.budget?.lines?.find((l) => l.label === 'Provision pour imprévus')?.category).toBeUndefined();
    expect(sourceOf(parsed, 'budget')).toBe('table ‘Budget’, row 10');
  });

  it('reads KPIs with French units and decimal commas', () => {
    expect(fields.kpis).toHaveLength(7);
    expect(fields.kpis?.[0]).toEqual({ name: 'MQL (30 jours)', target: 600, unit: 'count' });
    expect(fields.kpis?.find((k) => k.name.startsWith('Pipeline'))).toMatchObject({ target: 1500000, unit: 'currency' });
    expect(fields.kpis?.find((k) => k.name.startsWith('Conversion'))).toMatchObject({ target: 4, unit: 'percent' });
    expect(fields.kpis?.find((k) => k.name.startsWith('Adoption'))).toMatchObject({ target: 20, unit: 'percent' });
    expect(sourceOf(parsed, 'kpis')).toBe('table ‘Indicateurs clés’, rows 2–8');
  });

  it('resolves the approvers from mentions, with their gate as role (not the brief owner)', () => {
    expect(fields.approvers?.map((a) => a.accountId)).toEqual([LEA.accountId, HUGO.accountId, SOPHIE.accountId]);
    expect(fields.approvers?.map((a) => a.accountId)).not.toContain(CAMILLE.accountId);
    expect(fields.approvers?.[0]).toMatchObject({
      displayName: LEA.displayName,
      role: 'Juridique (allégations, marques, citations clients)',
    });
    expect(sourceOf(parsed, 'approvers')).toBe('table ‘Validations’, rows 2–4');
  });

  it('reads the key messages and reports no problem', () => {
    expect(parsed.brief.problems).toEqual([]);
    expect(fields.keyMessages).toHaveLength(3);
    expect(fields.keyMessages?.[0]).toMatch(/^Atelier Pro divise par deux/);
    expect(parsed.brief).toMatchObject({ pageId: '42', version: 3, title: 'Test brief' });
  });
});

describe('parseBrief on the seeded English brief (Black Friday 2026)', () => {
  const parsed = parseStorage(BLACK_FRIDAY_BRIEF);
  const { fields } = parsed;

  it('reads every section with English number styles', () => {
    expect(fields.objective).toMatch(/^Win the Black Friday/);
    expect(fields.audience).toMatch(/^Existing customers/);
    expect(fields.channels).toEqual([
      'Email and SMS sequence (teaser, launch, reminder, Cyber Monday extension)',
      'Paid social (Meta, TikTok) and paid search (Google Ads)',
      'In-store POS and staff briefing',
      'Influencer seeding',
    ]);
    expect(fields.launchDate).toBe('2026-11-27');
    expect(sourceOf(parsed, 'launchDate')).toBe('table ‘Key dates’, row 9');
    expect(fields.budget).toMatchObject({ amount: 180000, currency: 'USD' });
    expect(fields.budget?.lines?.map((l) => l.amount)).toEqual([70000, 35000, 6000, 22000, 15000, 18000, 8000, 6000]);
    expect(fields.budget?.lines?.[0]!.category).toBe('media');
    expect(fields.budget?.lines?.[4]).toMatchObject({ label: 'Agency fees', category: 'agency' });
    expect(fields.kpis?.find((k) => k.name === 'Revenue (campaign window)')).toEqual({
      name: 'Revenue (campaign window)',
      target: 1200000,
      unit: 'currency',
    });
    expect(fields.kpis?.find((k) => k.name === 'Orders')).toEqual({ name: 'Orders', target: 11700, unit: 'count' });
    expect(fields.kpis?.find((k) => k.name === 'Paid social ROAS')).toEqual({ name: 'Paid social ROAS', target: 3, unit: 'ratio' });
    expect(fields.kpis?.find((k) => k.name === 'Email click rate')?.target).toBe(2.9);
    expect(fields.approvers?.map((a) => [a.displayName, a.role])).toEqual([
      ['Léa Dubois', 'Legal (offer T&Cs, "up to 50% off" claims)'],
      ['Hugo Bernard', 'Brand / creative'],
      ['Sophie Laurent', 'Leadership go / no-go'],
    ]);
    expect(parsed.brief.problems).toEqual([]);
    expect(parsed.fields.keyMessages).toEqual([
      'Our biggest deals of the year, online and in store, for four days only',
      'Up to 50% off selected lines; price-match guarantee on every hero product',
      'Free shipping and extended returns until January 31',
    ]);
  });

  it('gives the same fields when the page comes as ADF (as Confluence converts it)', () => {
    for (const storage of [ATELIER_PRO_BRIEF, BLACK_FRIDAY_BRIEF]) {
      const fromStorage = parseStorage(storage);
      const fromAdf = parseBrief({
        pageId: '42',
        title: 'Test brief',
        url: '/wiki/pages/42',
        version: 3,
        adf: storageToAdf(storage),
        people: PEOPLE,
      });
      expect(fromAdf.fields).toEqual(fromStorage.fields);
      expect(fromAdf.brief.values).toEqual(fromStorage.brief.values);
    }
  });
});
