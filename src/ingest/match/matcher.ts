import type { Pos, Token } from '../stages/linguistics.ts';

/**
 * A token matcher in the manner of spaCy's `Matcher`: a pattern is a list of token specs, kept as
 * data (JSON beside the word lists), each spec a set of conditions on one token and an optional
 * quantifier. It matches over the linguistic layer's tokens (tags, lemmas, offsets), never over
 * raw characters.
 *
 * Why our own: wink-nlp's custom entities (the tagger we use) have no repetition operator and no
 * lemma or word-list conditions, so a name of any length or a role phrase cannot be written as one
 * pattern; compromise's match syntax can, but only over compromise's own tagging, a second parse
 * of every sentence ten times slower than wink's whose tags disagree with the layer's
 * (docs/extraction.md gives the measurement). What we need is small: conditions, ?, *, +, named
 * captures, phrase lists.
 */

/** Conditions on one token; every condition given must hold. */
export interface TokenSpec {
  /** The lower-case form, or one of several. */
  LOWER?: string | string[];
  /** The exact form. */
  TEXT?: string | string[];
  /** The lemma (lower case), or one of several. */
  LEMMA?: string | string[];
  POS?: Pos | Pos[];
  /** The lower-case form is in the named word list. */
  IN?: string;
  /** The lemma is in the named word list. */
  LEMMA_IN?: string;
  /** A run of tokens that spells one phrase of the named list (case and spacing ignored). */
  PHRASE_IN?: string;
  /** Starts with a capital letter. */
  CAP?: boolean;
  /** Every letter is a capital (and there is one). */
  UPPER?: boolean;
  /** Written with digits. */
  NUM?: boolean;
  /** Inside quotation marks. */
  QUOTED?: boolean;
  /** The token must not meet these conditions. */
  NOT?: TokenSpec;
  /** `?` zero or one, `*` any number, `+` one or more. */
  OP?: '?' | '*' | '+';
  /** Tokens matched by specs with the same name form the capture of that name. */
  CAPTURE?: string;
}

export interface Pattern {
  label: string;
  pattern: TokenSpec[];
}

export interface Match {
  label: string;
  /** Token indexes [start, end). */
  start: number;
  end: number;
  /** Named captures, as token ranges. */
  captures: Record<string, [number, number]>;
}

export type WordLists = Record<string, readonly string[]>;

const KEYS = new Set([
  'LOWER',
  'TEXT',
  'LEMMA',
  'POS',
  'IN',
  'LEMMA_IN',
  'PHRASE_IN',
  'CAP',
  'UPPER',
  'NUM',
  'QUOTED',
  'NOT',
  'OP',
  'CAPTURE',
]);
const oneOf = (v: string | string[] | undefined, x: string) =>
  v === undefined || (Array.isArray(v) ? v.includes(x) : v === x);
const isDigit = (c: string) => c >= '0' && c <= '9';
/** Letters and digits only, lower case: how a phrase and a run of tokens are compared. */
const squash = (s: string) =>
  [...s.toLowerCase()].filter((c) => c.toUpperCase() !== c || isDigit(c) || c === '.' || c === '-').join('');

export class PatternError extends Error {}

interface Compiled {
  label: string;
  specs: TokenSpec[];
}

export class Matcher {
  private readonly sets = new Map<string, Set<string>>();
  private readonly phrases = new Map<string, { squashed: Set<string>; prefixes: Set<string>; longest: number }>();
  private readonly patterns: Compiled[];

  constructor(patterns: readonly Pattern[], lists: WordLists = {}) {
    for (const [name, words] of Object.entries(lists)) {
      this.sets.set(name, new Set(words.map((w) => w.toLowerCase())));
      const squashed = new Set(words.map(squash));
      // Every beginning of a phrase, so that a run of tokens that starts none is given up at once.
      const prefixes = new Set([...squashed].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1))));
      this.phrases.set(name, {
        squashed,
        prefixes,
        longest: Math.max(0, ...words.map((w) => w.split(' ').length)) + 3,
      });
    }
    this.patterns = patterns.map((p) => {
      if (!p.pattern.length) throw new PatternError(`pattern "${p.label}" has no token specs`);
      p.pattern.forEach((s) => this.check(p.label, s));
      return { label: p.label, specs: p.pattern };
    });
  }

  private check(label: string, spec: TokenSpec): void {
    for (const key of Object.keys(spec))
      if (!KEYS.has(key)) throw new PatternError(`pattern "${label}": unknown condition ${key}`);
    for (const list of [spec.IN, spec.LEMMA_IN, spec.PHRASE_IN])
      if (list !== undefined && !this.sets.has(list))
        throw new PatternError(`pattern "${label}": no word list named "${list}"`);
    if (spec.NOT) this.check(label, spec.NOT);
  }

  /** Whether one token meets a spec's conditions (its quantifier and phrase list aside). */
  meets(t: Token, s: TokenSpec): boolean {
    if (!oneOf(s.LOWER, t.lower) || !oneOf(s.TEXT, t.text) || !oneOf(s.LEMMA, t.lemma) || !oneOf(s.POS, t.pos))
      return false;
    if (s.IN !== undefined && !this.sets.get(s.IN)!.has(t.lower)) return false;
    if (s.LEMMA_IN !== undefined && !this.sets.get(s.LEMMA_IN)!.has(t.lemma)) return false;
    if ((s.CAP !== undefined && t.cap !== s.CAP) || (s.UPPER !== undefined && t.upper !== s.UPPER)) return false;
    if (s.NUM !== undefined && t.num !== s.NUM) return false;
    if (s.QUOTED !== undefined && t.quoted !== s.QUOTED) return false;
    return !(s.NOT && this.meets(t, s.NOT));
  }

  /** Ends of the runs of tokens from i that spell a phrase of the list. */
  private phraseEnds(tokens: readonly Token[], i: number, end: number, s: TokenSpec): number[] {
    const list = this.phrases.get(s.PHRASE_IN!)!;
    const out: number[] = [];
    let joined = '';
    for (let j = i; j < Math.min(end, i + list.longest); j++) {
      const part = squash(tokens[j]!.text);
      // A token of no letters (a comma, a dash, a quotation mark) is no word of a phrase.
      if (!part || !list.prefixes.has(joined + part)) break;
      if (!this.meets(tokens[j]!, s)) break;
      joined += part;
      if (list.squashed.has(joined)) out.push(j + 1);
    }
    return out;
  }

  /** Where one spec can end when it starts at i (a phrase spans several tokens). */
  private stepEnds(tokens: readonly Token[], i: number, end: number, s: TokenSpec): number[] {
    if (s.PHRASE_IN !== undefined) return this.phraseEnds(tokens, i, end, s);
    return i < end && this.meets(tokens[i]!, s) ? [i + 1] : [];
  }

  /** Every way specs[k..] can match from i: the end and which spec took each token. */
  private *walk(
    tokens: readonly Token[],
    specs: TokenSpec[],
    k: number,
    i: number,
    end: number,
    took: number[],
  ): Generator<number[]> {
    if (k === specs.length) return yield [i, ...took];
    const s = specs[k]!;
    const many = s.OP === '*' || s.OP === '+';
    const optional = s.OP === '?' || s.OP === '*';
    // Longest first, so that the first complete match is the greedy one.
    for (const e of this.stepEnds(tokens, i, end, s).reverse()) {
      const mark = took.concat(Array(e - i).fill(k));
      if (many)
        yield* this.walk(tokens, [...specs.slice(0, k), { ...s, OP: '*' }, ...specs.slice(k + 1)], k, e, end, mark);
      else yield* this.walk(tokens, specs, k + 1, e, end, mark);
    }
    if (optional) yield* this.walk(tokens, specs, k + 1, i, end, took);
  }

  private build(p: Compiled, start: number, run: number[]): Match {
    const [end, ...took] = run as [number, ...number[]];
    const captures: Record<string, [number, number]> = {};
    took.forEach((k, n) => {
      const name = p.specs[k]!.CAPTURE;
      if (!name) return;
      const at = start + n;
      const c = captures[name];
      captures[name] = c ? [c[0], at + 1] : [at, at + 1];
    });
    return { label: p.label, start, end, captures };
  }

  /** The longest match of any pattern that starts at token i (the earlier pattern on a tie). */
  matchAt(tokens: readonly Token[], i: number, end = tokens.length): Match | null {
    let best: Match | null = null;
    for (const p of this.patterns) {
      for (const run of this.walk(tokens, p.specs, 0, i, end, [])) {
        if (run[0]! > i && (!best || run[0]! > best.end)) best = this.build(p, i, run);
        break;
      }
    }
    return best;
  }

  /** Matches left to right, each the longest at its start, none overlapping. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Match[] {
    const out: Match[] = [];
    for (let i = from; i < to;) {
      const m = this.matchAt(tokens, i, to);
      if (m) out.push(m);
      i = m ? m.end : i + 1;
    }
    return out;
  }

  /** The longest match that ends exactly at token j (for what stands before a word). */
  matchEndingAt(tokens: readonly Token[], j: number, from = 0): Match | null {
    for (let i = from; i < j; i++) {
      for (const p of this.patterns)
        for (const run of this.walk(tokens, p.specs, 0, i, j, [])) if (run[0] === j) return this.build(p, i, run);
    }
    return null;
  }
}
