import { randomUUID } from 'node:crypto';
import { useAppTestHost } from '../../support/app-host';
import { invocations } from '../../../local/forge/runtime';
import { CAMILLE, INES, SAM } from '../../../local/identity/demo-users';
import { BLACK_FRIDAY_BRIEF_ID } from '../../../local/confluence/seed';
import { currentAppIdentity, readBriefPage, updateBriefPage } from '../../../src/adapters/confluence/brief-page-writer';
import { RetryGate } from '../../../src/adapters/http/retry';

/**
 * The brief page adapter against the emulator's Confluence REST v2, inside a Forge invocation as the user: it reads the
 * storage body and version, writes version + 1, and reads Confluence's 409 for a stale version as `conflict` (the page
 * then keeps the newer version); someone who may not see or edit the page gets nothing or Confluence's refusal.
 */
describe('the brief page writer (Confluence REST v2 as the user)', () => {
  const app = useAppTestHost();
  const as = <T>(accountId: string, fn: () => Promise<T>): Promise<T> =>
    invocations.run(
      {
        invocationId: randomUUID(),
        accountId,
        moduleKey: 'campaign-creation-consumer',
        deadline: Date.now() + 25_000,
        db: app.th.host.db,
        productBaseUrl: app.th.host.internalUrl,
      },
      fn,
    );

  it('writes version current + 1, and a stale version is a conflict that changes nothing', async () => {
    const retry = new RetryGate();
    const page = await as(CAMILLE.accountId, () => readBriefPage(BLACK_FRIDAY_BRIEF_ID, retry));
    if (!page) throw new Error('the brief is readable');
    expect(page).toMatchObject({ id: BLACK_FRIDAY_BRIEF_ID, title: 'Campaign brief — Black Friday 2026 multichannel' });
    expect(await as(CAMILLE.accountId, () => updateBriefPage(page, `<p>First</p>${page.storage}`, 'first', retry))).toBe('updated');
    // The same (now stale) version again: Confluence answers 409, read as a conflict.
    expect(await as(CAMILLE.accountId, () => updateBriefPage(page, '<p>Lost?</p>', 'second', retry))).toBe('conflict');
    const now = await as(CAMILLE.accountId, () => readBriefPage(BLACK_FRIDAY_BRIEF_ID, retry));
    expect(now).toMatchObject({ version: page.version + 1, storage: `<p>First</p>${page.storage}` });
  });

  it('answers nothing to someone Confluence hides the page from, and passes on its refusal to a reader', async () => {
    const retry = new RetryGate();
    expect(await as(SAM.accountId, () => readBriefPage(BLACK_FRIDAY_BRIEF_ID, retry))).toBeNull();
    const page = await as(INES.accountId, () => readBriefPage(BLACK_FRIDAY_BRIEF_ID, retry));
    if (!page) throw new Error('Inès reads the space');
    await expect(as(INES.accountId, () => updateBriefPage(page, '<p>x</p>', 'x', retry))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names the app and environment the macro’s extension key is made of', async () => {
    expect(await as(CAMILLE.accountId, async () => currentAppIdentity())).toEqual({
      appId: 'ari:cloud:ecosystem::app/6f5e2a1c-campaign-control-local',
      environmentId: 'local-development',
      environmentType: 'DEVELOPMENT',
    });
  });
});
