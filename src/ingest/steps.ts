/**
 * Every stage of the extraction in one shape, `(doc) => doc`: what it reads from the document
 * and what it adds to it. The order they run in is `pipeline.ts`'s list, and only that.
 * Each stage's logic lives in its own file under stages/; these are the joints.
 */
import type { Stage } from './doc.ts';
import { articleSentences } from './stages/sentences.ts';
import { buildRecords } from './stages/build-records.ts';
import { eventFacts, type EventFacts } from './stages/event-facts.ts';
import { addInstrumentEditorial, markEditorialName } from './gazetteer/index.ts';

export const sentences: Stage = {
  name: 'sentences',
  run: (doc) => ({ ...doc, sentences: articleSentences(doc.context.paragraphs) }),
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
