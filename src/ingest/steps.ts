/**
 * Every stage of the extraction in one shape, `(doc) => doc`: what it reads from the document
 * and what it adds to it. The order they run in is `pipeline.ts`'s list, and only that.
 * Each stage's logic lives in its own file under stages/; these are the joints.
 */
import { overlaps, perParagraph, type Stage } from './doc.ts';
import { articleSentences } from './stages/sentences.ts';
import { findOrganizations } from './stages/candidates-organizations.ts';
import { findProperOrganizations } from './stages/candidates-proper.ts';
import {
  dropHomeStates,
  dropNonActors,
  dropOverlaps,
  findRepeatMentions,
  groupActors,
  resolveShortOrganizations,
} from './stages/refine-actors.ts';
import { findCoreferences } from './stages/refine-coreference.ts';
import { buildRecords } from './stages/build-records.ts';
import { eventFacts, type EventFacts } from './stages/event-facts.ts';
import { addInstrumentEditorial, markEditorialName } from './gazetteer/index.ts';
import { bySpan } from './stages/types.ts';

export const sentences: Stage = {
  name: 'sentences',
  run: (doc) => ({ ...doc, sentences: articleSentences(doc.context.paragraphs) }),
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
