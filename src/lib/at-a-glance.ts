import type { Actor, Authority, Event, EventDate, Source } from '../schemas/index.ts';
import { ACTOR_KIND_SINGULAR, AUTHORITY_KIND_SINGULAR } from './labels.ts';
import { boundOf, compareEventDates } from './event-dates.ts';
import { actorProvenance, authorityProvenance, eventProvenance, roleKeys, type Provenance } from './provenance.ts';
import { distinctPassages } from './passages.ts';
import { enquote } from './quote-marks.ts';

/** What the summary box at the top of a record page shows. */
export interface Glance {
  kind: string;
  roles: string[];
  /** Publication days (YYYY-MM-DD) and outlets of the first and last source that reports the record. */
  reported: { first: string; last: string; firstOutlet: string; lastOutlet: string } | null;
  /**
   * Dates worth seeing first: the record's earliest and latest events (`listed`: the page lists
   * them, with the editors' reason for a date they set; `reported`: the day an undated act was
   * reported on, not its date), a law's year.
   */
  keyDates: { label: string; date: EventDate; listed?: true; reported?: true; basis?: string }[];
  counts: { quotations: number; events: number; sources: number };
  /** What its quotations are: an actor's words, or the passages that name an authority. */
  quotationsAre: 'quotation' | 'passage';
  /** What its events are: its own, or (on an event page) the related ones. */
  eventsAre: 'event' | 'related event';
}

/** The summary box's "first and last reported", from the record's provenance (lib/provenance.ts). */
function reportedBy(p: Provenance): { sources: number; reported: Glance['reported'] } {
  const reported = p.first && p.last ? { first: p.first.published, last: p.last.published, firstOutlet: p.first.outlet, lastOutlet: p.last.outlet } : null;
  return { sources: p.sources.length, reported };
}

/**
 * The earliest and latest events (one when they are the same date). The latest counts a span to
 * its end ("between 2017 and 2021") and an undated act by the day it was reported on (the lead's
 * "reported on 8 August 2025"): a page about a directive reported that day is not "latest: April".
 */
function span(events: Event[]): Glance['keyDates'] {
  const dated = events.filter((e) => e.date).sort((a, b) => compareEventDates(a.date, b.date));
  const first = dated[0]?.date;
  if (!first) return [];
  const ends: { date: EventDate; end: EventDate; reported?: true }[] = [
    ...dated.map((e) => ({ date: e.date!, end: e.date!.until ? boundOf(e.date!.until) : e.date! })),
    ...events
      .filter((e) => !e.date && e.reported)
      .map((e) => {
        const day = boundOf(e.reported!);
        return { date: day, end: day, reported: true as const };
      }),
  ];
  // (of two that end alike, the one that starts later says more: a day reported over a long span)
  const later = (a: (typeof ends)[number], b: (typeof ends)[number]) =>
    compareEventDates(b.end, a.end) || compareEventDates(b.date, a.date);
  const last = ends.reduce((a, b) => (later(a, b) > 0 ? b : a));
  if (!last.reported && compareEventDates(first, last.date) === 0) return [{ label: 'Event date', date: first, listed: true }];
  return [
    { label: 'Earliest event', date: first, listed: true },
    { label: 'Latest event', date: last.date, listed: true, ...(last.reported ? { reported: true as const } : {}) },
  ];
}

/** An actor's summary: its events are those that name it. */
export function actorGlance(actor: Actor, events: Event[], sources: Source[]): Glance {
  const { sources: n, reported } = reportedBy(actorProvenance(actor, events, sources));
  return {
    kind: ACTOR_KIND_SINGULAR[actor.kind],
    roles: [...new Set(roleKeys(actor.roles.map((r) => r.role)).values())],
    reported,
    keyDates: span(events),
    counts: { quotations: actor.statements.length, events: events.length, sources: n },
    quotationsAre: 'quotation',
    eventsAre: 'event',
  };
}

/** Where a year the text writes with no name was read: "the year of the act that made it, dated from “In 1989”". */
export function yearBasis(from: NonNullable<Authority['yearFrom']>): string {
  return from.basis === 'dated-act'
    ? `the year of the act that made it, dated from ${enquote(from.words)}`
    : `the year of the report, which tells it as just done (${enquote(from.words)})`;
}

/** An authority's summary: its passages are the sentences that name it. */
export function authorityGlance(authority: Authority, events: Event[], sources: Source[]): Glance {
  const { sources: n, reported } = reportedBy(authorityProvenance(authority, events, sources));
  const byEditors = authority.yearByEditors ? { editorial: 'the sources give no year' } : {};
  const date: EventDate = { value: String(authority.year), precision: 'year', approximate: false, expression: String(authority.year), ...byEditors };
  const basis = authority.yearFrom && !authority.yearByEditors ? { basis: yearBasis(authority.yearFrom) } : {};
  const year: Glance['keyDates'] = authority.year ? [{ label: 'Year', date, ...basis }] : [];
  return {
    kind: AUTHORITY_KIND_SINGULAR[authority.kind],
    roles: [],
    reported,
    keyDates: [...year, ...span(events)],
    counts: { quotations: distinctPassages(authority.mentions).length, events: events.length, sources: n },
    quotationsAre: 'passage',
    eventsAre: 'event',
  };
}

/** An event's summary: one quotation, one source; its events are the related ones. */
export function eventGlance(event: Event, related: Event[], sources: Source[]): Glance {
  const { sources: n, reported } = reportedBy(eventProvenance(event, sources));
  return {
    kind: 'Event',
    roles: [],
    reported,
    keyDates: event.date ? [{ label: 'Date', date: event.date }] : [],
    counts: { quotations: 1 + (event.reports?.length ?? 0), events: related.length, sources: n },
    quotationsAre: 'quotation',
    eventsAre: 'related event',
  };
}
