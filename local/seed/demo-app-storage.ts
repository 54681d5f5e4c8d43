import type { Database } from '../db/sqlite';
import { KvsStore } from '../forge/kvs/kvs-store';
import { ALEX, CAMILLE, HUGO, LEA, NOAH, SOPHIE } from '../identity/demo-users';

/**
 * App storage as the demo PM left it: the role → people mapping Camille confirmed for MKT the first time she
 * planned a campaign (`roles:MKT`, the shape src/adapters/storage/role-assignments.ts reads). Roles nobody
 * else covers stay unmapped, so the preview shows "no assignee" for them, as it would on a real site.
 */
export function seedDemoAppStorage(db: Database): void {
  new KvsStore(db).set('plain', 'roles:MKT', {
    pm: [CAMILLE.accountId],
    copywriter: [CAMILLE.accountId],
    designer: [NOAH.accountId],
    legal: [LEA.accountId],
    brand: [HUGO.accountId],
    leadership: [SOPHIE.accountId],
    // The demo's CMO also signs off discount depth and budget: there is no finance person on the site.
    finance: [SOPHIE.accountId],
    partner: [ALEX.accountId],
  });
}
