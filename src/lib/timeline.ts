import type { Event, Source } from '../schemas/index.ts';
import { compareEventDates, yearGroup } from './event-dates.ts';
import { byPublication } from './provenance.ts';
import { bySourceOrder } from './source-order.ts';

/**
 * The timeline: dated events in order, grouped by year (decades apart), undated ones listed apart
 * in the order the sources report them (lib/source-order.ts); events of one date in that order too.
 */
export function timeline(events: Event[], sources: Source[]): { years: { year: string; events: Event[] }[]; undated: Event[] } {
  const reported = bySourceOrder(sources);
  const dated = events.filter((e) => e.date).sort((a, b) => compareEventDates(a.date, b.date) || reported(a, b));
  const years = new Map<string, Event[]>();
  for (const e of dated) {
    const y = yearGroup(e.date!);
    const list = years.get(y) ?? [];
    list.push(e);
    years.set(y, list);
  }
  return {
    years: [...years].map(([year, list]) => ({ year, events: list })),
    undated: events.filter((e) => !e.date).sort(reported),
  };
}

/** Up to this many events, the timeline is one page; beyond it, /events/ links a page per year. */
export const TIMELINE_ON_ONE_PAGE = 150;

/**
 * A list in timeline order split where its run of undated events begins, so the list says once
 * that the source gives them no date, under their own line, instead of once per event.
 */
export function splitUndated(events: Event[]): { dated: Event[]; undated: Event[] } {
  return { dated: events.filter((e) => e.date), undated: events.filter((e) => !e.date) };
}

/** The path of a year's page on the timeline: "/events/year/2025/", "/events/year/1990s/". */
export const yearPath = (year: string) => `/events/year/${year}/`;

/**
 * The first `max` items, and how many more there are. Record pages of a large corpus (an actor
 * named in a thousand articles) show a bounded number of quotes, and say how many they leave out.
 */
export function firstOf<T>(items: T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** A timeline heading as words of a sentence: a decade takes "the" ("of the 1990s"), a year does not. */
export const periodPhrase = (label: string) => (/^\d{3}0s$/u.test(label) ? `the ${label}` : label);

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
    // (a span, "in his first term", is no month's: it goes with its year's undivided events)
    if (!e.date || e.date.until || (e.date.precision !== 'day' && e.date.precision !== 'month')) {
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

/**
 * Undated events grouped by their source (a page each when crowded): sources in publication order,
 * each one's events in the order it reports them.
 */
export function undatedBySource(events: Event[], sources: Source[]): { source: string; events: Event[] }[] {
  const by = new Map<string, Event[]>();
  for (const e of [...events].sort(bySourceOrder(sources))) {
    if (e.date) continue;
    const key = e.source ?? '';
    const list = by.get(key) ?? [];
    list.push(e);
    by.set(key, list);
  }
  const rank = new Map([...sources].sort(byPublication).map((s, i) => [s.id, i]));
  const at = (id: string) => rank.get(id) ?? Infinity;
  return [...by].sort(([a], [b]) => at(a) - at(b) || a.localeCompare(b)).map(([source, list]) => ({ source, events: list }));
}
