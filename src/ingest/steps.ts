/**
 * Every stage of the extraction in one shape, `(doc) => doc`: what it reads from the document
 * and what it adds to it. The order they run in is `pipeline.ts`'s list, and only that.
 * Each stage's logic lives in its own file under stages/; these are the joints.
 */
import type { Doc, Stage } from './doc.ts';
import { articleSentences } from './stages/sentences.ts';
import { findPeople } from './stages/candidates-people.ts';
import { findOrganizations } from './stages/candidates-organizations.ts';
import { findProperOrganizations } from './stages/candidates-proper.ts';
import { findAuthorities } from './stages/candidates-authorities.ts';
import { findDates } from './stages/candidates-dates.ts';
import {
  dropHomeStates,
  dropNonActors,
  dropOverlaps,
  findRepeatMentions,
  groupActors,
  resolveShortOrganizations,
} from './stages/refine-actors.ts';
import { findCoreferences } from './stages/refine-coreference.ts';
import { groupAuthorities } from './stages/refine-authorities.ts';
import { findRoles } from './stages/refine-roles.ts';
import { findStatements } from './stages/statements.ts';
import { findEvents } from './stages/events.ts';
import { joinElaborations } from './stages/event-elaborations.ts';
import { buildRecords } from './stages/build-records.ts';
import { eventFacts, type EventFacts } from './stages/event-facts.ts';
import { addInstrumentEditorial, markEditorialName } from './gazetteer/index.ts';
import { bySpan, type ActorCandidate, type AuthorityCandidate, type Sentence } from './stages/types.ts';

/** Items grouped by their sentence's position in the article (what the event stages look up). */
function bySentence<T>(items: T[], at: (t: T) => Sentence): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const t of items) map.set(at(t).index, [...(map.get(at(t).index) ?? []), t]);
  return map;
}

/** Paragraph by paragraph: the recognisers that read a name across a paragraph's sentences. */
function perParagraph(sentences: Sentence[]): Sentence[][] {
  const out = new Map<string, Sentence[]>();
  for (const s of sentences) out.set(s.paragraph, [...(out.get(s.paragraph) ?? []), s]);
  return [...out.values()];
}

const overlaps = (a: ActorCandidate, b: { sentence: Sentence; start: number; end: number }) =>
  a.sentence === b.sentence && b.start < a.end && a.start < b.end;

export const sentences: Stage = {
  name: 'sentences',
  run: (doc) => ({ ...doc, sentences: articleSentences(doc.context.paragraphs) }),
};

export const people: Stage = {
  name: 'people',
  run: (doc) => ({ ...doc, found: [...doc.found, ...perParagraph(doc.sentences).flatMap(findPeople)] }),
};

export const organizations: Stage = {
  name: 'organizations',
  run: (doc) => ({ ...doc, found: [...doc.found, ...perParagraph(doc.sentences).flatMap(findOrganizations)] }),
};

/** Proper names of bodies the word lists do not know; never a person's name nor the outlet. */
export const properNames: Stage = {
  name: 'proper names',
  run: (doc) => {
    const people = doc.found.filter((c) => c.kind === 'person');
    const found = findProperOrganizations(doc.sentences).filter(
      (c) => !people.some((p) => overlaps(p, c)) && c.name !== doc.context.outlet,
    );
    return { ...doc, found: [...doc.found, ...found] };
  },
};

export const authorities: Stage = {
  name: 'authorities',
  run: (doc) => ({ ...doc, authorityMentions: doc.sentences.flatMap(findAuthorities) }),
};

export const dates: Stage = {
  name: 'dates',
  run: (doc) => ({ ...doc, dates: doc.sentences.flatMap((s) => findDates(s, doc.context.published)) }),
};

/** One candidate per span, no non-actors, no home state, short names of bodies resolved. */
export const refineActors: Stage = {
  name: 'refine actors',
  run: (doc) => {
    const { overlay } = doc.context;
    return { ...doc, mentions: resolveShortOrganizations(dropHomeStates(dropNonActors(dropOverlaps(doc.found), overlay))) };
  },
};

/** Later mentions by a surname or a short form, then words that refer back ("the group"). */
export const coreference: Stage = {
  name: 'coreference',
  run: (doc) => {
    const withRepeats = [...doc.mentions, ...findRepeatMentions(doc.sentences, doc.mentions)].sort(bySpan);
    return { ...doc, mentions: [...withRepeats, ...findCoreferences(doc.sentences, withRepeats)].sort(bySpan) };
  },
};

export const actors: Stage = {
  name: 'actors',
  run: (doc) => ({ ...doc, actors: groupActors(doc.mentions, doc.context.overlay) }),
};

/**
 * "sanctions against the group": a description that refers back names what it refers to
 * ("Sanctions against the Cartel de los Soles"), so that the authority's name stands alone.
 */
function resolveDescription(c: AuthorityCandidate, mentions: ActorCandidate[]): AuthorityCandidate {
  const definite = (s: string) => s.toLowerCase().startsWith('the ');
  let name = c.name;
  for (const a of mentions)
    if (a.via === 'coreference' && a.kind !== 'person' && overlaps(a, c) && a.start >= c.start && a.end <= c.end && definite(a.text))
      name = name.replace(a.text, definite(a.name) ? a.name : `the ${a.name}`);
  return name === c.name ? c : { ...c, name };
}

export const authorityRecords: Stage = {
  name: 'authority records',
  run: (doc) => {
    const resolved = doc.authorityMentions.map((c) => resolveDescription(c, doc.mentions));
    return { ...doc, authorities: groupAuthorities(resolved, doc.context.overlay) };
  },
};

export const roles: Stage = {
  name: 'roles',
  run: (doc) => ({ ...doc, roles: findRoles(doc.actors) }),
};

export const statements: Stage = {
  name: 'statements',
  run: (doc) => ({ ...doc, quotes: findStatements(doc.sentences, doc.actors, doc.roles) }),
};

/** The mentions of each sentence, with the record each belongs to. */
function mentionsBySentence(doc: Doc) {
  const actorMentions = bySentence(doc.actors.flatMap((actor) => actor.mentions.map((m) => ({ actor, m }))), (x) => x.m.sentence);
  const authorityMentions = bySentence(
    doc.authorities.flatMap((authority) => authority.mentions.map((m) => ({ authority, m }))),
    (x) => x.m.sentence,
  );
  return { actorMentions, authorityMentions, dates: bySentence(doc.dates, (d) => d.sentence) };
}

export const events: Stage = {
  name: 'events',
  run: (doc) => {
    const { actorMentions, authorityMentions, dates } = mentionsBySentence(doc);
    return { ...doc, events: findEvents(doc.sentences, dates, actorMentions, authorityMentions, doc.context.published) };
  },
};

/** Sentences that go on about an event join it (its actors and authorities). */
export const elaborations: Stage = {
  name: 'elaborations',
  run: (doc) => {
    const { actorMentions, authorityMentions, dates } = mentionsBySentence(doc);
    return { ...doc, events: joinElaborations(doc.events, doc.sentences, dates, actorMentions, authorityMentions) };
  },
};

/**
 * Validated records, what the overlay and the gazetteer add marked editorial, and what the merge
 * compares.
 */
export const records: Stage = {
  name: 'records',
  run: (doc) => {
    const { sourceId, published, overlay } = doc.context;
    const built = buildRecords({ sourceId, published, overlay, ...doc });
    // (buildRecords keeps the events in order, one record for each candidate)
    const facts: Record<string, EventFacts> = {};
    built.events.forEach((e, i) => (facts[e.id] = eventFacts(doc.events[i]!.sentence)));
    return { ...doc, records: { ...built, actors: built.actors.map(markEditorialName), authorities: built.authorities.map(addInstrumentEditorial), facts } };
  },
};
