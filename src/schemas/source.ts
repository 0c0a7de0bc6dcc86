import { z } from 'zod';
import { isoDay, recordId } from './common.ts';

/** One paragraph of an article's body, with an id derived from its own words. */
export const paragraph = z.object({
  id: z.string().regex(/^p-[a-z0-9-]+$/, 'a paragraph id such as "p-on-thursday-the-justice-1a2b"'),
  text: z.string().min(1),
});
export type Paragraph = z.infer<typeof paragraph>;

/** The metadata sidecar kept beside each article in seeds/ (YAML). */
export const sourceMeta = z.object({
  /** Stable id of the source; derived from outlet, date and title when absent. */
  id: recordId.optional(),
  title: z.string().min(1),
  outlet: z.string().min(1),
  /** Address of the article as published, when known. */
  url: z.url().optional(),
  /** The news agency whose story the outlet carries, when the capture credits one, e.g. "The Associated Press". */
  agency: z.string().min(1).optional(),
  /** Publication day, YYYY-MM-DD: every relative date in the text is resolved against it. */
  published: isoDay,
  /** SHA-256 of the article file as captured; when given, ingest refuses a file that differs. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits').optional(),
});
export type SourceMeta = z.infer<typeof sourceMeta>;

/** A source article as the site stores it: metadata, caption and paragraphs. */
export const source = z.object({
  id: recordId,
  title: z.string().min(1),
  outlet: z.string().min(1),
  /** Address of the article as published, when the sidecar records it. */
  url: z.url().optional(),
  /** The news agency whose story the outlet carries, as its sidecar credits it ("The Associated Press"). */
  agency: z.string().min(1).optional(),
  published: isoDay,
  /** The photo caption, kept apart from the story's paragraphs. */
  caption: z.string().optional(),
  /** The seed file it was ingested from, relative to the repository. */
  file: z.string(),
  paragraphs: z.array(paragraph).min(1),
});
export type Source = z.infer<typeof source>;
