import type { Event } from '../schemas/index.ts';
import { compareEventDates, yearGroup } from './event-dates.ts';

/** The timeline: dated events in order, grouped by year (decades apart), undated ones listed apart. */
export function timeline(events: Event[]): { years: { year: string; events: Event[] }[]; undated: Event[] } {
  const dated = events.filter((e) => e.date).sort((a, b) => compareEventDates(a.date, b.date) || a.id.localeCompare(b.id));
  const years = new Map<string, Event[]>();
  for (const e of dated) {
    const y = yearGroup(e.date!);
    const list = years.get(y) ?? [];
    list.push(e);
    years.set(y, list);
  }
  return {
    years: [...years].map(([year, list]) => ({ year, events: list })),
    undated: events.filter((e) => !e.date).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Up to this many events, the timeline is one page; beyond it, /events/ links a page per year. */
export const TIMELINE_ON_ONE_PAGE = 150;

/** The path of a year's page on the timeline: "/events/year/2025/", "/events/year/1990s/". */
export const yearPath = (year: string) => `/events/year/${year}/`;

/**
 * The first `max` items, and how many more there are. Record pages of a large corpus (an actor
 * named in a thousand articles) show a bounded number of quotes, and say how many they leave out.
 */
export function firstOf<T>(items: T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
