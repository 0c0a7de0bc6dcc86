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

/** seeds/overlay.yaml: what the text cannot give. Everything from it is shown as editorial. */
export const overlay = z.object({
  actors: z.array(actorPatch).default([]),
  authorities: z.array(authorityPatch).default([]),
  /** Surface forms that are never actors or authorities (e.g. "Air Force One"). */
  exclude: z.array(z.string()).default([]),
});
export type Overlay = z.infer<typeof overlay>;
