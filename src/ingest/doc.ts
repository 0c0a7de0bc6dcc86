import type { Actor, Authority, Event, Overlay, Paragraph, Statement } from '../schemas/index.ts';
import type { EventFacts } from './stages/event-facts.ts';
import type {
  ActorCandidate,
  AuthorityCandidate,
  DateCandidate,
  QuoteCandidate,
  ResolvedActor,
  ResolvedAuthority,
  RoleCandidate,
  Sentence,
} from './stages/types.ts';
import type { EventCandidate } from './stages/events.ts';

/** What an article brings besides its text: who published it, when, and the editor's overlay. */
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

/** The records one article yields, as the schemas define them. */
export interface ArticleRecords {
  actors: Actor[];
  authorities: Authority[];
  events: Event[];
  /** Every direct quotation, attributed (also attached to its actor's record). */
  statements: Statement[];
  /** What the merge compares of each event (its act, figures, place), by event id. */
  facts?: Record<string, EventFacts>;
}

/**
 * One article as the stages see it, in the manner of spaCy's `Doc`: its sentences (each reads
 * its tokens, phrases, verb groups and clauses from the linguistic layer), then what each stage
 * finds, as spans of those sentences. A stage reads the fields earlier stages filled and fills
 * its own; nothing is kept on the side.
 */
export interface Doc {
  context: ArticleContext;
  sentences: Sentence[];
  /** Actor mentions found by the recognisers, before refinement. */
  found: ActorCandidate[];
  /** Actor mentions after refinement: one per span, surnames, repeats and references resolved. */
  mentions: ActorCandidate[];
  /** Legal authorities named in the text. */
  authorityMentions: AuthorityCandidate[];
  /** Every date phrase, on its sentence. */
  dates: DateCandidate[];
  actors: ResolvedActor[];
  authorities: ResolvedAuthority[];
  roles: RoleCandidate[];
  quotes: QuoteCandidate[];
  events: EventCandidate[];
  /** The validated records, filled by the last stage. */
  records: ArticleRecords | null;
}

export const newDoc = (context: ArticleContext): Doc => ({
  context,
  sentences: [],
  found: [],
  mentions: [],
  authorityMentions: [],
  dates: [],
  actors: [],
  authorities: [],
  roles: [],
  quotes: [],
  events: [],
  records: null,
});

/** A stage of the pipeline: a name to report and test it by, and one shape for all. */
export interface Stage {
  name: string;
  run: (doc: Doc) => Doc;
}

/** Items grouped by their sentence's position in the article (what the event stages look up). */
export function bySentence<T>(items: T[], at: (t: T) => Sentence): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const t of items) {
    const list = map.get(at(t).index);
    if (list) list.push(t);
    else map.set(at(t).index, [t]);
  }
  return map;
}

/** Paragraph by paragraph: the recognisers that read a name across a paragraph's sentences. */
export function perParagraph(sentences: Sentence[]): Sentence[][] {
  const out = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const list = out.get(s.paragraph);
    if (list) list.push(s);
    else out.set(s.paragraph, [s]);
  }
  return [...out.values()];
}

/** Whether two spans of one sentence share a character. */
export const overlaps = (
  a: { sentence: Sentence; start: number; end: number },
  b: { sentence: Sentence; start: number; end: number },
) => a.sentence === b.sentence && b.start < a.end && a.start < b.end;

/** The mentions and dates of each sentence, with the record each mention belongs to. */
export function mentionsBySentence(doc: Doc) {
  const actorMentions = bySentence(
    doc.actors.flatMap((actor) => actor.mentions.map((m) => ({ actor, m }))),
    (x) => x.m.sentence,
  );
  const authorityMentions = bySentence(
    doc.authorities.flatMap((authority) => authority.mentions.map((m) => ({ authority, m }))),
    (x) => x.m.sentence,
  );
  return { actorMentions, authorityMentions, dates: bySentence(doc.dates, (d) => d.sentence) };
}
