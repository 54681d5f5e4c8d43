import { startTestHost, type TestHost } from '../../support/host';
import { ATELIER_PRO_BRIEF_ID, CAMILLE, V2 } from './fixtures';
import { INES, SAM } from '../../../local/identity/demo-users';

describe('PUT /wiki/api/v2/pages/{id}', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const update = (email: string, number: number, value: string, title = 'Brief de campagne — Lancement Atelier Pro') =>
    th.call(email, 'PUT', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}`, {
      id: ATELIER_PRO_BRIEF_ID,
      status: 'current',
      title,
      body: { representation: 'storage', value },
      version: { number, message: 'Budget revu' },
    });

  it('stores a new version when the number is the current one + 1', async () => {
    const res = await update(CAMILLE, 2, '<h2>Budget</h2><p>130 000 €</p>');
    expect(res.status).toBe(200);
    expect(res.body.version.number).toBe(2);
    const read = await th.call(CAMILLE, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}?body-format=storage`);
    expect(read.body.version.number).toBe(2);
    expect(read.body.body.storage.value).toBe('<h2>Budget</h2><p>130 000 €</p>');
  });

  it('refuses a stale version with 409, a reader with 403 and an outsider with 404, changing nothing', async () => {
    const stale = await update(CAMILLE, 2, '<p>lost update</p>');
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0].detail).toMatch(/Current version is: 2/);
    expect((await update(INES.email, 3, '<p>no</p>')).status).toBe(403);
    expect((await update(SAM.email, 3, '<p>no</p>')).status).toBe(404);
    const bad = await th.call(CAMILLE, 'PUT', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}`, {
      id: ATELIER_PRO_BRIEF_ID,
      status: 'current',
      title: 'x',
      body: { representation: 'storage', value: '' },
    });
    expect(bad.status).toBe(400);
    const read = await th.call(CAMILLE, 'GET', `${V2}/pages/${ATELIER_PRO_BRIEF_ID}?body-format=storage`);
    expect(read.body.version.number).toBe(2);
    expect(read.body.body.storage.value).toContain('130 000');
  });
});
