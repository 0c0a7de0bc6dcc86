import { z } from 'zod';
import { actorKind } from './actor.ts';
import { authorityKind } from './authority.ts';
import { editorial, recordId } from './common.ts';

/** Corrections and additions for one actor or authority, keyed by its record id. */
const actorPatch = z.object({
  id: recordId,
  name: z.string().optional(),
  kind: actorKind.optional(),
  /** Surface forms that name this record; the extractor merges them into it. */
  aliases: z.array(z.string()).default([]),
  editorial: editorial.optional(),
});
const authorityPatch = actorPatch.omit({ kind: true }).extend({
  kind: authorityKind.optional(),
  year: z.number().int().optional(),
});

/** A merge the editor forces: the records `from` become one with the record `into` (whose id stays). */
const mergeRule = z.object({ into: recordId, from: z.array(recordId).min(1) });
/** Records the merge must never make one, in pairs. */
const apartPair = z.tuple([recordId, recordId]);
const perCollection = <T extends z.ZodType>(item: T) =>
  z.object({ actors: z.array(item).default([]), authorities: z.array(item).default([]), events: z.array(item).default([]) }).strict();

/** Patches of one collection: one per record, so that two never disagree about it. */
const uniqueIds = <T extends z.ZodType<{ id: string }>>(patch: T) =>
  z.array(patch).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'a second entry for the same record (merge the two)' });
      seen.add(p.id);
    });
  });

/** seeds/overlay.yaml: what the text cannot give. Everything from it is shown as editorial. */
export const overlay = z.object({
  actors: uniqueIds(actorPatch).default([]),
  authorities: uniqueIds(authorityPatch).default([]),
  /** Surface forms that are never actors or authorities (e.g. "Air Force One"). */
  exclude: z.array(z.string()).default([]),
  /**
   * Overrides of the merge across articles, by collection: `merge` joins records it would keep
   * apart (an alias no text states), `keepApart` separates records it would join.
   */
  merge: perCollection(mergeRule).default({ actors: [], authorities: [], events: [] }),
  keepApart: perCollection(apartPair).default({ actors: [], authorities: [], events: [] }),
});
export type Overlay = z.infer<typeof overlay>;
