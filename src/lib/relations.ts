import type { Actor, Authority, Event } from '../schemas/index.ts';

type Placed = { source?: string | undefined; paragraph: string; quote: string };
type Named = { id: string; name: string; mentions: (Placed & { text?: string })[] };
type Described = { roles?: { role: string; quote: string; paragraph: string; source?: string | undefined }[] };
type Side = 'actors' | 'authorities';
const sentenceKey = (m: Placed) => `${m.source}|${m.paragraph}|${m.quote}`;
const paragraphKey = (m: Placed) => `${m.source}|${m.paragraph}`;

export interface Related<T> {
  record: T;
  /** How many sentences, paragraphs or events they share: the strength of the link. */
  count: number;
  /** Tied only through events the editors, not the sources, tied the actor to: their reason. */
  byEditors?: string;
}

/**
 * Indexes of a list of records, built once per list (pages ask for every record's relations, so
 * rebuilding them per page would grow with records × mentions): records by id.
 */
interface Index<T> {
  byId: Map<string, T>;
}
const indexes = new WeakMap<object, Index<Named>>();
function indexOf<T extends Named>(records: T[]): Index<T> {
  let index = indexes.get(records);
  if (!index) {
    index = { byId: new Map() };
    for (const r of records) index.byId.set(r.id, r);
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

/**
 * Actors mentioned in the same paragraphs as this one, most shared first. A mention inside another
 * actor's role ("attorney general in Roe's first term") or only inside someone's quoted words does
 * not count; nor does a paragraph that names a state, unless one of its events names both as
 * parties: a state in a paragraph is most often a place or an adjective ("Ostrian law", "based in
 * Ostria").
 */
export function relatedActors(actor: Actor, actors: Actor[], events: Event[]): Related<Actor>[] {
  const { byId } = indexOf(actors);
  const roles = rolesBySentence(actors);
  const { byParagraph } = mentionIndexOf(actors, roles);
  const parties = new Set(
    events.filter((e) => e.actors.includes(actor.id)).flatMap((e) => e.actors.map((id) => `${paragraphKey(e)}|${id}`)),
  );
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  const relate = (p: string, id: string) => {
    if (seen.has(`${p}|${id}`)) return;
    seen.add(`${p}|${id}`);
    tally(counts, id);
  };
  for (const p of new Set(actor.mentions.filter((m) => !describes(m, roles) && !onlyQuoted(m)).map(paragraphKey)))
    for (const id of byParagraph.get(p) ?? [])
      if ((!placeLike(actor) && !placeLike(byId.get(id))) || parties.has(`${p}|${id}`)) relate(p, id);
  // ("Vera Lind, a former Ministry lawyer": she and the Ministry are related, through her role)
  for (const [p, id] of roleHolders(actors, roles).get(actor.id) ?? []) relate(p, id);
  return rank(counts, byId, actor.id);
}

/** Pairs of an actor and one named inside its role, both ways, with the role's paragraph. */
const holderIndexes = new WeakMap<object, Map<string, [string, string][]>>();
function roleHolders(actors: Actor[], roles: Map<string, string[]>): Map<string, [string, string][]> {
  let index = holderIndexes.get(actors);
  if (!index) {
    const pairs = new Map<string, [string, string][]>();
    const add = (a: string, b: string, p: string) => pairs.set(a, [...(pairs.get(a) ?? []), [p, b]]);
    const { everyInSentence } = mentionIndexOf(actors, roles);
    for (const holder of actors)
      for (const r of holder.roles) {
        const inside = (everyInSentence.get(sentenceKey(r)) ?? []).filter(
          (x) => x.id !== holder.id && r.role.includes(x.m.text ?? '\u0000') && describes(x.m, roles),
        );
        for (const id of new Set(inside.map((x) => x.id)))
          (add(holder.id, id, paragraphKey(r)), add(id, holder.id, paragraphKey(r)));
      }
    index = pairs;
    holderIndexes.set(actors, index);
  }
  return index;
}

/** A state named beside an instrument is most often a place or an adjective ("U.S. law", "in Mexico"). */
const placeLike = (record: Named | undefined) => !!record && 'kind' in record && record.kind === 'state';

/** The roles stated in each sentence ("a former Ministry lawyer"), of every actor. */
const roleIndexes = new WeakMap<object, Map<string, string[]>>();
function rolesBySentence(actors: Described[]): Map<string, string[]> {
  let index = roleIndexes.get(actors);
  if (!index) {
    index = new Map();
    for (const r of actors.flatMap((a) => a.roles ?? []))
      index.set(sentenceKey(r), [...(index.get(sentenceKey(r)) ?? []), r.role]);
    roleIndexes.set(actors, index);
  }
  return index;
}
/**
 * The records mentioned in each sentence (once per mention) and in each paragraph, leaving out
 * mentions inside roles; and every mention of each sentence, those too (for the role's holder).
 */
interface MentionIndex {
  roles: object;
  bySentence: Map<string, string[]>;
  /** The records named in each paragraph, leaving out names only inside someone's quoted words. */
  byParagraph: Map<string, Set<string>>;
  everyInSentence: Map<string, { id: string; m: Placed & { text?: string } }[]>;
}
const mentionIndexes = new WeakMap<object, MentionIndex>();
function mentionIndexOf(records: Named[], roles: Map<string, string[]>): MentionIndex {
  let index = mentionIndexes.get(records);
  if (index?.roles !== roles) {
    index = { roles, bySentence: new Map(), byParagraph: new Map(), everyInSentence: new Map() };
    for (const r of records)
      for (const m of r.mentions) {
        const s = sentenceKey(m);
        index.everyInSentence.set(s, [...(index.everyInSentence.get(s) ?? []), { id: r.id, m }]);
        if (describes(m, roles)) continue;
        index.bySentence.set(s, [...(index.bySentence.get(s) ?? []), r.id]);
        if (!onlyQuoted(m))
          index.byParagraph.set(paragraphKey(m), (index.byParagraph.get(paragraphKey(m)) ?? new Set()).add(r.id));
      }
    mentionIndexes.set(records, index);
  }
  return index;
}
const count = (text: string, word: string) => text.split(word).length - 1;

/**
 * A name written only inside quotation marks in its sentence (“… the Ministry of Ports, whatever
 * …,” she said on Radio Ode): it is in the speaker's words, which tie it to no one else named.
 * (Read off the quote's own marks, which the site writes: no parsing is needed.)
 */
function onlyQuoted(m: Placed & { text?: string }): boolean {
  const inside = (at: number) => {
    const before = m.quote.slice(0, at);
    return count(before, '“') > count(before, '”') || count(before, '"') % 2 === 1;
  };
  let at = m.text ? m.quote.indexOf(m.text) : -1;
  if (at < 0) return false;
  for (; at >= 0; at = m.quote.indexOf(m.text!, at + 1)) if (!inside(at)) return false;
  return true;
}

/**
 * A mention every occurrence of which lies in another's role ("said X, a former Ministry lawyer";
 * "Y, the minister in Z's first term") describes that one: it says nothing of the sentence's
 * instrument. Occurrences are counted, so a name also written outside the role still counts.
 */
function describes(m: Placed & { text?: string }, roles: Map<string, string[]>): boolean {
  const inRoles = (roles.get(sentenceKey(m)) ?? []).reduce((n, role) => n + count(role, m.text ?? '\u0000'), 0);
  return inRoles > 0 && inRoles >= count(m.quote, m.text ?? '');
}

/**
 * Records of the other side linked to one actor or authority: a sentence mentioning both
 * ("… would raise legal issues involving … an executive order banning assassinations, said
 * Brian Finucane"), or an event naming both. Strongest first. A state is linked only through an
 * event that names it as a party, never by a sentence alone; a mention inside another actor's
 * role links nothing by its sentence.
 */
function linked<T extends Named>(
  record: Named,
  side: Side,
  others: T[],
  otherSide: Side,
  events: Event[],
  actors: Described[],
): Related<T>[] {
  const { byId } = indexOf(others);
  const roles = rolesBySentence(actors);
  const { bySentence } = mentionIndexOf(others, roles);
  const counts = new Map<string, number>();
  const sourced = new Set<string>();
  const editors = new Map<string, string>();
  if (!placeLike(record))
    for (const s of new Set(record.mentions.filter((m) => !describes(m, roles)).map(sentenceKey)))
      for (const id of bySentence.get(s) ?? [])
        if (!placeLike(byId.get(id))) {
          tally(counts, id);
          sourced.add(id);
        }
  for (const e of eventsWith(events, side, record.id))
    for (const id of e[otherSide]) {
      tally(counts, id);
      // (the actor is this event's by the editors: on an authority's page, that actor; on an
      // actor's page, every authority the event names)
      const added = e.editorial?.actors?.find((a) => a.id === (side === 'authorities' ? id : record.id));
      if (added) editors.set(id, editors.get(id) ?? added.reason);
      else sourced.add(id);
    }
  return rank(counts, byId).map((r) =>
    !sourced.has(r.record.id) && editors.has(r.record.id) ? { ...r, byEditors: editors.get(r.record.id)! } : r,
  );
}

export const authoritiesOfActor = (actor: Actor, authorities: Authority[], events: Event[], actors: Actor[]) =>
  linked(actor, 'actors', authorities, 'authorities', events, actors);

export const actorsOfAuthority = (authority: Authority, actors: Actor[], events: Event[]) =>
  linked(authority, 'authorities', actors, 'actors', events, actors);
