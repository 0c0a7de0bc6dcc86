import { z } from 'zod';
import { editorial, mention, recordId } from './common.ts';

export const authorityKinds = [
  'statute',
  'executive-order',
  'directive',
  'designation',
  'legal-opinion',
  'authorization',
  'constitutional',
  'international-law',
  'charge',
] as const;
export const authorityKind = z.enum(authorityKinds);
export type AuthorityKind = z.infer<typeof authorityKind>;

/**
 * A legal authority: a statute, order, directive, designation, opinion, authorization or claim;
 * or a criminal charge or indictment, kept apart from the statutes it is brought under.
 */
export const authority = z.object({
  id: recordId,
  name: z.string().min(1),
  kind: authorityKind,
  /** The year it was made, when the text or the overlay gives it. */
  year: z.number().int().min(1700).max(2100).nullable().default(null),
  /** True when the year is the editors' (`seeds/overlay.yaml`), not the text's: shown marked editorial. */
  yearByEditors: z.literal(true).optional(),
  /**
   * Where the year was read when the text writes none with the name: the date of the act that made
   * it (`dated-act`, its words "In 1989"), or the report day of an act told as just done
   * (`just-done`, its words "has signed"). The page says so beside the year.
   */
  yearFrom: z.object({ basis: z.enum(['dated-act', 'just-done']), words: z.string().min(1) }).optional(),
  /** Other names of it, as the sources write them. */
  aliases: z.array(z.string()).default([]),
  /**
   * Other words the sources use for it that name no instrument by themselves ("the new directive",
   * a designation's label): forms of it for the extract's aliases and for search, never "also called".
   */
  wordings: z.array(z.string()).optional(),
  mentions: z.array(mention).min(1),
  editorial: editorial.optional(),
  /** Ids its page had before (`seeds/overlay.yaml`): those addresses lead to its page. */
  formerIds: z.array(recordId).min(1).optional(),
});
export type Authority = z.infer<typeof authority>;
