import type { Actor, Authority, Event } from '../schemas/index.ts';

type Placed = { source?: string | undefined; paragraph: string; quote: string };
const sentenceKey = (m: Placed) => `${m.source}|${m.paragraph}|${m.quote}`;
const paragraphKey = (m: Placed) => `${m.source}|${m.paragraph}`;

export interface Related<T> {
  record: T;
  /** How many sentences, paragraphs or events they share: the strength of the link. */
  count: number;
}

function rank<T extends { id: string; name: string }>(counts: Map<string, number>, byId: Map<string, T>, self?: string): Related<T>[] {
  return [...counts]
    .filter(([id]) => id !== self && byId.has(id))
    .map(([id, count]) => ({ record: byId.get(id)!, count }))
    .sort((a, b) => b.count - a.count || a.record.name.localeCompare(b.record.name));
}

function tally(counts: Map<string, number>, id: string, n = 1) {
  counts.set(id, (counts.get(id) ?? 0) + n);
}

/** Events an actor or authority takes part in, in the order given. */
export function eventsWith(events: Event[], kind: 'actors' | 'authorities', id: string): Event[] {
  return events.filter((e) => e[kind].includes(id));
}

/** Actors mentioned in the same paragraphs as this one, most shared first. */
export function relatedActors(actor: Actor, actors: Actor[]): Related<Actor>[] {
  const mine = new Set(actor.mentions.map(paragraphKey));
  const counts = new Map<string, number>();
  for (const other of actors) {
    const shared = new Set(other.mentions.map(paragraphKey).filter((k) => mine.has(k))).size;
    if (shared) tally(counts, other.id, shared);
  }
  return rank(counts, new Map(actors.map((a) => [a.id, a])), actor.id);
}

/**
 * Links between actors and authorities: an event naming both, or a sentence mentioning both
 * ("… would raise legal issues involving … an executive order banning assassinations, said
 * Brian Finucane"). Returns, for one side, the records of the other side, strongest first.
 */
export function authoritiesOfActor(actor: Actor, authorities: Authority[], events: Event[]): Related<Authority>[] {
  const sentences = new Set(actor.mentions.map(sentenceKey));
  const counts = new Map<string, number>();
  for (const a of authorities) for (const m of a.mentions) if (sentences.has(sentenceKey(m))) tally(counts, a.id);
  for (const e of eventsWith(events, 'actors', actor.id)) for (const id of e.authorities) tally(counts, id);
  return rank(counts, new Map(authorities.map((a) => [a.id, a])));
}

export function actorsOfAuthority(authority: Authority, actors: Actor[], events: Event[]): Related<Actor>[] {
  const sentences = new Set(authority.mentions.map(sentenceKey));
  const counts = new Map<string, number>();
  for (const a of actors) for (const m of a.mentions) if (sentences.has(sentenceKey(m))) tally(counts, a.id);
  for (const e of eventsWith(events, 'authorities', authority.id)) for (const id of e.actors) tally(counts, id);
  return rank(counts, new Map(actors.map((a) => [a.id, a])));
}
