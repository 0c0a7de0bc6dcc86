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
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
type Sourced = { source?: string | undefined; paragraph: string; quote: string };
const key = (e: Sourced) => `${e.source}|${e.paragraph}|${e.quote}`;
function unionBy<T extends Sourced>(a: T[], b: T[], extra = (_: T) => ''): T[] {
  const seen = new Set(a.map((x) => key(x) + extra(x)));
  return [...a, ...b.filter((x) => !seen.has(key(x) + extra(x)))];
}

function mergeActor(a: Actor, b: Actor): Actor {
  return {
    ...a,
    aliases: union(a.aliases, b.aliases),
    roles: unionBy(a.roles, b.roles, (r) => r.role),
    mentions: unionBy(a.mentions, b.mentions, (m) => m.text),
    statements: unionBy(a.statements, b.statements),
  };
}

function mergeAuthority(a: Authority, b: Authority): Authority {
  return {
    ...a,
    year: a.year ?? b.year,
    aliases: union(a.aliases, b.aliases),
    mentions: unionBy(a.mentions, b.mentions, (m) => m.text),
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
  for (const art of articles) {
    const dup = sources.get(art.source.id);
    if (dup) throw new InputError(art.source.file, `has the same source id "${art.source.id}" as ${dup.file}`);
    sources.set(art.source.id, art.source);
    for (const a of art.actors) actors.set(a.id, actors.has(a.id) ? mergeActor(actors.get(a.id)!, a) : a);
    for (const a of art.authorities) authorities.set(a.id, authorities.has(a.id) ? mergeAuthority(authorities.get(a.id)!, a) : a);
    for (const e of art.events) {
      let id = e.id;
      for (let n = 2; events.has(id); n++) id = `${e.id}-${n}`;
      events.set(id, { ...e, id });
    }
  }
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
