import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos, Token } from './linguistics.ts';
import { CLOSE_QUOTES, OPEN_QUOTES } from './linguistics-words.ts';
import type { Sentence } from './types.ts';

const nlp = winkNLP(model);
const its = nlp.its;

const isUpperChar = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string) => c >= '0' && c <= '9';
/** Characters after a closing straight quote: a space, or punctuation that ends a phrase. */
const AFTER_CLOSE = new Set(['.', ',', ';', ':', '!', '?', ')']);
const isSpace = (c: string | undefined) => c === undefined || c.trim() === '';

/** What a token's spelling says, computed once: capitalised, all capitals, written with digits. */
export function shape(text: string): Pick<Token, 'cap' | 'upper' | 'num'> {
  const upper = text !== text.toLowerCase() && text === text.toUpperCase();
  return { cap: isUpperChar(text[0] ?? ''), upper, num: isDigit(text[0] ?? '') };
}

/** wink's tokens of a sentence with their offsets into the sentence (wink keeps every character). */
function read(sentence: Sentence): { value: string; pos: Pos; lemma: string; at: number }[] {
  const t = nlp.readDoc(sentence.text).tokens();
  const values = t.out(its.value) as string[];
  const pos = t.out(its.pos) as Pos[];
  // (wink's typings declare the lemma helper with another signature than `out` takes)
  const lemmas = t.out(its.lemma as unknown as typeof its.value) as string[];
  let cursor = 0;
  return values.map((value, i) => {
    const found = sentence.text.indexOf(value, cursor);
    const at = found < 0 ? cursor : found;
    cursor = at + value.length;
    return { value, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? value).toLowerCase(), at };
  });
}

/**
 * Marks the tokens inside quotation marks. A straight single quote opens a quotation only before
 * a word it touches after a space ("urges lawmakers 'to use …'"), and closes the one it opened
 * only right after a word: an apostrophe ("the E.U.' new sanctions") does neither.
 */
function markQuoted(tokens: Token[], text: string, offset: number): void {
  let quoted = false;
  let singleOpen = false;
  tokens.forEach((t, i) => {
    const at = t.start - offset;
    const spaceBefore = isSpace(text[at - 1]);
    const spaceAfter = isSpace(text[at + 1]) || AFTER_CLOSE.has(text[at + 1]!);
    t.quoted = quoted;
    if (t.text === "'") {
      if (!quoted && spaceBefore && !spaceAfter) quoted = t.quoted = singleOpen = true;
      else if (quoted && singleOpen && !spaceBefore && spaceAfter) {
        quoted = singleOpen = false;
        t.quoted = true;
      }
    } else if (OPEN_QUOTES.has(t.text) && (t.text !== '"' || !quoted)) quoted = t.quoted = true;
    else if (CLOSE_QUOTES.has(t.text) && quoted && (t.text !== '’' || tokens[i - 1]?.pos === 'PUNCT')) {
      quoted = singleOpen = false;
      t.quoted = true;
    }
  });
}

/**
 * The tagger reads a capitalised word inside a name as a verb or noun ("Nationality Act"): after a
 * proper noun, a capitalised word (not all capitals) that is not the first of the sentence is a name word.
 */
function retagNameWords(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const nameLike = t.cap && !t.upper && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ');
    if (nameLike && tokens[i - 1]!.pos === 'PROPN') t.pos = 'PROPN';
  }
}

/** Tokens of a sentence with offsets into its paragraph, tags, lemmas, spelling and quotation. */
export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = read(sentence).map(({ value, pos, lemma, at }) => ({
    text: value,
    lower: value.toLowerCase(),
    lemma,
    pos,
    start: sentence.start + at,
    end: sentence.start + at + value.length,
    quoted: false,
    ...shape(value),
  }));
  markQuoted(tokens, sentence.text, sentence.start);
  retagNameWords(tokens);
  return tokens;
}
