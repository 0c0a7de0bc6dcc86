import type { Token } from './linguistics.ts';
import type { Sentence } from './types.ts';

/**
 * Names as words: the one normaliser the extractor and the merge compare names with, and the
 * look-up of known name forms over a sentence's tokens.
 */

/** A letter of any script (it has an upper and a lower case). */
export const isLetter = (c: string | undefined) => !!c && c.toLowerCase() !== c.toUpperCase();
/** Starts with a capital letter. */
export const isCapitalized = (w: string | undefined) => !!w && isLetter(w[0]) && w[0] === w[0]!.toUpperCase();
/** Starts with a lower-case letter. */
export const isLowerWord = (w: string | undefined) => !!w && isLetter(w[0]) && w[0] === w[0]!.toLowerCase();
/** Every character is a capital letter. */
export const isCapitals = (w: string) => w.length > 0 && [...w].every((c) => isLetter(c) && c === c.toUpperCase());
/** The words of a name as written (split at spaces). */
export const wordsOf = (name: string) => name.split(' ').filter(Boolean);
export const lastWord = (name: string) => wordsOf(name).at(-1) ?? '';
/** A plural written with a final "s" ("designations", not "press") made singular. */
export const singular = (w: string) => (w.endsWith('s') && !w.endsWith('ss') && w.length > 3 ? w.slice(0, -1) : w);

const APOSTROPHES = ['’', '‘', '`'];
const POSSESSIVE_ENDS = ["'s", "'"];

/** One word compared across spellings: no accents, no full stops, one apostrophe, lower case. */
function foldWord(w: string): string {
  let x = w.normalize('NFKD').replace(/\p{M}/gu, '');
  for (const a of APOSTROPHES) x = x.replaceAll(a, "'");
  return x.toLowerCase().replaceAll('.', '');
}

/**
 * A name as the words it is compared by: accents, case, full stops and the kind of apostrophe
 * do not count, nor a leading "the", nor (with `possessor`) a possessor among its first three
 * words ("Borduria’s Red Hand Cartel" is "red hand cartel").
 */
export function nameWords(name: string, possessor = true): string[] {
  const w = wordsOf(name).map(foldWord).filter(Boolean);
  if (w[0] === 'the') w.shift();
  if (!possessor) return w;
  const owner = w.slice(0, 3).findIndex((x) => POSSESSIVE_ENDS.some((e) => x.endsWith(e) && x.length > e.length));
  return owner >= 0 && owner < w.length - 1 ? w.slice(owner + 1) : w;
}

export const normalName = (name: string, possessor = true) => nameWords(name, possessor).join(' ');

/** The longest run of tokens looked up at once. */
const MAX_FORM_TOKENS = 8;

/** Whether two tokens touch (no space between them). */
const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/**
 * Whether a form found at tokens [a, b) stands as a word of its own: no letter, full stop or hyphen
 * written against its start ("anti-US"), no letter or hyphen against its end ("U.S.-backed").
 */
function standsAlone(toks: Token[], a: number, b: number): boolean {
  const before = toks[a - 1];
  const after = toks[b];
  if (
    touching(before, toks[a]) &&
    (isLetter(before!.text.at(-1)) || before!.text.endsWith('.') || before!.text.endsWith('-'))
  )
    return false;
  return !(touching(toks[b - 1], after) && (isLetter(after!.text[0]) || after!.text.startsWith('-')));
}

export interface FormHit<T> {
  /** Token range [a, b). */
  a: number;
  b: number;
  value: T;
}

/**
 * Known forms among a sentence's tokens, as written (case counts): left to right, the longest at
 * each token, none overlapping, each standing as a word of its own.
 */
export function formsIn<T>(s: Sentence, toks: Token[], lookup: (text: string) => T | undefined): FormHit<T>[] {
  const out: FormHit<T>[] = [];
  for (let a = 0; a < toks.length; a++) {
    for (let b = Math.min(toks.length, a + MAX_FORM_TOKENS); b > a; b--) {
      const value = lookup(s.paragraphText.slice(toks[a]!.start, toks[b - 1]!.end));
      if (value === undefined || !standsAlone(toks, a, b)) continue;
      out.push({ a, b, value });
      a = b - 1;
      break;
    }
  }
  return out;
}
