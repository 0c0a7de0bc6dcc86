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
  /**
   * True when no words of the sentence give the date: it is inferred, taken from the event its
   * anchor names ("Ahead of the operation", "Early on") or from its paragraph (`fromContext`).
   * Absent: stated, the sentence's own words give it (counted, maybe, from its anchor: "two days later").
   */
  inferred: z.literal(true).optional(),
  /**
   * What the date counts from, as the extraction resolved it: another event of the same source
   * ("Two days later": `relation` 'after', `offsetDays` 2; "Ahead of the operation": 'from', its
   * date taken from that event's; "after the attacks of …": 'after'), or the publication day
   * ("two weeks ago", "On Thursday", "In February"). Absent for a date the words give by
   * themselves ("In 1989", "Sept. 11, 2001").
   */
  anchor: z
    .discriminatedUnion('kind', [
      z.object({
        kind: z.literal('event'),
        event: recordId,
        relation: z.enum(['after', 'before', 'from']),
        offsetDays: z.number().int().optional(),
      }),
      z.object({ kind: z.literal('published') }),
    ])
    .optional(),
  /** The part of its period the text places it in ("late last month": 'late'): where it sorts within the period. */
  within: z.enum(['early', 'mid', 'late']).optional(),
  /**
   * The date of the event the text places this one after ("after the attacks of Sept. 11,
   * 2001": '2001-09-11', the anchor's date): it sorts after that date, though it is known only to its year.
   */
  after: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  /** The date of the event the text places this one before ("Ahead of the operation"): it sorts before that date. */
  before: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  /**
   * The end of a span the date opens ("in his first term": from 2017 until 2021): the act lies
   * somewhere in it, and the page says so ("between 2017 and 2021"), never the first year alone.
   */
  until: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  /**
   * Set when the editors gave this date (`seeds/overlay.yaml`), not the text: their reason. The
   * page marks it editorial; `expression` then keeps the words the text gave, if any.
   */
  editorial: z.string().min(1).optional(),
  /**
   * With `editorial`: the editors gave days to words of the source ("In his first term"), which
   * `expression` keeps; the page says the words are the source's and the days the editors'.
   */
  wordsOfSource: z.literal(true).optional(),
});
export type EventDate = z.infer<typeof eventDate>;

/** Another source's report of the same happening: its own sentence, and the date it gives. */
export const eventReport = evidence.extend({
  source: recordId,
  date: eventDate.nullable(),
});
export type EventReport = z.infer<typeof eventReport>;

/** One value that one source gives for something the sources disagree on. */
export const reportedValue = evidence.extend({
  source: recordId,
  value: z.string().min(1),
});

/**
 * Something the sources disagree on ("date", "place", or a figure such as "killed"), with each
 * value beside its own source: shown side by side, never averaged or overwritten.
 */
export const difference = z.object({
  about: z.string().min(1),
  values: z.array(reportedValue).min(2),
});
export type Difference = z.infer<typeof difference>;

/**
 * Something that happened or was announced, traced to its sentence. When several sources report
 * it, the record's own evidence is the earliest report and `reports` holds the others.
 */
export const event = evidence.extend({
  id: recordId,
  /** The source sentence's own words, resolved in brackets where they refer back: the event's title in full. */
  summary: z.string().min(1),
  /**
   * A short title: `summary` by deletion only (no leading date phrase, appositions, asides,
   * non-restrictive relative or trailing participial clauses, unnamed attribution where the
   * unnamed-sources label stands beside it); `summary` itself when no cut is sure.
   */
  headline: z.string().min(1),
  /** Null when the text gives no date: an event never gets an invented one. */
  date: eventDate.nullable(),
  /**
   * For an article's lead event that the text leaves undated: the publication day it was
   * reported on ("reported on 8 August 2025"), which is not the day of the act.
   */
  reported: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  actors: z.array(recordId).default([]),
  /**
   * The actors (a subset of `actors`) who act: those of the act's subject, or of "by …" after a
   * passive. The others are what the act is done to or mentioned with it. Empty when unknown.
   */
  agents: z.array(recordId).default([]),
  authorities: z.array(recordId).default([]),
  /** The same happening as other sources report it, in order of publication (absent: one source). */
  reports: z.array(eventReport).min(1).optional(),
  /** Where those sources disagree (absent: they agree, or there is one). */
  differences: z.array(difference).min(1).optional(),
  /**
   * What the editors changed (`seeds/overlay.yaml`), each with their reason, shown marked
   * editorial: the headline they wrote, the actors they added. (A date they gave carries its own
   * `date.editorial`.) Absent: nothing.
   */
  editorial: z
    .object({
      headline: z.string().min(1).optional(),
      actors: z.array(z.object({ id: recordId, reason: z.string().min(1) })).min(1).optional(),
    })
    .optional(),
  /** Ids this event's page had before (overlay `formerIds`): their addresses lead to it. */
  formerIds: z.array(recordId).min(1).optional(),
});
export type Event = z.infer<typeof event>;
