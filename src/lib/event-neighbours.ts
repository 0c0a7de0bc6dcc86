import type { Event, Source } from '../schemas/index.ts';
import { eventsWith } from './relations.ts';
import { timeline } from './timeline.ts';

type Side = 'actors' | 'authorities';

// Every index here is built once per list of events: an event page asks for its neighbours,
// and rebuilding per page would grow with events × events.
const orders = new WeakMap<Event[], { list: Event[]; at: Map<string, number> }>();

/**
 * The events in the timeline's order (dated by date, then undated in the sources' order), with each
 * one's position: exactly the order the timeline's lists show.
 */
export function timelineOrder(events: Event[], sources: Source[]): { list: Event[]; at: Map<string, number> } {
  let o = orders.get(events);
  if (!o) {
    const t = timeline(events, sources);
    const list = [...t.years.flatMap((y) => y.events), ...t.undated];
    o = { list, at: new Map(list.map((e, i) => [e.id, i])) };
    orders.set(events, o);
  }
  return o;
}

/** Some of the events (a record's), in the timeline's order: the order every list and Previous/Next follow. */
export function inTimelineOrder(some: Event[], events: Event[], sources: Source[]): Event[] {
  const { at } = timelineOrder(events, sources);
  return [...some].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity) || a.id.localeCompare(b.id));
}

/** The events just before and after this one on the timeline. */
export function previousAndNext(event: Event, events: Event[], sources: Source[]): { previous: Event | null; next: Event | null } {
  const { list, at } = timelineOrder(events, sources);
  const i = at.get(event.id);
  if (i === undefined) return { previous: null, next: null };
  return { previous: list[i - 1] ?? null, next: list[i + 1] ?? null };
}

export interface RelatedEvent {
  event: Event;
  /** The actors and authorities it shares with the event. */
  shared: { actors: string[]; authorities: string[] };
}

const sideOrders = new WeakMap<Event[], Map<string, { list: Event[]; at: Map<string, number> }>>();
function withInOrder(events: Event[], sources: Source[], side: Side, id: string) {
  let bySide = sideOrders.get(events);
  if (!bySide) sideOrders.set(events, (bySide = new Map()));
  const key = `${side}|${id}`;
  let o = bySide.get(key);
  if (!o) {
    const { at } = timelineOrder(events, sources);
    const list = eventsWith(events, side, id).sort((a, b) => at.get(a.id)! - at.get(b.id)!);
    o = { list, at: new Map(list.map((e, i) => [e.id, i])) };
    bySide.set(key, o);
  }
  return o;
}

/** How far along an actor's or authority's own events a related event is looked for. */
const WINDOW = 12;

/**
 * Events that share an actor or an authority with this one: the most shared first, then the
 * nearest on the timeline. For a record named in thousands of events, only its events near this
 * one on the timeline are considered, so the cost per page stays bounded.
 */
export function relatedEvents(event: Event, events: Event[], sources: Source[], max = 8): RelatedEvent[] {
  const { at } = timelineOrder(events, sources);
  const found = new Map<string, RelatedEvent>();
  for (const side of ['actors', 'authorities'] as const)
    for (const id of new Set(event[side])) {
      const o = withInOrder(events, sources, side, id);
      const i = o.at.get(event.id) ?? 0;
      for (const e of o.list.slice(Math.max(0, i - WINDOW), i + WINDOW + 1)) {
        if (e.id === event.id) continue;
        const r = found.get(e.id) ?? { event: e, shared: { actors: [], authorities: [] } };
        if (!r.shared[side].includes(id)) r.shared[side].push(id);
        found.set(e.id, r);
      }
    }
  const here = at.get(event.id) ?? 0;
  const strength = (r: RelatedEvent) => r.shared.actors.length + r.shared.authorities.length;
  return [...found.values()]
    .sort((a, b) => strength(b) - strength(a) || Math.abs(at.get(a.event.id)! - here) - Math.abs(at.get(b.event.id)! - here) || a.event.id.localeCompare(b.event.id))
    .slice(0, max);
}
