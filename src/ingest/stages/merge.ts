import { InputError } from '../errors.ts';
import { bareInstrumentName, normalName, reconcileActors, reconcileAuthorities, type GroupOf } from './merge-names.ts';
import { mergeEvents } from './merge-events.ts';
import { applyCorrections } from './corrections.ts';
import type { Report } from './merge-differences.ts';
import type { EventFacts } from './event-facts.ts';
import type { Actor, Authority, Corpus, Event, Overlay, Source, Statement } from '../../schemas/index.ts';

export type { Corpus };

interface ArticleLike {
  source: Source;
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
  statements: Statement[];
  facts?: Record<string, EventFacts>;
}

const byId_ = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const union = (...lists: string[][]) => [...new Set(lists.flat())];
/** The names of the records merged into the first become its aliases (not a mere change of case). */
const otherNames = (list: { name: string; aliases: string[] }[]) =>
  union(
    ...list.map((x) => x.aliases),
    list.map((x) => x.name).filter((n) => n.toLowerCase() !== list[0]!.name.toLowerCase()),
  ).filter((n) => n !== list[0]!.name);
type Sourced = { source?: string | undefined; paragraph: string; quote: string };
const key = (e: Sourced) => `${e.source}|${e.paragraph}|${e.quote}`;
/**
 * The lists in order; an item is dropped when an earlier list has one with the same key (as
 * folding a pairwise union would), with one set for all lists, so that an actor named in every
 * article costs linear time, not quadratic.
 */
function unionBy<T extends Sourced>(lists: T[][], extra = (_: T) => ''): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    const keys = list.map((x) => key(x) + extra(x));
    list.forEach((x, i) => !seen.has(keys[i]!) && out.push(x));
    for (const k of keys) seen.add(k);
  }
  return out;
}

/** One actor from its records in several articles (the first one's fields win). */
function mergeActors(list: Actor[]): Actor {
  const a = list[0]!;
  if (list.length === 1) return a;
  return {
    ...a,
    aliases: otherNames(list),
    roles: unionBy(
      list.map((x) => x.roles),
      (r) => r.role,
    ),
    mentions: unionBy(
      list.map((x) => x.mentions),
      (m) => m.text,
    ),
    statements: unionBy(list.map((x) => x.statements)),
  };
}

/** "L designation of A, B and C" -> the label and the listed names, normalised; null for another name. */
function listingOf(name: string): { label: string; items: string[] } | null {
  const at = name.indexOf(' designation of ');
  if (at < 0) return null;
  const items = name.slice(at + ' designation of '.length).split(', ').flatMap((g) => g.split(' and '));
  return { label: normalName(name.slice(0, at)), items: items.map((g) => normalName(g)) };
}

/**
 * Another article's name of a designation act that lists only groups another of its names lists
 * too ("… designation of X" beside "… designation of X, Y and others") says nothing new: no
 * other name of it.
 */
function withoutShorterListings(name: string, aliases: string[]): string[] {
  const forms = [name, ...aliases].map((f) => ({ f, l: listingOf(f) }));
  const within = (a: { label: string; items: string[] }, b: { label: string; items: string[] }) =>
    a.label === b.label && a.items.length < b.items.length && a.items.every((i) => b.items.includes(i));
  return aliases.filter((x) => {
    const l = listingOf(x);
    return !l || !forms.some((o) => o.f !== x && o.l && within(l, o.l));
  });
}

const partition = <T>(xs: T[], test: (x: T) => boolean): [T[], T[]] => [xs.filter(test), xs.filter((x) => !test(x))];

/** The words for it that are no name, of every article, less any another article gives as a name. */
function wordingsOf(list: Pick<Authority, 'wordings'>[], names: string[]): { wordings?: string[] } {
  const wordings = union(...list.map((x) => x.wordings ?? [])).filter((w) => !names.includes(w));
  return wordings.length ? { wordings } : {};
}

function mergeAuthorities(list: Authority[]): Authority {
  const a = list[0]!;
  if (list.length === 1) return a;
  // (a name that differs only by its accents or case, "Nicolas" for "Nicolás", is no other name)
  const same = normalName(a.name);
  // (another article's record named by its kind alone, "Designation", gives a word for it, no name)
  const [bare, others] = partition(otherNames(list).filter((n) => normalName(n) !== same), (n) => !n.includes(' '));
  // (the year comes with where it was read, from the first record that has one)
  const dated = list.find((x) => x.year !== null);
  return {
    ...a,
    year: dated?.year ?? null,
    ...(dated?.yearFrom ? { yearFrom: dated.yearFrom } : {}),
    aliases: a.kind === 'designation' ? withoutShorterListings(a.name, others) : others,
    ...wordingsOf([...list, { wordings: bare.map((n) => n.toLowerCase()) }], others),
    mentions: unionBy(
      list.map((x) => x.mentions),
      (m) => m.text,
    ),
  };
}

/**
 * Records that are one entity (`root`: id -> the id it keeps), each group merged once, its
 * kept record first and the others in the order the articles gave them.
 */
function mergeGroups<T extends { id: string }>(
  records: T[],
  root: Map<string, string>,
  merge: (list: T[]) => T,
): Map<string, T> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const k = root.get(r.id)!;
    const list = groups.get(k);
    if (!list) groups.set(k, [r]);
    else if (r.id === k) list.unshift(r);
    else list.push(r);
  }
  return new Map([...groups].map(([k, list]) => [k, merge(list)]));
}

/**
 * An alias two or more instruments have ("constitutional authority" of the President's power to
 * use force and of Congress's war powers), or another one's name, names neither in particular:
 * it is no other name of any.
 */
function withoutSharedAliases(records: Map<string, Authority>): Map<string, Authority> {
  const count = new Map<string, number>();
  for (const r of records.values())
    for (const a of new Set([r.name, ...r.aliases].map((x) => normalName(x)))) count.set(a, (count.get(a) ?? 0) + 1);
  const shared = (x: string) => (count.get(normalName(x)) ?? 0) > 1;
  return new Map(
    [...records].map(([id, r]) => [
      id,
      r.aliases.some(shared) ? { ...r, aliases: r.aliases.filter((x) => !shared(x)) } : r,
    ]),
  );
}

/** A group's name or alias, normalised -> the actor it is across articles (what designations list). */
function groupsOf(actors: Actor[], root: Map<string, string>): GroupOf {
  const byName = new Map<string, string>();
  for (const a of actors)
    if (a.kind === 'group') for (const n of [a.name, ...a.aliases]) byName.set(normalName(n), root.get(a.id) ?? a.id);
  return (name) => byName.get(name);
}

/**
 * Several articles -> one reference. The same actor or authority across articles is one record
 * with mentions from each: the same id, or names the merge reconciles (merge-names.ts: a surname
 * and the full name, an alias and the name, a possessive or a short form). Events of several
 * sources that report one happening are one event (merge-events.ts). The overlay forces or
 * forbids a merge. Hash maps keep it linear in the number of records.
 */
export function mergeArticles(articles: ArticleLike[], overlay: Overlay, overlayFile = 'seeds/overlay.yaml'): Corpus {
  const { sources, actorRecords, authorityRecords, events } = gather(articles);
  keepRetiredIds(authorityRecords, events, overlay.authorities);
  const byId = [...actorRecords.values()].map(mergeActors);
  const authoritiesById = [...authorityRecords.values()].map(mergeAuthorities);
  const ids = (xs: { id: string }[]) => new Set(xs.map((a) => a.id));
  checkOverlayTargets(overlay, overlayFile, ids(byId), ids(authoritiesById), new Set(events.keys()));
  const actorRoot = reconcileActors(byId, { merge: overlay.merge.actors, keepApart: overlay.keepApart.actors });
  const authorityRoot = reconcileAuthorities(
    authoritiesById,
    { merge: overlay.merge.authorities, keepApart: overlay.keepApart.authorities },
    groupsOf(byId, actorRoot),
  );
  const actors = mergeGroups(byId, actorRoot, mergeActors);
  const authorities = withoutSharedAliases(mergeGroups(authoritiesById, authorityRoot, mergeAuthorities));
  const reports = [...events.values()].map((r) => remapped(r, actorRoot, authorityRoot));
  const states = new Set([...actors.values()].filter((a) => a.kind === 'state').map((a) => a.id));
  const mergedInto = new Map<string, string>();
  const follow = followMerged(mergedInto);
  const merged = mergeEvents(
    reports,
    { merge: overlay.merge.events, keepApart: overlay.keepApart.events },
    states,
    mergedInto,
  ).map((e) => follow(e.reports ? { ...e, reports: e.reports.map(follow) } : e));
  const corpus = {
    sources: [...sources.values()].sort(byId_),
    actors: [...actors.values()].sort(byId_),
    authorities: [...authorities.values()].sort(byId_),
    events: merged.sort(byId_),
  };
  // the editors' corrections (overlay `events`, `dropRoles`, `dropAliases`), by the ids the site shows
  return applyCorrections(corpus, overlay, overlayFile);
}

/**
 * The articles' records gathered by id: records of the same id are merged once each later; an
 * event id another article already took gets a suffix (the next suffix to try is kept, so that
 * many events of one id stay linear), and a date's anchor follows its event.
 */
function gather(articles: ArticleLike[]) {
  const sources = new Map<string, Source>();
  const actorRecords = new Map<string, Actor[]>();
  const authorityRecords = new Map<string, Authority[]>();
  const events = new Map<string, Report>();
  const nextSuffix = new Map<string, number>();
  for (const art of articles) {
    const dup = sources.get(art.source.id);
    if (dup) throw new InputError(art.source.file, `has the same source id "${art.source.id}" as ${dup.file}`);
    sources.set(art.source.id, art.source);
    for (const a of art.actors) actorRecords.get(a.id)?.push(a) ?? actorRecords.set(a.id, [a]);
    const authorityIdIn = addAuthorities(art.authorities, authorityRecords);
    const idIn = new Map<string, string>();
    for (const e of art.events) {
      let id = e.id;
      let n = nextSuffix.get(e.id) ?? 2;
      for (; events.has(id); n++) id = `${e.id}-${n}`;
      nextSuffix.set(e.id, n);
      idIn.set(e.id, id);
      const authorities = e.authorities.map((a) => authorityIdIn.get(a) ?? a);
      events.set(id, {
        event: { ...e, id, authorities },
        published: art.source.published,
        order: events.size,
        facts: art.facts?.[e.id],
      });
    }
    for (const e of art.events) {
      const a = e.date?.anchor;
      if (a?.kind !== 'event' || idIn.get(a.event) === a.event) continue;
      const r = events.get(idIn.get(e.id)!)!;
      r.event = { ...r.event, date: { ...r.event.date!, anchor: { ...a, event: idIn.get(a.event)! } } };
    }
  }
  return { sources, actorRecords, authorityRecords, events };
}

/**
 * An id the overlay retired (a record's `formerIds`) leads to that record's page for good: an
 * authority another article comes out with under that id ("Drug trafficking charges", once the
 * seed's charges are named by whom they are against) is another record, and takes the next free
 * suffix, the events that name it following. (Only while the record that retired the id is there;
 * else the overlay is stale, and the corrections refuse it by name.)
 */
function keepRetiredIds(
  records: Map<string, Authority[]>,
  events: Map<string, Report>,
  patches: { id: string; formerIds: string[] }[],
): void {
  const moved = new Map<string, string>();
  for (const p of patches)
    for (const old of p.formerIds) {
      const list = records.get(old);
      if (old === p.id || !list || !records.has(p.id)) continue;
      let n = 2;
      while (records.has(`${old}-${n}`)) n++;
      const id = `${old}-${n}`;
      records.delete(old);
      records.set(
        id,
        list.map((r) => ({ ...r, id })),
      );
      moved.set(old, id);
    }
  if (!moved.size) return;
  for (const r of events.values())
    if (r.event.authorities.some((a) => moved.has(a)))
      r.event = { ...r.event, authorities: r.event.authorities.map((a) => moved.get(a) ?? a) };
}

/**
 * An article's authorities gathered by id. A record named by a bare instrument word ("Order")
 * is that article's own: when another article already gave that id, it takes the next free
 * suffix (returned, old id -> new, for the article's events), so that two articles' unnamed
 * orders are never one record.
 */
function addAuthorities(list: Authority[], records: Map<string, Authority[]>): Map<string, string> {
  const moved = new Map<string, string>();
  for (const a of list) {
    let id = a.id;
    if (bareInstrumentName(a.name) && records.has(id)) {
      let n = 2;
      while (records.has(`${a.id}-${n}`)) n++;
      id = `${a.id}-${n}`;
      moved.set(a.id, id);
    }
    const r = id === a.id ? a : { ...a, id };
    records.get(id)?.push(r) ?? records.set(id, [r]);
  }
  return moved;
}

/** An event's report naming the records its actors and authorities are now. */
function remapped(r: Report, actorRoot: Map<string, string>, authorityRoot: Map<string, string>): Report {
  const e = r.event;
  for (const a of e.actors) if (!actorRoot.has(a)) throw new Error(`event ${e.id} names unknown actor ${a}`);
  for (const a of e.authorities)
    if (!authorityRoot.has(a)) throw new Error(`event ${e.id} names unknown authority ${a}`);
  const event = {
    ...e,
    actors: [...new Set(e.actors.map((a) => actorRoot.get(a)!))],
    agents: [...new Set(e.agents.map((a) => actorRoot.get(a)!))],
    authorities: [...new Set(e.authorities.map((a) => authorityRoot.get(a)!))],
  };
  return { ...r, event };
}

/** An anchor merged into another event names the event it is now. */
const followMerged =
  (mergedInto: Map<string, string>) =>
  <T extends { date: Event['date'] }>(x: T): T => {
    const a = x.date?.anchor;
    const into = a?.kind === 'event' ? mergedInto.get(a.event) : undefined;
    return a?.kind === 'event' && into && into !== a.event
      ? { ...x, date: { ...x.date!, anchor: { ...a, event: into } } }
      : x;
  };

/** An overlay entry for a record that no article produced is a mistake in the overlay. */
function checkOverlayTargets(
  overlay: Overlay,
  file: string,
  actors: Set<string>,
  authorities: Set<string>,
  events: Set<string>,
) {
  for (const [i, a] of overlay.actors.entries())
    if (!actors.has(a.id))
      throw new InputError(
        file,
        `actors.${i}: no actor "${a.id}" was extracted from any article (fix the id or remove the entry)`,
      );
  for (const [i, a] of overlay.authorities.entries())
    if (!authorities.has(a.id))
      throw new InputError(
        file,
        `authorities.${i}: no authority "${a.id}" was extracted from any article (fix the id or remove the entry)`,
      );
  const known = { actors, authorities, events };
  const noun = { actors: 'actor', authorities: 'authority', events: 'event' } as const;
  for (const c of ['actors', 'authorities', 'events'] as const) {
    const missing = (at: string, id: string) => {
      if (!known[c].has(id))
        throw new InputError(
          file,
          `${at}: no ${noun[c]} "${id}" was extracted from any article (fix the id or remove the entry)`,
        );
    };
    for (const [i, r] of overlay.merge[c].entries()) {
      missing(`merge.${c}.${i}.into`, r.into);
      r.from.forEach((id, j) => missing(`merge.${c}.${i}.from.${j}`, id));
    }
    for (const [i, pair] of overlay.keepApart[c].entries())
      pair.forEach((id, j) => missing(`keepApart.${c}.${i}.${j}`, id));
  }
}
