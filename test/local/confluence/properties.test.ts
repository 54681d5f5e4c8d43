import { startTestHost, type TestHost } from '../../support/host';
import { ATELIER_PRO_BRIEF_ID, CAMILLE, INES, SAM, V2 } from './fixtures';

const base = `${V2}/pages/${ATELIER_PRO_BRIEF_ID}/properties`;

describe('Confluence v2 page properties', () => {
  let th: TestHost;
  let propertyId: string;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(async () => {
    await th.close();
  });

  it('creates a property at version 1', async () => {
    const res = await th.call(CAMILLE, 'POST', base, { key: 'campaign-control.signoff', value: { legal: 'pending', brand: 'approved' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: 'campaign-control.signoff',
      value: { legal: 'pending', brand: 'approved' },
      version: { number: 1 },
    });
    propertyId = res.body.id;
    const dup = await th.call(CAMILLE, 'POST', base, { key: 'campaign-control.signoff', value: 1 });
    expect(dup.status).toBe(409);
  });

  it('lists and reads it back', async () => {
    const list = await th.call(CAMILLE, 'GET', `${base}?key=campaign-control.signoff`);
    expect(list.body.results).toEqual([expect.objectContaining({ id: propertyId })]);
    const one = await th.call(INES, 'GET', `${base}/${propertyId}`);
    expect(one.status).toBe(200);
    expect(one.body.value).toEqual({ legal: 'pending', brand: 'approved' });
  });

  it('updates with version = current + 1', async () => {
    const res = await th.call(CAMILLE, 'PUT', `${base}/${propertyId}`, {
      key: 'campaign-control.signoff',
      value: { legal: 'approved', brand: 'approved' },
      version: { number: 2, message: 'Legal approved' },
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toMatchObject({ number: 2, message: 'Legal approved' });
  });

  it.each([1, 2, 4])('refuses version %i with 409 and changes nothing', async (number) => {
    const res = await th.call(CAMILLE, 'PUT', `${base}/${propertyId}`, {
      key: 'campaign-control.signoff',
      value: { legal: 'rejected' },
      version: { number },
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0]).toMatchObject({ status: 409, code: 'CONFLICT' });
    const after = await th.call(CAMILLE, 'GET', `${base}/${propertyId}`);
    expect(after.body).toMatchObject({ value: { legal: 'approved', brand: 'approved' }, version: { number: 2 } });
  });

  it('refuses an update without a version with 400', async () => {
    expect((await th.call(CAMILLE, 'PUT', `${base}/${propertyId}`, { value: 1 })).status).toBe(400);
  });

  it('lets a viewer read but not write, and hides the page from outsiders', async () => {
    const viewer = await th.call(INES, 'PUT', `${base}/${propertyId}`, { value: { legal: 'x' }, version: { number: 3 } });
    expect(viewer.status).toBe(403);
    expect((await th.call(INES, 'POST', base, { key: 'k', value: 1 })).status).toBe(403);
    expect((await th.call(SAM, 'GET', base)).status).toBe(404);
    expect((await th.call(null, 'GET', base)).status).toBe(401);
    const after = await th.call(CAMILLE, 'GET', `${base}/${propertyId}`);
    expect(after.body.version.number).toBe(2);
  });

  it('deletes the property', async () => {
    expect((await th.call(CAMILLE, 'DELETE', `${base}/${propertyId}`)).status).toBe(204);
    expect((await th.call(CAMILLE, 'GET', `${base}/${propertyId}`)).status).toBe(404);
  });
});
