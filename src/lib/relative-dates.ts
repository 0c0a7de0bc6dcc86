import type { Event } from '../schemas/index.ts';
import { enquote } from './quote-marks.ts';

export interface RelativeDate {
  /** How the date stands to the one it counts from. */
  relation: 'after' | 'before' | 'from';
  /** Days from the anchor, when the words give them ("two days later": 2). */
  offsetDays?: number;
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
  return { relation: a.relation, ...(a.offsetDays !== undefined ? { offsetDays: a.offsetDays } : {}), anchor };
}

/**
 * The words that lead to the linked event: "Two days later, after", "“Early on”: the date is
 * taken from", and with no days counted, "“after the floods of …”: it comes after".
 */
export function countedFromLead(expression: string, rel: RelativeDate): string {
  if (rel.relation === 'from') return `${enquote(expression)}: the date is taken from`;
  if (rel.offsetDays === undefined) return `${enquote(expression)}: it comes ${rel.relation}`;
  return `${expression.replace(/^./u, (c) => c.toUpperCase())}, ${rel.relation}`;
}
