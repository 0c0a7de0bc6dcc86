import type { Actor, Authority, Event, Source } from '../schemas/index.ts';
import { asOfDay } from './cite-page.ts';
import type { Corpus } from '../schemas/index.ts';
import { actorProvenance, authorityProvenance, byPublication, eventProvenance, sourceOf, type Provenance } from './provenance.ts';
import { count } from './reading-order.ts';
import { enquote } from './quote-marks.ts';
import { nameByEditors } from './editorial.ts';
import { bySourceOrder } from './source-order.ts';
import type { Collection } from './urls.ts';

/** A record an update names: where its page is and what it is called. */
export interface RecordRef {
  collection: Exclude<Collection, 'sources'>;
  id: string;
  name: string;
  /** An event's sentence: its title is flagged where the source names none of its sources. */
  quote?: string;
  /** An event whose title the editors wrote: their reason, for the mark beside it. */
  editorialTitle?: string;
  /** A record whose name is the editors' (`nameByEditors`): the note for the mark beside it. */
  editorialName?: string;
}

/** What one source article added about a record that an earlier article had already reported. */
export interface Extension {
  record: RecordRef;
  /** Roles no earlier source stated, in the words of this one. */
  roles: string[];
  /** Other names first used by this source. */
  aliases: string[];
  /** Quotations no earlier source carried. */
  statements: number;
  /** Passages of this source that name the record. */
  mentions: number;
  /** For an event: this source's reports of it. */
  reports: number;
  /** For an event: what this source gives a value for that the sources disagree on ("date"). */
  differs: string[];
}

/** One entry of /updates/ and the Atom feed: a source article and what it added. */
export interface Update {
  source: Source;
  /** The entry's id on /updates/ (the anchor the feed links to). */
  anchor: string;
  /** Actors, then authorities, first reported by this source. */
  records: RecordRef[];
  /** Events first reported by this source, in the order it reports them (its lead first). */
  events: RecordRef[];
  /** New facts about records an earlier source reported: actors, authorities, events. */
  extensions: Extension[];
}

/** The id of a source's entry on /updates/. */
export const updateAnchor = (source: string) => `from-${source}`;

const key = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const byName = (a: RecordRef, b: RecordRef) => {
  const x = key(a.name);
  const y = key(b.name);
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/**
 * For each item, the source that first gives it (by publication), keyed by `keyOf`: a role's
 * words, a quotation's words. An item is new in the source that gives it first.
 */
function firstSources<T extends { source?: string | undefined }>(items: T[], keyOf: (t: T) => string, sources: Source[], rank: Map<string, number>): Map<string, string> {
  const first = new Map<string, string>();
  for (const it of items) {
    const id = sourceOf(it, sources);
    if (!id || !rank.has(id)) continue;
    const k = keyOf(it);
    const had = first.get(k);
    if (had === undefined || rank.get(id)! < rank.get(had)!) first.set(k, id);
  }
  return first;
}

/**
 * What each source article added, in order of publication (ties by source id): the records and
 * events it reported first, and the new facts it gave about records reported before it. Computed
 * from the collections alone, so the same content always gives the same updates.
 */
export function updates(corpus: Corpus): Update[] {
  let list = computed.get(corpus);
  if (!list) computed.set(corpus, (list = compute(corpus)));
  return list;
}

// Once per corpus: the page, its month pages, the feed and the sitemap all read it.
const computed = new WeakMap<Corpus, Update[]>();

function compute(corpus: Corpus): Update[] {
  const { sources } = corpus;
  const order = [...sources].sort(byPublication);
  const rank = new Map(order.map((s, i) => [s.id, i]));
  const entries = new Map<string, Update>(order.map((s) => [s.id, { source: s, anchor: updateAnchor(s.id), records: [], events: [], extensions: [] }]));
  const ext = new Map<string, Extension>();
  const extend = (source: string, record: RecordRef): Extension => {
    const k = `${source}\u0000${record.collection}\u0000${record.id}`;
    let e = ext.get(k);
    if (!e) {
      ext.set(k, (e = { record, roles: [], aliases: [], statements: 0, mentions: 0, reports: 0, differs: [] }));
      entries.get(source)!.extensions.push(e);
    }
    return e;
  };
  // The events that name each actor and authority, in one pass.
  const byRecord = new Map<string, Event[]>();
  for (const e of corpus.events)
    for (const [c, ids] of [['actors', e.actors], ['authorities', e.authorities]] as const)
      for (const id of new Set(ids)) {
        const k = `${c}\u0000${id}`;
        const list = byRecord.get(k);
        if (list) list.push(e);
        else byRecord.set(k, [e]);
      }
  const naming = (collection: 'actors' | 'authorities', id: string) => byRecord.get(`${collection}\u0000${id}`) ?? [];

  const named = (record: Actor | Authority, collection: 'actors' | 'authorities', p: Provenance) => {
    const byEditors = nameByEditors(record);
    const ref: RecordRef = { collection, id: record.id, name: record.name, ...(byEditors ? { editorialName: byEditors } : {}) };
    const first = p.first?.id;
    if (!first) return;
    entries.get(first)!.records.push(ref);
    // Aliases: the source whose mention first uses the name.
    const aliasFirst = firstSources(record.mentions, (m) => key(m.text), sources, rank);
    for (const alias of record.aliases) {
      const s = aliasFirst.get(key(alias));
      if (s && s !== first) extend(s, ref).aliases.push(alias);
    }
    for (const m of record.mentions) {
      const s = sourceOf(m, sources);
      if (s && s !== first && rank.has(s)) extend(s, ref).mentions++;
    }
    if ('roles' in record) {
      const roleFirst = firstSources(record.roles, (r) => key(r.role), sources, rank);
      const seen = new Set<string>();
      for (const r of record.roles) {
        const k = key(r.role);
        const s = roleFirst.get(k);
        if (!s || s === first || seen.has(k)) continue;
        seen.add(k);
        extend(s, ref).roles.push(r.role);
      }
      const saidFirst = firstSources(record.statements, (x) => key(x.quote), sources, rank);
      for (const s of saidFirst.values()) if (s !== first) extend(s, ref).statements++;
    }
  };
  for (const a of corpus.actors) named(a, 'actors', actorProvenance(a, naming('actors', a.id), sources));
  for (const a of corpus.authorities) named(a, 'authorities', authorityProvenance(a, naming('authorities', a.id), sources));

  // An entry's new events in the order its source reports them: the lead (first paragraph) first.
  const events = [...corpus.events].sort(bySourceOrder(sources));
  for (const e of events) {
    const p = eventProvenance(e, sources);
    const first = p.first?.id;
    if (!first) continue;
    const ref: RecordRef = {
      collection: 'events',
      id: e.id,
      name: e.headline,
      ...(e.editorial?.headline ? { editorialTitle: e.editorial.headline } : {}),
    };
    entries.get(first)!.events.push({ ...ref, quote: e.quote });
    for (const r of [e, ...(e.reports ?? [])]) {
      const s = sourceOf(r, sources);
      if (s && s !== first && rank.has(s)) extend(s, ref).reports++;
    }
    for (const d of e.differences ?? [])
      for (const v of d.values) {
        const x = ext.get(`${v.source}\u0000events\u0000${e.id}`);
        if (x && !x.differs.includes(d.about)) x.differs.push(d.about);
      }
  }

  const collectionRank = { actors: 0, authorities: 1, events: 2 } as const;
  for (const u of entries.values()) {
    u.records.sort((a, b) => collectionRank[a.collection] - collectionRank[b.collection] || byName(a, b));
    u.extensions.sort((a, b) => collectionRank[a.record.collection] - collectionRank[b.record.collection] || byName(a.record, b.record));
  }
  return [...entries.values()];
}

/**
 * What an extension says, as short phrases: "new role: White House spokesperson",
 * "also called “the Pentagon”", "1 new quotation", "2 more mentions", "reported again",
 * "differs on the date". The page and the feed both read them.
 */
export function extensionPhrases(x: Extension): string[] {
  const out: string[] = [];
  if (x.roles.length) out.push(`${x.roles.length === 1 ? 'new role' : 'new roles'}: ${x.roles.join('; ')}`);
  if (x.aliases.length) out.push(`also called ${x.aliases.map(enquote).join(', ')}`);
  if (x.statements) out.push(count(x.statements, 'new quotation'));
  if (x.mentions) out.push(count(x.mentions, 'more mention', 'more mentions'));
  if (x.reports) out.push(x.reports === 1 ? 'reported again' : `reported again (${x.reports} passages)`);
  if (x.differs.length) out.push(`differs on ${x.differs.map((d) => (d === 'date' || d === 'place' ? `the ${d}` : `the figure ${enquote(d)}`)).join(', ')}`);
  return out;
}

/** "2 new actors, 1 new legal authority, 5 new events, new facts about 3 records": an entry in a line. */
export function updateSummary(u: Update): string {
  const actors = u.records.filter((r) => r.collection === 'actors').length;
  const authorities = u.records.length - actors;
  const parts = [
    actors ? count(actors, 'new actor') : '',
    authorities ? count(authorities, 'new legal authority', 'new legal authorities') : '',
    u.events.length ? count(u.events.length, 'new event') : '',
    u.extensions.length ? `new facts about ${count(u.extensions.length, 'record')}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'nothing new';
}

/** The publication day of the newest source: the feed's "updated" (never the build clock). */
export const newestDay = (sources: Source[]): string | undefined => asOfDay(sources);

/** An entry's new facts, apart from the records it only mentions again (listed on one line). */
export function splitExtensions(u: Update): { facts: Extension[]; mentioned: RecordRef[] } {
  const onlyMentions = (x: Extension) => x.mentions > 0 && !x.roles.length && !x.aliases.length && !x.statements && !x.reports && !x.differs.length;
  return { facts: u.extensions.filter((x) => !onlyMentions(x)), mentioned: u.extensions.filter(onlyMentions).map((x) => x.record) };
}

/**
 * Up to this many source articles, /updates/ holds every entry; beyond it, a page per month, and a
 * month with more than this many has a page per day (each page stays under the weight budget;
 * an entry's day never changes, so its address does not move when other articles are added).
 */
export const UPDATES_ON_ONE_PAGE = 20;
/** A month with more articles than this has a page per day. */
export const UPDATES_PER_MONTH_PAGE = 20;

/** The path of a month's or a day's updates: "/updates/2025-08/", "/updates/2025-08-14/". */
export const updatesMonthPath = (period: string) => `/updates/${period}/`;

/** Entries grouped by a key, in their order. */
function groupBy(list: Update[], key: (u: Update) => string): { key: string; entries: Update[] }[] {
  const groups = new Map<string, Update[]>();
  for (const u of list) {
    const k = key(u);
    const entries = groups.get(k);
    if (entries) entries.push(u);
    else groups.set(k, [u]);
  }
  return [...groups].map(([k, entries]) => ({ key: k, entries }));
}

/** The months of the updates, in order, each with its entries. */
export function updatesByMonth(list: Update[]): { month: string; entries: Update[] }[] {
  return groupBy(list, (u) => u.source.published.slice(0, 7)).map((g) => ({ month: g.key, entries: g.entries }));
}

export interface UpdateDay {
  day: string;
  path: string;
  entries: Update[];
}
export interface UpdateMonth {
  month: string;
  path: string;
  entries: Update[];
  /** A crowded month's days, each a page of its own (the month's page lists them). */
  days?: UpdateDay[];
}

/**
 * Where the entries live: all on /updates/ while there are few (`split` false), else each on its
 * month's page (or, in a crowded month, its day's), /updates/ listing the months. `pathOf` gives
 * an entry's page (its anchor is `u.anchor`).
 */
export function updatePages(list: Update[], onOnePage = UPDATES_ON_ONE_PAGE, perMonth = UPDATES_PER_MONTH_PAGE): { split: boolean; months: UpdateMonth[]; pathOf: (u: Update) => string } {
  const split = list.length > onOnePage;
  const months: UpdateMonth[] = updatesByMonth(list).map((m) => {
    const month: UpdateMonth = { ...m, path: updatesMonthPath(m.month) };
    if (m.entries.length > perMonth) month.days = groupBy(m.entries, (u) => u.source.published).map((g) => ({ day: g.key, path: updatesMonthPath(g.key), entries: g.entries }));
    return month;
  });
  const crowded = new Set(months.filter((m) => m.days).map((m) => m.month));
  const pathOf = (u: Update) => {
    if (!split) return '/updates/';
    const day = u.source.published;
    return updatesMonthPath(crowded.has(day.slice(0, 7)) ? day : day.slice(0, 7));
  };
  return { split, months, pathOf };
}

/** The thresholds a build uses: the constants, or the environment's (tests build every layout). */
export function onOnePageLimit(env: Record<string, string | undefined>): number {
  return limit(env.UPDATES_ON_ONE_PAGE, UPDATES_ON_ONE_PAGE);
}
export function pageLimits(env: Record<string, string | undefined>): [number, number] {
  return [onOnePageLimit(env), limit(env.UPDATES_PER_MONTH_PAGE, UPDATES_PER_MONTH_PAGE)];
}
function limit(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && value !== '' && value !== undefined ? n : fallback;
}
