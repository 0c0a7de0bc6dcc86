import { InputError } from '../errors.ts';
import type { Actor, Authority, Event, Overlay, Source, Statement } from '../../schemas/index.ts';

export interface Corpus {
  sources: Source[];
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
}

interface ArticleLike {
  source: Source;
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
  statements: Statement[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const union = (...lists: string[][]) => [...new Set(lists.flat())];
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
    aliases: union(...list.map((x) => x.aliases)),
    roles: unionBy(list.map((x) => x.roles), (r) => r.role),
    mentions: unionBy(list.map((x) => x.mentions), (m) => m.text),
    statements: unionBy(list.map((x) => x.statements)),
  };
}

function mergeAuthorities(list: Authority[]): Authority {
  const a = list[0]!;
  if (list.length === 1) return a;
  return {
    ...a,
    year: list.reduce((y, x) => y ?? x.year, a.year),
    aliases: union(...list.map((x) => x.aliases)),
    mentions: unionBy(list.map((x) => x.mentions), (m) => m.text),
  };
}

/**
 * Several articles -> one reference. The same actor or authority (same id) across articles is
 * one record with mentions from each; each event keeps its source. Hash maps keep it linear in
 * the number of records.
 */
export function mergeArticles(articles: ArticleLike[], overlay: Overlay, overlayFile = 'seeds/overlay.yaml'): Corpus {
  const sources = new Map<string, Source>();
  const actors = new Map<string, Actor>();
  const authorities = new Map<string, Authority>();
  const events = new Map<string, Event>();
  // Records of the same id are gathered first and merged once each; the next suffix to try for
  // an event id is kept, so that many events of one id stay linear too.
  const actorRecords = new Map<string, Actor[]>();
  const authorityRecords = new Map<string, Authority[]>();
  const nextSuffix = new Map<string, number>();
  for (const art of articles) {
    const dup = sources.get(art.source.id);
    if (dup) throw new InputError(art.source.file, `has the same source id "${art.source.id}" as ${dup.file}`);
    sources.set(art.source.id, art.source);
    for (const a of art.actors) actorRecords.get(a.id)?.push(a) ?? actorRecords.set(a.id, [a]);
    for (const a of art.authorities) authorityRecords.get(a.id)?.push(a) ?? authorityRecords.set(a.id, [a]);
    for (const e of art.events) {
      let id = e.id;
      let n = nextSuffix.get(e.id) ?? 2;
      for (; events.has(id); n++) id = `${e.id}-${n}`;
      nextSuffix.set(e.id, n);
      events.set(id, { ...e, id });
    }
  }
  for (const [id, list] of actorRecords) actors.set(id, mergeActors(list));
  for (const [id, list] of authorityRecords) authorities.set(id, mergeAuthorities(list));
  for (const e of events.values()) {
    for (const a of e.actors) if (!actors.has(a)) throw new Error(`event ${e.id} names unknown actor ${a}`);
    for (const a of e.authorities) if (!authorities.has(a)) throw new Error(`event ${e.id} names unknown authority ${a}`);
  }
  checkOverlayTargets(overlay, overlayFile, actors, authorities);
  return {
    sources: [...sources.values()].sort(byId),
    actors: [...actors.values()].sort(byId),
    authorities: [...authorities.values()].sort(byId),
    events: [...events.values()].sort(byId),
  };
}

/** An overlay entry for a record that no article produced is a mistake in the overlay. */
function checkOverlayTargets(overlay: Overlay, file: string, actors: Map<string, Actor>, authorities: Map<string, Authority>) {
  for (const [i, a] of overlay.actors.entries())
    if (!actors.has(a.id)) throw new InputError(file, `actors.${i}: no actor "${a.id}" was extracted from any article (fix the id or remove the entry)`);
  for (const [i, a] of overlay.authorities.entries())
    if (!authorities.has(a.id)) throw new InputError(file, `authorities.${i}: no authority "${a.id}" was extracted from any article (fix the id or remove the entry)`);
}
