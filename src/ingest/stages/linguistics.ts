import type { Sentence } from './types.ts';
import { clauses } from './linguistics-clauses.ts';
import { chunk, verbGroups } from './linguistics-phrases.ts';
import { tokenize } from './linguistics-tokens.ts';

/**
 * The linguistic layer: what the extractors read instead of raw strings. Computed once per
 * sentence (cached) from wink-nlp's tagger (docs/extraction.md says why wink over compromise):
 * tokens with part-of-speech tags, lemmas and spelling features, noun phrases with their head,
 * verb groups with tense, negation and modality, and clause boundaries.
 *
 * The chunker and the clause splitter are ours (linguistics-phrases.ts, linguistics-clauses.ts):
 * no maintained JavaScript library gives noun phrases or clauses with character offsets, and both
 * are a few rules over the tags.
 */

export { set } from './linguistics-words.ts';

export type Pos =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token {
  text: string;
  /** Lower-case form. */
  lower: string;
  lemma: string;
  pos: Pos;
  /** Offsets into the paragraph text. */
  start: number;
  end: number;
  /** Inside quotation marks. */
  quoted: boolean;
  /** Starts with a capital letter (the matcher's CAP). */
  cap: boolean;
  /** Every letter is a capital, and there is one (the matcher's UPPER). */
  upper: boolean;
  /** Written with digits: starts with one (the matcher's NUM). */
  num: boolean;
}

/** A noun phrase: tokens [start, end), its head token, and what stands before the head. */
export interface NounPhrase {
  start: number;
  end: number;
  head: number;
  /** Every word from the first content word to the head is a proper noun (or a joining word). */
  proper: boolean;
  /** The determiner or possessive that opens it ("the", "a", "Trump’s"), if any. */
  determiner: string | null;
}

export interface VerbGroup {
  start: number;
  end: number;
  /** The main verb's token. */
  main: number;
  lemma: string;
  tense: 'past' | 'present' | 'future';
  negated: boolean;
  /** The modal ("would", "could", "may"…), if any. */
  modal: string | null;
  passive: boolean;
}

export type ClauseKind = 'main' | 'relative' | 'subordinate' | 'reported' | 'attribution' | 'aside';

export interface Clause {
  kind: ClauseKind;
  start: number;
  end: number;
}

export interface Layer {
  tokens: Token[];
  phrases: NounPhrase[];
  verbs: VerbGroup[];
  clauses: Clause[];
}

const cache = new WeakMap<Sentence, Layer>();

/** The layer of one sentence, computed on first use and kept for every later stage. */
export function layerOf(sentence: Sentence): Layer {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const tokens = tokenize(sentence);
  const verbs = verbGroups(tokens);
  const layer: Layer = { tokens, phrases: chunk(tokens), verbs, clauses: clauses(tokens, verbs) };
  cache.set(sentence, layer);
  return layer;
}

/** The clause that holds the token at a paragraph offset (the first clause when none does). */
export function clauseAt(layer: Layer, offset: number): Clause {
  const i = layer.tokens.findIndex((t) => t.start <= offset && offset < t.end);
  return clauseOfToken(layer, i < 0 ? 0 : i);
}

/** The clause that holds token i. */
export const clauseOfToken = (layer: Layer, i: number): Clause =>
  layer.clauses.find((c) => c.start <= i && i < c.end) ?? { kind: 'main', start: 0, end: layer.tokens.length };

/** The text of tokens [a, b) as written in the paragraph. */
export const tokensText = (sentence: Sentence, tokens: Token[], a: number, b: number) =>
  b > a ? sentence.paragraphText.slice(tokens[a]!.start, tokens[b - 1]!.end) : '';
