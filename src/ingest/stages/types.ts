import type { ActorKind, AuthorityKind, EventDate } from '../../schemas/index.ts';

/** One sentence of a paragraph, with exact offsets: `text === paragraphText.slice(start, end)`. */
export interface Sentence {
  paragraph: string;
  /** Position of the sentence in the article (0-based, across paragraphs). */
  index: number;
  /** Position of the paragraph in the article. */
  paragraphIndex: number;
  start: number;
  end: number;
  text: string;
  /** The whole paragraph's text (shared, not copied). */
  paragraphText: string;
}

/** Words of a sentence: offsets are into the paragraph text; `text` is exactly those words. */
export interface Span {
  sentence: Sentence;
  start: number;
  end: number;
  text: string;
}

/** A candidate actor: the words that name it and what we make of them. */
export interface ActorCandidate extends Span {
  /** The name as written (titles stripped); refined into a canonical name later. */
  name: string;
  kind: ActorKind;
  /** Which parser found it; lexicon finds beat guesses when spans overlap. */
  via: 'lexicon' | 'pattern' | 'people' | 'title' | 'surname' | 'coreference';
  /** A title written before the name ("Defense Secretary"), when any. */
  title?: string;
}

/** A candidate legal authority. */
export interface AuthorityCandidate extends Span {
  name: string;
  kind: AuthorityKind;
  year: number | null;
  /** The phrase without its determiner and description ("new directive"). */
  core: string;
  /** Opened by "the", "this" or "that": it may describe an authority already named. */
  definite: boolean;
  /** Made by a verb in the passive, in passing ("who has been sanctioned"): nothing refers back to it. */
  passive?: boolean;
  /** Opened by a possessor ("Trump’s", "his"): someone's instrument. */
  possessed?: boolean;
  /** Opened by "a" or "an": a new instrument, never one already named. */
  indefinite: boolean;
  /** Named in a "whether …" or "if …" clause: an instrument that may not exist. */
  hypothetical?: boolean;
  /** The words before the head that say which one it is ("war", "powers"), lower case. */
  mods: string[];
  /** The head word's lemma ("directive", "measure"). */
  head: string;
  /**
   * A bare description ("the measure", "Trump’s new directive") that refers back to an earlier
   * authority; `legislativeOnly`: it names nothing by itself, so it is dropped when nothing precedes.
   */
  anaphora?: { head: string; legislativeOnly: boolean };
  /** Cited as what the instrument before it is made under ("a measure under the X Act"). */
  basis?: true;
  /** A measure named by its number ("H. Con. Res. 12"); `full` when the text gives its chamber too. */
  bill?: { number: string; full: boolean };
}

/** A candidate date: what the text stated, and how it was resolved. */
export interface DateCandidate extends Span {
  date: EventDate;
  /** 'previous': relative to the previous dated event ("two days later"); 'context': inherits it. */
  anchor?: 'previous' | 'context';
  /** For 'previous': the offset in days. */
  offsetDays?: number;
  /** For 'context': the phrase places the act early in the period named just before ("Early on"). */
  opens?: true;
  /** For 'context': the act comes before or after the context's event ("ahead of the operation": before). */
  relation?: 'before' | 'after';
  /** Counted from the publication day ("two weeks ago", "On Thursday", "In February"). */
  published?: true;
  /** The part of its period the words name ("late last month", "the early 2000s"). */
  within?: 'early' | 'mid' | 'late';
}

/** An actor after refinement: one per real-world actor, with its mentions. */
export interface ResolvedActor {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  mentions: ActorCandidate[];
  titles: string[];
}

export interface ResolvedAuthority {
  id: string;
  name: string;
  kind: AuthorityKind;
  year: number | null;
  /** Where the year was read, when not written with the name (schemas/authority.ts `yearFrom`). */
  yearFrom?: { basis: 'dated-act' | 'just-done'; words: string };
  aliases: Set<string>;
  mentions: AuthorityCandidate[];
}

/** A role stated in the text, with the sentence that states it. */
export interface RoleCandidate {
  actor: string;
  role: string;
  sentence: Sentence;
}

/** A direct quotation and whom it is attributed to. */
export interface QuoteCandidate {
  actor: string;
  quote: string;
  sentence: Sentence;
}

export const spanOf = (sentence: Sentence, start: number, end: number): Span => ({
  sentence,
  start,
  end,
  text: sentence.paragraphText.slice(start, end),
});

/** Stable order for spans: by paragraph position, then offset, then length (longest first). */
export const bySpan = (a: Span, b: Span) =>
  a.sentence.paragraphIndex - b.sentence.paragraphIndex || a.start - b.start || b.end - a.end;

const REGEX_SYNTAX = new Set([...'.*+?^${}()|[]\\']);

/** Escapes a literal for use inside a RegExp. */
export const escapeRe = (s: string) => [...s].map((c) => (REGEX_SYNTAX.has(c) ? `\\${c}` : c)).join('');

/** Each sentence's actor mentions, by sentence index, with the record each belongs to. */
export type ActorMentions = Map<number, { actor: ResolvedActor; m: ActorCandidate }[]>;
