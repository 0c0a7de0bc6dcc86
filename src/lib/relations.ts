import type { Actor, Authority, Event } from '../schemas/index.ts';

type Placed = { source?: string | undefined; paragraph: string; quote: string };
type Named = { id: string; name: string; mentions: Placed[] };
type Side = 'actors' | 'authorities';
const sentenceKey = (m: Placed) => `${m.source}|${m.paragraph}|${m.quote}`;
const paragraphKey = (m: Placed) => `${m.source}|${m.paragraph}`;

export interface Related<T> {
  record: T;
  /** How many sentences, paragraphs or events they share: the strength of the link. */
  count: number;
}

/**
 * Indexes of a list of records, built once per list (pages ask for every record's relations, so
 * rebuilding them per page would grow with records × mentions): records by id, the records
 * mentioned in each paragraph, and one entry per mention in each sentence.
 */
interface Index<T> {
  byId: Map<string, T>;
  byParagraph: Map<string, Set<string>>;
  bySentence: Map<string, string[]>;
}
const indexes = new WeakMap<object, Index<Named>>();
function indexOf<T extends Named>(records: T[]): Index<T> {
  let index = indexes.get(records);
  if (!index) {
    index = { byId: new Map(), byParagraph: new Map(), bySentence: new Map() };
    for (const r of records) {
      index.byId.set(r.id, r);
      for (const m of r.mentions) {
        const p = index.byParagraph.get(paragraphKey(m)) ?? new Set();
        index.byParagraph.set(paragraphKey(m), p.add(r.id));
        const s = index.bySentence.get(sentenceKey(m)) ?? [];
        s.push(r.id);
        index.bySentence.set(sentenceKey(m), s);
      }
    }
    indexes.set(records, index);
  }
  return index as Index<T>;
}

const eventIndexes = new WeakMap<Event[], Record<Side, Map<string, Event[]>>>();

/** Events an actor or authority takes part in, in the order given. */
export function eventsWith(events: Event[], kind: Side, id: string): Event[] {
  let index = eventIndexes.get(events);
  if (!index) {
    index = { actors: new Map(), authorities: new Map() };
    for (const e of events)
      for (const side of ['actors', 'authorities'] as const)
        for (const x of new Set(e[side])) {
          const list = index[side].get(x) ?? [];
          list.push(e);
          index[side].set(x, list);
        }
    eventIndexes.set(events, index);
  }
  // A copy: callers sort it.
  return [...(index[kind].get(id) ?? [])];
}

function rank<T extends Named>(counts: Map<string, number>, byId: Map<string, T>, self?: string): Related<T>[] {
  return [...counts]
    .filter(([id]) => id !== self && byId.has(id))
    .map(([id, count]) => ({ record: byId.get(id)!, count }))
    .sort((a, b) => b.count - a.count || a.record.name.localeCompare(b.record.name));
}

function tally(counts: Map<string, number>, id: string, n = 1) {
  counts.set(id, (counts.get(id) ?? 0) + n);
}

/** Actors mentioned in the same paragraphs as this one, most shared first. */
export function relatedActors(actor: Actor, actors: Actor[]): Related<Actor>[] {
  const { byId, byParagraph } = indexOf(actors);
  const counts = new Map<string, number>();
  for (const p of new Set(actor.mentions.map(paragraphKey))) for (const id of byParagraph.get(p) ?? []) tally(counts, id);
  return rank(counts, byId, actor.id);
}

/** A state named beside an instrument is most often a place or an adjective ("U.S. law", "in Mexico"). */
const placeLike = (record: Named | undefined) => !!record && 'kind' in record && record.kind === 'state';

/**
 * Records of the other side linked to one actor or authority: a sentence mentioning both
 * ("… would raise legal issues involving … an executive order banning assassinations, said
 * Brian Finucane"), or an event naming both. Strongest first. A state is linked only through an
 * event that names it as a party, never by a sentence alone.
 */
function linked<T extends Named>(record: Named, side: Side, others: T[], otherSide: Side, events: Event[]): Related<T>[] {
  const { byId, bySentence } = indexOf(others);
  const counts = new Map<string, number>();
  if (!placeLike(record))
    for (const s of new Set(record.mentions.map(sentenceKey)))
      for (const id of bySentence.get(s) ?? []) if (!placeLike(byId.get(id))) tally(counts, id);
  for (const e of eventsWith(events, side, record.id)) for (const id of e[otherSide]) tally(counts, id);
  return rank(counts, byId);
}

export const authoritiesOfActor = (actor: Actor, authorities: Authority[], events: Event[]) =>
  linked(actor, 'actors', authorities, 'authorities', events);

export const actorsOfAuthority = (authority: Authority, actors: Actor[], events: Event[]) =>
  linked(authority, 'authorities', actors, 'actors', events);
