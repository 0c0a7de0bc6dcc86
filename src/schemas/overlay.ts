import { z } from 'zod';
import { actorKind } from './actor.ts';
import { authorityKind } from './authority.ts';
import { editorial, recordId } from './common.ts';

/** Why the editors correct what the extractor found: required, one short line. */
export const REASON_MAX = 200;
const reason = z
  .string({ error: (i) => (i.input === undefined ? 'needs a short `reason` (why the editors change it)' : 'a reason is text') })
  .trim()
  .min(1, 'needs a short `reason` (why the editors change it)')
  .max(REASON_MAX, `a reason is short: at most ${REASON_MAX} characters`);

/** A real YYYY, YYYY-MM or YYYY-MM-DD (an unquoted year in YAML is a number: taken as written). */
const DATE_WORDS = 'a date written YYYY, YYYY-MM or YYYY-MM-DD';
export const overlayDate = z.preprocess(
  (v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
  z
    .string({ error: DATE_WORDS })
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, DATE_WORDS)
    .refine((s) => {
      if (s.length === 4) return true;
      const full = s.length === 7 ? `${s}-01` : s;
      const d = new Date(`${full}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === full;
    }, 'a real month or calendar day'),
);

/** Removing something the extractor found, by the words the site shows, with the editors' reason. */
const dropRole = z.object({ role: z.string().min(1), reason }).strict();
const dropAlias = z.object({ alias: z.string().min(1), reason }).strict();

/** Corrections and additions for one actor or authority, keyed by its record id. */
const actorPatch = z
  .object({
    id: recordId,
    name: z.string().optional(),
    kind: actorKind.optional(),
    /** Surface forms that name this record; the extractor merges them into it. */
    aliases: z.array(z.string()).default([]),
    editorial: editorial.optional(),
    /** Roles the extractor gave that are wrong, by their words as shown ("described as a ..."). */
    dropRoles: z.array(dropRole).default([]),
    /** Other names the extractor gave that are not this record's. */
    dropAliases: z.array(dropAlias).default([]),
    /** Ids this record's page had before (a rule renamed it): their addresses lead to it. */
    formerIds: z.array(recordId).default([]),
  })
  .strict();
const authorityPatch = actorPatch
  .omit({ kind: true, dropRoles: true })
  .extend({
    kind: authorityKind.optional(),
    year: z.number().int().optional(),
  })
  .strict();

/** One actor of an event added or removed, by actor id, with the editors' reason. */
const eventActorFix = z.object({ id: recordId, reason }).strict();
/**
 * An actor the editors remove; `inPassing: true` when the sentence names it only in passing, as a
 * qualifier or a place ("the Ostria action"): its page then lists the sentence apart.
 */
const droppedActor = eventActorFix
  .extend({ inPassing: z.literal(true, { error: '`inPassing` is `true` (or leave it out)' }).optional() })
  .strict();
/** An actor the editors add; `agent: true` when it is the one who acts ("those governments" shot the planes down). */
const addedActor = eventActorFix.extend({ agent: z.literal(true, { error: '`agent` is `true` (or leave it out)' }).optional() }).strict();

/**
 * Corrections of one event, keyed by its id as on the site (`/events/<id>/`): `drop: true` with a
 * `reason` (it is no event), or fixes, each with its own reason: `date`, `headline`, `addActors`,
 * `dropActors`.
 */
const eventPatch = z
  .object({
    id: recordId,
    drop: z.literal(true, { error: '`drop` is `true` (or leave it out)' }).optional(),
    /** With `drop` only: why it is no event. */
    reason: reason.optional(),
    /**
     * `until`: the end of a span ("in his first term"), after `value`. `words`: the source's own
     * words the editors give days to ("In his first term"), shown as what the source says.
     */
    date: z
      .object({ value: overlayDate, until: overlayDate.optional(), words: z.string().trim().min(1).optional(), reason })
      .strict()
      .refine((d) => d.until === undefined || d.until > d.value, { message: '`until` comes after `value`', path: ['until'] })
      .optional(),
    headline: z.object({ text: z.string().trim().min(1, 'the headline is empty'), reason }).strict().optional(),
    addActors: z.array(addedActor).default([]),
    dropActors: z.array(droppedActor).default([]),
    /** Ids this event's page had before (its id changed): their addresses lead to it. */
    formerIds: z.array(recordId).default([]),
  })
  .strict()
  .superRefine((p, ctx) => {
    const fixes = [p.date && 'date', p.headline && 'headline', p.addActors.length && 'addActors', p.dropActors.length && 'dropActors', p.formerIds.length && 'formerIds'].filter((k): k is string => !!k);
    if (p.drop) {
      if (p.reason === undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: '`drop: true` needs a short `reason` (why it is no event)' });
      if (fixes.length) ctx.addIssue({ code: 'custom', path: [fixes[0]!], message: 'a dropped event takes no other fix (remove `drop` or the fix)' });
      return;
    }
    if (p.reason !== undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a `reason` here goes with `drop: true`; a fix carries its own (`date: { value, reason }`)' });
    else if (!fixes.length) ctx.addIssue({ code: 'custom', path: [], message: 'says nothing to change (give `drop: true` or a fix: date, headline, addActors, dropActors, formerIds)' });
    const added = new Set(p.addActors.map((a) => a.id));
    p.dropActors.forEach((d, i) => {
      if (added.has(d.id)) ctx.addIssue({ code: 'custom', path: ['dropActors', i, 'id'], message: 'both added and dropped (keep one)' });
    });
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
  /** Corrections of extracted events, by event id: drop one, or fix its date, headline or actors. */
  events: uniqueIds(eventPatch).default([]),
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
