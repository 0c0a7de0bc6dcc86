import { createHash } from 'node:crypto';
import { toSlug } from '../../lib/slug.ts';
import {
  actor as actorSchema,
  authority as authoritySchema,
  event as eventSchema,
  type Actor,
  type Authority,
  type Event,
  type Overlay,
  type Statement,
} from '../../schemas/index.ts';
import makingPatterns from '../patterns/authority-making.json' with { type: 'json' };
import { Matcher, type Pattern } from '../match/matcher.ts';
import type { EventCandidate } from './events.ts';
import { layerOf } from './linguistics.ts';
import { adjectives } from './candidates-organizations.ts';
import { wordingOnly } from './authority-wordings.ts';
import type {
  ActorCandidate,
  ActorMentions,
  QuoteCandidate,
  ResolvedActor,
  ResolvedAuthority,
  RoleCandidate,
  Sentence,
  Span,
} from './types.ts';
import { bySentence, type Stage } from '../doc.ts';
import { eventFacts, type EventFacts } from './event-facts.ts';
import { namedInPassing } from './event-participants.ts';
import { addInstrumentEditorial, markEditorialName } from '../gazetteer/index.ts';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A mention as the schema has it: the sentence is the quote, the naming words its text. */
const mentionOf = (source: string, m: Span) => ({
  source,
  paragraph: m.sentence.paragraph,
  quote: m.sentence.text,
  text: m.text,
});

function uniqueMentions<T extends { paragraph: string; quote: string; text: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const k = `${m.paragraph}|${m.quote}|${m.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// Acts that make an authority ("signed an order", "wrote a memo", "authorized the use of force"),
// and the same reported as just done ("has signed", "have quietly approved").
const making = (label: string) => new Matcher((makingPatterns as Pattern[]).filter((p) => p.label === label));
const MAKING = making('making');
const JUST_MADE = making('just-made');
const found = (m: Matcher, s: Sentence) => {
  const toks = layerOf(s).tokens;
  const hit = m.findAll(toks)[0];
  return hit ? s.paragraphText.slice(toks[hit.start]!.start, toks[hit.end - 1]!.end) : null;
};
type YearRead = { year: number | null; yearFrom?: Authority['yearFrom'] };

/** The year an authority was made, when the sentence that makes it is dated exactly (or reports it as just done). */
function yearFromEvents(a: ResolvedAuthority, events: EventCandidate[], published: string): YearRead {
  if (a.year !== null || !['executive-order', 'directive', 'legal-opinion', 'authorization'].includes(a.kind))
    return { year: a.year, ...(a.year !== null && a.yearFrom ? { yearFrom: a.yearFrom } : {}) };
  const first = a.mentions.find((m) => !m.anaphora);
  if (!first) return { year: null };
  // (the sentence's own act, not a happening told beside it: "after the attacks of May 3, 2003,
  // the assembly authorized …" is not dated by the attacks)
  const ev = events.find((e) => e.sentence === first.sentence && !e.words);
  // (a date the text gives only roughly, "ahead of the operation", gives no year to state flatly)
  if (ev?.date && ev.date.precision !== 'decade' && !ev.date.approximate && found(MAKING, first.sentence))
    return { year: Number(ev.date.value.slice(0, 4)), yearFrom: { basis: 'dated-act', words: ev.date.expression } };
  const justDone = ev?.date ? null : found(JUST_MADE, first.sentence);
  if (justDone) return { year: Number(published.slice(0, 4)), yearFrom: { basis: 'just-done', words: justDone } };
  return { year: null };
}

export interface BuildInput {
  sourceId: string;
  published: string;
  overlay: Overlay;
  actors: ResolvedActor[];
  authorities: ResolvedAuthority[];
  roles: RoleCandidate[];
  quotes: QuoteCandidate[];
  events: EventCandidate[];
}

type Records = { actors: Actor[]; authorities: Authority[]; events: Event[]; statements: Statement[] };
const editorialOf = (patch: { editorial?: unknown; formerIds?: string[] } | undefined) => ({
  ...(patch?.editorial ? { editorial: patch.editorial } : {}),
  ...(patch?.formerIds?.length ? { formerIds: patch.formerIds } : {}),
});

/** Each other name once, whatever its case (the first spelling in sort order), and none that is the name. */
export function onceEach(aliases: string[], name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases.filter((x) => !seen.has(x.toLowerCase()) && !!seen.add(x.toLowerCase()));
}

/** A state's mention that only qualifies or places something else is marked so ("Ostrian law"). */
function inPassing(a: ResolvedActor, m: ActorCandidate, byIndex: ActorMentions): { inPassing?: true } {
  if (a.kind !== 'state') return {};
  return namedInPassing(m.sentence, m, byIndex.get(m.sentence.index) ?? []) ? { inPassing: true } : {};
}

function actorsOf(input: BuildInput, statements: Statement[]): Actor[] {
  const source = input.sourceId;
  const byIndex = bySentence(
    input.actors.flatMap((actor) => actor.mentions.map((m) => ({ actor, m }))),
    (x) => x.m.sentence,
  );
  return input.actors.map((a) =>
    actorSchema.parse({
      id: a.id,
      name: a.name,
      kind: a.kind,
      // ("Colombian troops" names Colombia, but "Colombian" is no other name of it)
      aliases: onceEach([...a.aliases].filter((x) => !adjectives.has(x)).sort(), a.name),
      roles: input.roles
        .filter((r) => r.actor === a.id)
        .map((r) => ({ source, paragraph: r.sentence.paragraph, quote: r.sentence.text, role: r.role })),
      mentions: uniqueMentions(a.mentions.map((m) => ({ ...mentionOf(source, m), ...inPassing(a, m, byIndex) }))),
      statements: statements.filter((s) => s.actor === a.id).map(({ actor: _a, ...s }) => s),
      ...editorialOf(input.overlay.actors.find((p) => p.id === a.id)),
    }),
  );
}

/** An authority's other names, and the words of the text for it that are no name (`wordingOnly`). */
function formsOf(a: ResolvedAuthority): { aliases: string[]; wordings?: string[] } {
  const forms = onceEach([...a.aliases].sort(), a.name);
  const wordings = forms.filter((f) => wordingOnly(a, f));
  return { aliases: forms.filter((f) => !wordings.includes(f)), ...(wordings.length ? { wordings } : {}) };
}

function authoritiesOf(input: BuildInput): Authority[] {
  return input.authorities.map((a) => {
    const patch = input.overlay.authorities.find((p) => p.id === a.id);
    return authoritySchema.parse({
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(patch?.year !== undefined
        ? { year: a.year, yearByEditors: true }
        : yearFromEvents(a, input.events, input.published)),
      ...formsOf(a),
      mentions: uniqueMentions(a.mentions.map((m) => mentionOf(input.sourceId, m))),
      ...editorialOf(patch),
    });
  });
}

/**
 * Event ids from the source sentence's own words (as paragraph ids do), not from the date or
 * summary the engine derives: a better date or summary must not move the URL. An event told
 * beside the sentence's act takes its id from its own words ("terrorist-attacks-of-sept-11-…"),
 * so that its address does not name the other act.
 */
function eventIds(source: string, events: EventCandidate[]): string[] {
  const ids = new Set<string>();
  return events.map((e) => {
    const base = eventId(source, e.words ?? e.sentence.text);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  });
}

/** An event's date with what it counts from, by the id the anchor event now has. */
function anchoredDate(e: EventCandidate, idOf: string[]) {
  const from = e.countsFrom && e.date ? idOf[e.countsFrom.index] : undefined;
  if (!from) return e.date;
  const { relation, offsetDays } = e.countsFrom!;
  return {
    ...e.date,
    anchor: { kind: 'event', event: from, relation, ...(offsetDays !== undefined ? { offsetDays } : {}) },
  };
}

function eventsOf(input: BuildInput): Event[] {
  const idOf = eventIds(input.sourceId, input.events);
  return input.events.map((e, i) =>
    eventSchema.parse({
      id: idOf[i]!,
      source: input.sourceId,
      paragraph: e.sentence.paragraph,
      quote: e.sentence.text,
      summary: e.summary,
      headline: e.headline,
      date: anchoredDate(e, idOf),
      ...(e.reported ? { reported: e.reported } : {}),
      actors: e.actors,
      agents: e.agents,
      authorities: e.authorities,
    }),
  );
}

/**
 * Stage 7: validated records. Ids are slugs; every piece of evidence carries the source id,
 * the paragraph and the exact sentence; overlay data goes to `editorial` only. Sorted by id
 * (records) and reading order (mentions, statements), so the same input gives the same output.
 */
export function buildRecords(input: BuildInput): Records {
  const statements: Statement[] = input.quotes.map((q) => ({
    source: input.sourceId,
    paragraph: q.sentence.paragraph,
    quote: q.quote,
    actor: q.actor,
  }));
  const actors = actorsOf(input, statements).sort(byId);
  return { actors, authorities: authoritiesOf(input).sort(byId), events: eventsOf(input), statements };
}

/** "president-george-hw-bush-sent-more-9f3a": six words of the sentence and a hash of it. */
function eventId(source: string, sentence: string): string {
  const words = toSlug(sentence).split('-').filter(Boolean).slice(0, 6).join('-');
  const hash = createHash('sha256').update(`${source}\n${sentence}`).digest('hex').slice(0, 4);
  return `${words || 'event'}-${hash}`;
}

/** What the merge compares of each event (its act, figures, place), by event id, in order. */
function factsOf(events: Event[], candidates: EventCandidate[]): Record<string, EventFacts> {
  const facts: Record<string, EventFacts> = {};
  events.forEach((e, i) => (facts[e.id] = eventFacts(candidates[i]!.sentence)));
  return facts;
}

/**
 * The last stage: validated records, what the overlay and the gazetteer add marked editorial, and
 * what the merge compares (buildRecords keeps the events in order, one record per candidate).
 */
export const recordsStage: Stage = {
  name: 'records',
  run: (doc) => {
    const { sourceId, published, overlay } = doc.context;
    const built = buildRecords({ sourceId, published, overlay, ...doc });
    const actors = built.actors.map(markEditorialName);
    const authorities = built.authorities.map(addInstrumentEditorial);
    return { ...doc, records: { ...built, actors, authorities, facts: factsOf(built.events, doc.events) } };
  },
};
