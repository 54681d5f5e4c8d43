import { z } from 'zod';
import { problemText } from '../wording/catalog/problems';

/** `listBriefs`: the pages of a Confluence space, to pick a campaign brief (re-exported by `campaign-planner.ts`). */
export const ListBriefsPayload = z
  .object({
    spaceKey: z
      .string()
      .regex(/^[A-Za-z0-9~]{1,255}$/, problemText('spaceKey'))
      .optional(),
  })
  .strict();
export type ListBriefsPayload = z.input<typeof ListBriefsPayload>;
export const ListBriefsResult = z
  .object({ pages: z.array(z.object({ id: z.string(), title: z.string(), url: z.string() }).strict()) })
  .strict();
export type ListBriefsResult = z.infer<typeof ListBriefsResult>;
