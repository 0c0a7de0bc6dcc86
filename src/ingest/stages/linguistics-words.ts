import words from '../lexicons/clause-words.json' with { type: 'json' };
import type { Pos, Token } from './linguistics.ts';

/** A word list as a set of lower-case words, for lookups by a token's `lower`. */
export const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** The word lists of the layer (lexicons/clause-words.json), as sets. */
export const W = {
  subordinators: set(words.subordinators),
  relatives: set(words.relatives),
  speech: set(words.speechVerbs),
  prepositional: set(words.prepositionalSubordinators),
  asComplement: set(words.asComplementVerbs),
  modals: set(words.modals),
  joiners: set(words.nameJoiners),
  calendar: set(words.calendar),
  nameHeads: set(words.nameHeads),
  nameArticles: set(words.nameArticles),
  possessives: set(words.possessiveDeterminers),
  pastAuxiliaries: set(words.pastAuxiliaries),
};

export const OPEN_QUOTES = new Set(['“', '"', '‘']);
export const CLOSE_QUOTES = new Set(['”', '"', '’']);
export const DASHES = new Set(['—', '–', '--']);
export const NOMINAL = new Set<Pos>(['NOUN', 'PROPN', 'NUM']);

/** A capitalised content word: a proper noun, a noun or an adjective written with a capital. */
export const capitalized = (t: Token | undefined) =>
  !!t && t.cap && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ');

/** Whether a word ends with one of the endings. */
export const endsWithAny = (word: string, endings: readonly string[]) => endings.some((e) => word.endsWith(e));
