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
