import { kvs, WhereConditions } from '@forge/kvs';
import { DeferredWork } from '../../domain/quota/deferred-work';
import type { DeferredWorkStorePort } from '../../usecases/ports/deferred-work';

const PREFIX = 'deferred:';
const KEY = (w: Pick<DeferredWork, 'kind' | 'id'>): string => `${PREFIX}${w.kind}:${w.id}`;
const PAGE = 50;

/** Deferred work waiting for Jira's reset, one small value per piece (the same kind and id overwrite each other). */
export const kvsDeferredWork: DeferredWorkStorePort = {
  async save(work) {
    await kvs.set(KEY(work), work);
  },
  async list() {
    const out: DeferredWork[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith(PREFIX)).limit(PAGE);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<unknown>();
      for (const r of page.results) {
        const parsed = DeferredWork.safeParse(r.value);
        if (parsed.success) out.push(parsed.data);
        else console.error(`[campaign-control] unreadable deferred work ${r.key}`);
      }
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  },
  async remove(work) {
    await kvs.delete(KEY(work));
  },
};
