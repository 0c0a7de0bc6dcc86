import type { Actor, Authority, Event, Source } from '../schemas/index.ts';
import type { Cited } from './quote-links.ts';
import { formatDay } from './site.ts';
import { formatEventDate } from './event-dates.ts';
import { count } from './reading-order.ts';
import { distinctPassages } from './passages.ts';

/** The kinds of fact a source can give about a record, as the site names them. */
export type FactKind = 'mention' | 'role' | 'statement' | 'event' | 'report';

const NOUNS: Record<FactKind, [string, string]> = {
  // a sentence that names the record, however often: the passages "What the sources say" lists
  mention: ['passage', 'passages'],
  role: ['role', 'roles'],
  statement: ['quotation', 'quotations'],
  event: ['event', 'events'],
  report: ['report', 'reports'],
};
const ORDER: FactKind[] = ['report', 'role', 'statement', 'mention', 'event'];

/** One source's share of a record: how many facts of each kind, and the first of them to link to. */
export interface SourceShare {
  source: Source;
  counts: Partial<Record<FactKind, number>>;
  /** The first fact this source gives, in the record's own order: a link to its paragraph. */
  first: Cited;
}

/** Which sources report a record, in order of publication, and the first and last of them. */
export interface Provenance {
  sources: SourceShare[];
  first: Source | null;
  last: Source | null;
}

/** Publication order: the day, then the source id (so a tie always falls the same way). */
export function byPublication(a: Source, b: Source): number {
  return a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The sources sorted by publication, once per list. */
const ordered = new WeakMap<Source[], Map<string, Source>>();
function sourceIndex(sources: Source[]): Map<string, Source> {
  let m = ordered.get(sources);
  if (!m) ordered.set(sources, (m = new Map([...sources].sort(byPublication).map((s) => [s.id, s]))));
  return m;
}

/** The id of a fact's source: its own, else the only source of a one-source corpus. */
export function sourceOf(fact: { source?: string | undefined }, sources: Source[]): string | undefined {
  return fact.source ?? (sources.length === 1 ? sources[0]!.id : undefined);
}

type Fact = Cited & { kind: FactKind };

/** Provenance of any list of facts: grouped by source, sources in publication order. */
export function provenanceOf(facts: Fact[], sources: Source[]): Provenance {
  const index = sourceIndex(sources);
  const shares = new Map<string, SourceShare>();
  for (const f of facts) {
    const id = sourceOf(f, sources);
    const source = id ? index.get(id) : undefined;
    if (!source) continue;
    let share = shares.get(source.id);
    if (!share) shares.set(source.id, (share = { source, counts: {}, first: { source: source.id, paragraph: f.paragraph, quote: f.quote } }));
    share.counts[f.kind] = (share.counts[f.kind] ?? 0) + 1;
  }
  const list = [...shares.values()].sort((a, b) => byPublication(a.source, b.source));
  return { sources: list, first: list[0]?.source ?? null, last: list.at(-1)?.source ?? null };
}

const as = (kind: FactKind) => (c: Cited): Fact => ({ source: c.source, paragraph: c.paragraph, quote: c.quote, kind });

/** An event's own report and the other sources' reports of it. */
function eventReports(e: Event): Cited[] {
  return [e, ...(e.reports ?? [])];
}

/** Every source's report of an event, in order of publication (its own first on a tie). */
export function reportsInOrder(e: Event, sources: Source[]): Cited[] {
  const index = sourceIndex(sources);
  const rank = new Map([...index.keys()].map((id, i) => [id, i]));
  const at = (c: Cited) => rank.get(sourceOf(c, sources) ?? '') ?? Number.MAX_SAFE_INTEGER;
  return eventReports(e).map((c, i) => ({ c, i })).sort((a, b) => at(a.c) - at(b.c) || a.i - b.i).map((x) => x.c);
}

/** An actor's sources: its mentions, roles and quotations, and the events that name it. */
export function actorProvenance(actor: Actor, events: Event[], sources: Source[]): Provenance {
  return provenanceOf(
    [...actor.roles.map(as('role')), ...actor.statements.map(as('statement')), ...distinctPassages(actor.mentions).map(as('mention')), ...events.flatMap(eventReports).map(as('event'))],
    sources,
  );
}

/** An authority's sources: the passages that name it and the events that involve it. */
export function authorityProvenance(authority: Authority, events: Event[], sources: Source[]): Provenance {
  return provenanceOf([...distinctPassages(authority.mentions).map(as('mention')), ...events.flatMap(eventReports).map(as('event'))], sources);
}

/** An event's sources: its own report, then every other source's report of the same happening. */
export function eventProvenance(event: Event, sources: Source[]): Provenance {
  return provenanceOf(eventReports(event).map(as('report')), sources);
}

/** "2 mentions, 1 quotation": a source's share in words, in a fixed order of kinds. */
export function shareLabel(share: SourceShare): string {
  return ORDER.filter((k) => share.counts[k]).map((k) => count(share.counts[k]!, ...NOUNS[k])).join(', ');
}

/**
 * "First reported 8 August 2025 (WLRN), last 6 November 2025 (The Outlet)", or with one source
 * "Reported 8 August 2025 (WLRN)": by publication day, never by when the site was built.
 */
export function reportedLine(p: Provenance): string | null {
  if (!p.first || !p.last) return null;
  const at = (s: Source) => `${formatDay(s.published)} (${s.outlet})`;
  return p.sources.length === 1 ? `Reported ${at(p.first)}` : `First reported ${at(p.first)}, last ${at(p.last)}`;
}

/** A role as the sources state it, with every source that states it, in order of publication. */
export interface SourcedRole {
  role: string;
  cites: Cited[];
}

/** Roles grouped by their words (each once), each with all its citations, earliest source first. */
export function sourcedRoles(roles: Actor['roles'], sources: Source[]): SourcedRole[] {
  const index = sourceIndex(sources);
  const rank = new Map([...index.keys()].map((id, i) => [id, i]));
  const by = new Map<string, SourcedRole>();
  const keyOf = roleKeys(roles.map((r) => r.role));
  roles.forEach((r) => {
    const key = keyOf.get(r.role)!;
    const entry = by.get(key) ?? { role: key, cites: [] };
    entry.cites.push(r);
    by.set(key, entry);
  });
  const at = (c: Cited) => rank.get(sourceOf(c, sources) ?? '') ?? Number.MAX_SAFE_INTEGER;
  for (const e of by.values()) e.cites = e.cites.map((c, i) => ({ c, i })).sort((a, b) => at(a.c) - at(b.c) || a.i - b.i).map((x) => x.c);
  return [...by.values()];
}

/**
 * Each role as it is listed: one spelling per role whatever its case ("Secretary of State",
 * "secretary of state"), and a bare title that begins a fuller one of the same actor ("President",
 * "President of Mexico") listed as the fuller one, which says the same and more.
 */
export function roleKeys(roles: string[]): Map<string, string> {
  const spelling = new Map<string, string>();
  for (const r of roles) if (!spelling.has(r.toLowerCase())) spelling.set(r.toLowerCase(), r);
  const lower = [...spelling.keys()];
  const fuller = (k: string) => lower.find((o) => o !== k && o.startsWith(`${k} `)) ?? k;
  return new Map(roles.map((r) => [r, spelling.get(fuller(r.toLowerCase()))!]));
}

/** What a difference is about, as a heading: "Date", "Place", "Figure: killed". */
export function differenceLabel(about: string): string {
  if (about === 'date') return 'Date';
  if (about === 'place') return 'Place';
  return `Figure: ${about}`;
}

/** A value one source gives: an ISO date as the site writes dates, anything else as written. */
export function differenceValue(about: string, value: string): string {
  if (about !== 'date' || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return value;
  const precision = value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
  return formatEventDate({ value, precision, approximate: false, expression: value });
}

/** How many sources a record page lists at each end, the earliest and the latest. */
export const SOURCES_AT_EACH_END = 6;

/**
 * The sources a record page lists: all of them when they are few; else the earliest and the
 * latest, and between them how many more and over which days (a record every article names
 * would otherwise list a thousand sources and outweigh the page budget).
 */
export function listedSources(p: Provenance, atEachEnd = SOURCES_AT_EACH_END): { earliest: SourceShare[]; latest: SourceShare[]; between: { count: number; from: string; to: string } | null } {
  if (p.sources.length <= 2 * atEachEnd + 1) return { earliest: p.sources, latest: [], between: null };
  const middle = p.sources.slice(atEachEnd, -atEachEnd);
  return {
    earliest: p.sources.slice(0, atEachEnd),
    latest: p.sources.slice(-atEachEnd),
    between: { count: middle.length, from: middle[0]!.source.published, to: middle.at(-1)!.source.published },
  };
}
