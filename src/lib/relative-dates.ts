import type { Event } from '../schemas/index.ts';
import { enquote } from './quote-marks.ts';

export interface RelativeDate {
  /** How the date stands to the one it counts from. */
  relation: 'after' | 'before' | 'from';
  /** Days from the anchor, when the words give them ("two days later": 2). */
  offsetDays?: number;
  /**
   * The date lies early in a period the text named ("Early on", after "in her second term"), which
   * began with what the anchor's sentence tells ("When she returned to office in March, …"): the
   * period's start is dated there, not the act of that sentence.
   */
  opens?: true;
}

const byIdCache = new WeakMap<Event[], Map<string, Event>>();

/**
 * What a date counts from, as the extraction recorded it (`date.anchor`): the event it names,
 * with how the date stands to it. Null when the date counts from no event (a date the words give
 * by themselves, or counted from the publication day), or when that event is not in the list.
 */
export function relativeAnchor(event: Event, events: Event[]): (RelativeDate & { anchor: Event }) | null {
  const a = event.date?.anchor;
  if (a?.kind !== 'event') return null;
  let byId = byIdCache.get(events);
  if (!byId) byIdCache.set(events, (byId = new Map(events.map((e) => [e.id, e]))));
  const anchor = byId.get(a.event);
  if (!anchor) return null;
  // a date taken from an event and placed after it ("Early on", from the start of a period): `after`
  const opens = a.relation === 'from' && event.date?.inferred && event.date.after ? { opens: true as const } : {};
  return { relation: a.relation, ...(a.offsetDays !== undefined ? { offsetDays: a.offsetDays } : {}), ...opens, anchor };
}

/**
 * The words that lead to the linked event, whose title follows (with its own capital): "Two days
 * later, after this event:", "“Ahead of the vote”: the date is taken from this event:", "“Early
 * on”: early in the period the text names, whose start the sentence of this event dates:", and with no days
 * counted, "“after the floods of …”: it comes after this event:".
 */
export function countedFromLead(expression: string, rel: RelativeDate): string {
  if (rel.opens) return `${enquote(expression)}: early in the period the text names, whose start the sentence of this event dates:`;
  if (rel.relation === 'from') return `${enquote(expression)}: the date is taken from this event:`;
  if (rel.offsetDays === undefined) return `${enquote(expression)}: it comes ${rel.relation} this event:`;
  return `${expression.replace(/^./u, (c) => c.toUpperCase())}, ${rel.relation} this event:`;
}
