import { z } from 'zod';

/** A URL-safe record id: lowercase words joined by hyphens. It never changes once published. */
export const recordId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens, e.g. "marco-rubio"');

/** A calendar day written YYYY-MM-DD that really exists (2025-02-30 is refused). */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'a real calendar date');

/** Where a fact comes from: a paragraph of a source and the exact words that support it. */
export const evidence = z.object({
  /** Id of the source article (absent only in the single-article extract JSON). */
  source: recordId.optional(),
  /** Id of the paragraph on the source page. */
  paragraph: z.string().min(1),
  /** An exact substring of that paragraph's text. */
  quote: z.string().min(1),
});
export type Evidence = z.infer<typeof evidence>;

/** A mention of an actor or authority: the sentence that names it, and the naming words. */
export const mention = evidence.extend({
  /** The words that name the record, exactly as written; a substring of `quote`. */
  text: z.string().min(1),
  /**
   * The name only qualifies or places something else ("U.S. law", "drugs toward Mexico"): the
   * sentence names the record in passing and says nothing about it.
   */
  inPassing: z.literal(true).optional(),
});
export type Mention = z.infer<typeof mention>;

/** Facts the text cannot give, added by an editor: always shown marked as editorial, with a link. */
export const editorial = z.object({
  /** A short neutral description. */
  description: z.string().optional(),
  /** The official citation, e.g. "18 U.S.C. § 1385". */
  citation: z.string().optional(),
  /**
   * For an act made under a law or order (a designation): that law's citation, e.g. "8 U.S.C. §
   * 1189". It is not the act's own citation, and `url` then links that law.
   */
  madeUnder: z.string().optional(),
  /** A link to an official source for the citation or description. */
  url: z.url().optional(),
  /**
   * The record's full name is the editors': the sources write only part of it (a surname).
   * The page that gives the full name.
   */
  fullNameSource: z.url().optional(),
  /** The year an instrument was made, when no source gives it. */
  year: z.number().int().min(1700).max(2100).optional(),
  /** The record's name is the editors' (the sources give it none of its own): why they named it so. */
  nameReason: z.string().min(1).max(200).optional(),
});
export type Editorial = z.infer<typeof editorial>;
