import type { Actor, Authority, Event, Overlay, Paragraph, Statement } from '../../schemas/index.ts';
import { articleSentences } from './sentences.ts';
import { findPeople } from './candidates-people.ts';
import { findOrganizations } from './candidates-organizations.ts';
import { findProperOrganizations } from './candidates-proper.ts';
import { findAuthorities } from './candidates-authorities.ts';
import { findDates } from './candidates-dates.ts';
import { dropHomeStates, dropNonActors, dropOverlaps, resolveShortOrganizations, findRepeatMentions, groupActors } from './refine-actors.ts';
import { findCoreferences } from './refine-coreference.ts';
import { groupAuthorities } from './refine-authorities.ts';
import { findRoles } from './refine-roles.ts';
import { findStatements } from './statements.ts';
import { findEvents } from './events.ts';
import { joinElaborations } from './event-elaborations.ts';
import { buildRecords } from './build-records.ts';
import { eventFacts, type EventFacts } from './event-facts.ts';
import { bySpan, type ActorCandidate, type AuthorityCandidate, type Sentence } from './types.ts';

export interface ArticleContext {
  /** Id of the source article; every piece of evidence carries it. */
  sourceId: string;
  /** Publication day, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  paragraphs: Paragraph[];
  overlay: Overlay;
  /** The publishing outlet: the article's source, never an actor of its own story. */
  outlet?: string;
}

export interface ArticleRecords {
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
  /** Every direct quotation, attributed (also attached to its actor's record). */
  statements: Statement[];
  /** What the merge compares of each event (its act, figures, place), by event id. */
  facts?: Record<string, EventFacts>;
}

/** Groups items by the index of their sentence, in one pass. */
function bySentence<T>(items: T[], at: (t: T) => Sentence): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const t of items) {
    const i = at(t).index;
    const list = map.get(i);
    if (list) list.push(t);
    else map.set(i, [t]);
  }
  return map;
}

/**
 * "sanctions against the group": a description that refers back names what it refers to
 * ("Sanctions against the Cartel de los Soles"), so that the authority's name stands alone.
 */
function resolveDescription(c: AuthorityCandidate, actors: ActorCandidate[]): AuthorityCandidate {
  let name = c.name;
  for (const a of actors)
    if (a.via === 'coreference' && a.sentence === c.sentence && a.start >= c.start && a.end <= c.end && /^the\s/iu.test(a.text) && a.kind !== 'person')
      name = name.replace(a.text, /^the\s/iu.test(a.name) ? a.name : `the ${a.name}`);
  return name === c.name ? c : { ...c, name };
}

/**
 * Stages 3-7 of the pipeline, in order. Parsers make candidates from sentences; refiners
 * merge, drop and resolve them; the last stage validates the records.
 */
export function extractRecords(ctx: ArticleContext): ArticleRecords {
  // 3. sentences, with exact offsets into their paragraph
  const sentences = articleSentences(ctx.paragraphs);
  const paragraphs = [...bySentence(sentences, (s) => s).values()].flat();
  const perParagraph = new Map<string, Sentence[]>();
  for (const s of paragraphs) perParagraph.set(s.paragraph, [...(perParagraph.get(s.paragraph) ?? []), s]);

  // 4. candidates: people, organizations/groups/states, authorities, dates
  const people = [...perParagraph.values()].flatMap(findPeople);
  const overlapsPerson = (c: { sentence: Sentence; start: number; end: number }) => people.some((p) => p.sentence === c.sentence && c.start < p.end && p.start < c.end);
  const found = [
    ...people,
    ...[...perParagraph.values()].flatMap(findOrganizations),
    ...findProperOrganizations(sentences).filter((c) => !overlapsPerson(c) && c.name !== ctx.outlet),
  ];
  const authorityCandidates = sentences.flatMap(findAuthorities);
  const dates = new Map(sentences.map((s) => [s.index, findDates(s, ctx.published)]));

  // 5. refine: one candidate per span, no non-actors, surnames and aliases, coreference
  const firstPass = resolveShortOrganizations(dropHomeStates(dropNonActors(dropOverlaps(found), ctx.overlay)));
  const repeats = findRepeatMentions(sentences, firstPass);
  const withCoref = [...firstPass, ...repeats].sort(bySpan);
  const candidates = [...withCoref, ...findCoreferences(sentences, withCoref)].sort(bySpan);
  const actors = groupActors(candidates, ctx.overlay);
  const authorities = groupAuthorities(authorityCandidates.map((c) => resolveDescription(c, candidates)), ctx.overlay);
  const roles = findRoles(actors);
  const quotes = findStatements(sentences, actors, roles);

  // 6. events
  const actorMentions = bySentence(actors.flatMap((actor) => actor.mentions.map((m) => ({ actor, m }))), (x) => x.m.sentence);
  const authorityMentions = bySentence(authorities.flatMap((authority) => authority.mentions.map((m) => ({ authority, m }))), (x) => x.m.sentence);
  const acts = findEvents(sentences, dates, actorMentions, authorityMentions, ctx.published);
  const events = joinElaborations(acts, sentences, dates, actorMentions, authorityMentions);

  // 7. records
  const records = buildRecords({ sourceId: ctx.sourceId, published: ctx.published, overlay: ctx.overlay, actors, authorities, roles, quotes, events });
  // (buildRecords keeps the events in order, one record for each candidate)
  const facts: Record<string, EventFacts> = {};
  records.events.forEach((e, i) => (facts[e.id] = eventFacts(events[i]!.sentence)));
  return { ...records, facts };
}
