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

/** The path of a month's page on the timeline: "/events/month/2025-08/". */
export const monthPath = (month: string) => `/events/month/${month}/`;

/**
 * A year's events split by month (events dated to the day or month), in order, and those the
 * source dates only to the year. Crowded years link a page per month.
 */
export function monthsOf(events: Event[]): { months: { month: string; events: Event[] }[]; yearOnly: Event[] } {
  const months = new Map<string, Event[]>();
  const yearOnly: Event[] = [];
  for (const e of events) {
    if (!e.date || (e.date.precision !== 'day' && e.date.precision !== 'month')) {
      yearOnly.push(e);
      continue;
    }
    const m = e.date.value.slice(0, 7);
    const list = months.get(m) ?? [];
    list.push(e);
    months.set(m, list);
  }
  return { months: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, list]) => ({ month, events: list })), yearOnly };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2025-08" -> "August 2025". */
export const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The path of a source's undated events: "/events/undated/<source id>/". */
export const undatedPath = (source: string) => `/events/undated/${source}/`;

/** Undated events grouped by their source, sources in id order (a page each when crowded). */
export function undatedBySource(events: Event[]): { source: string; events: Event[] }[] {
  const by = new Map<string, Event[]>();
  for (const e of events) {
    if (e.date) continue;
    const key = e.source ?? '';
    const list = by.get(key) ?? [];
    list.push(e);
    by.set(key, list);
  }
  return [...by].sort(([a], [b]) => a.localeCompare(b)).map(([source, list]) => ({ source, events: list }));
}
