import { z } from 'zod';
import { evidence, recordId } from './common.ts';

export const datePrecisions = ['day', 'month', 'year', 'decade'] as const;

/** A date as precise as the text supports, resolved against the publication date. */
export const eventDate = z.object({
  /** YYYY, YYYY-MM or YYYY-MM-DD (a decade is written as its first year, e.g. "1990"). */
  value: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  precision: z.enum(datePrecisions),
  /** True when the words only place it roughly ("two weeks ago", "late last month"). */
  approximate: z.boolean(),
  /** The words of the text the date comes from. */
  expression: z.string().min(1),
  /**
   * True when the sentence itself gives no date and the date comes from its paragraph ("In
   * 1989, …" earlier in the paragraph): inferred, never stated, and shown as such.
   */
  fromContext: z.literal(true).optional(),
});
export type EventDate = z.infer<typeof eventDate>;

/** Something that happened or was announced, traced to its sentence. */
export const event = evidence.extend({
  id: recordId,
  summary: z.string().min(1),
  /** Null when the text gives no date: an event never gets an invented one. */
  date: eventDate.nullable(),
  /**
   * For an article's lead event that the text leaves undated: the publication day it was
   * reported on ("reported on 8 August 2025"), which is not the day of the act.
   */
  reported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  actors: z.array(recordId).default([]),
  authorities: z.array(recordId).default([]),
});
export type Event = z.infer<typeof event>;
