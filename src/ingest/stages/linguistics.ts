import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import words from '../lexicons/clause-words.json' with { type: 'json' };
import type { Sentence } from './types.ts';

/**
 * The linguistic layer: what the extractors read instead of raw strings. Computed once per
 * sentence (cached) from wink-nlp's tagger (docs/extraction.md says why wink over compromise):
 * tokens with part-of-speech tags and lemmas, noun phrases with their head, verb groups with
 * tense, negation and modality, and clause boundaries.
 *
 * The chunker and the clause splitter below are ours: no maintained JavaScript library gives
 * noun phrases or clauses with character offsets, and both are a few rules over the tags.
 */

const nlp = winkNLP(model);
const its = nlp.its;

export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

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

/** A word list as a set of lower-case words, for lookups by a token's `lower`. */
export const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const SUBORDINATORS = set(words.subordinators);
const RELATIVES = set(words.relatives);
const SPEECH = set(words.speechVerbs);
const PREPOSITIONAL = set(words.prepositionalSubordinators);
const AS_COMPLEMENT = set(words.asComplementVerbs);
const MODALS = set(words.modals);
const OPEN_QUOTES = new Set(['“', '"', '‘']);
const CLOSE_QUOTES = new Set(['”', '"', '’']);
const DASHES = new Set(['—', '–', '--']);

/** Tokens of a sentence with offsets into its paragraph (wink keeps every character of a token). */
function tokenize(sentence: Sentence): Token[] {
  const doc = nlp.readDoc(sentence.text);
  const t = doc.tokens();
  const values = t.out(its.value) as string[];
  const pos = t.out(its.pos) as Pos[];
  // (wink's typings declare the lemma helper with another signature than `out` takes)
  const lemmas = t.out(its.lemma as unknown as typeof its.value) as string[];
  const out: Token[] = [];
  let cursor = 0;
  let quoted = false;
  let singleOpen = false;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = sentence.text.indexOf(v, cursor);
    const start = at < 0 ? cursor : at;
    cursor = start + v.length;
    const isStraight = v === '"';
    let q: boolean = quoted;
    // A straight single quote opens a quotation only before a word it touches after a space
    // ("urges lawmakers 'to use …'"), and closes the one it opened only right after a word:
    // an apostrophe ("the E.U.' new sanctions") does neither.
    const text = sentence.text;
    const spaceBefore = start === 0 || /\s/u.test(text[start - 1]!);
    const spaceAfter = start + 1 >= text.length || /[\s.,;:!?)]/u.test(text[start + 1]!);
    if (v === "'") {
      if (!quoted && spaceBefore && !spaceAfter) quoted = q = singleOpen = true;
      else if (quoted && singleOpen && !spaceBefore && spaceAfter) {
        quoted = singleOpen = false;
        q = true;
      }
    } else if (OPEN_QUOTES.has(v) && (!isStraight || !quoted)) quoted = q = true;
    else if (CLOSE_QUOTES.has(v) && quoted && (v !== '’' || (i > 0 && pos[i - 1] === 'PUNCT'))) {
      quoted = singleOpen = false;
      q = true;
    }
    out.push({ text: v, lower: v.toLowerCase(), lemma: (lemmas[i] ?? v).toLowerCase(), pos: pos[i] ?? 'X', start: sentence.start + start, end: sentence.start + start + v.length, quoted: q });
  }
  // The tagger reads a capitalised word inside a name as a verb or noun ("Nationality Act"):
  // after a proper noun, a capitalised word that is not the first of the sentence is a name word.
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!;
    if (/^[A-Z][a-z]/.test(t.text) && out[i - 1]!.pos === 'PROPN' && (t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ')) t.pos = 'PROPN';
  }
  return out;
}

const isPossessive = (t: Token | undefined) => !!t && (t.lower === '’s' || t.lower === "'s" || t.lower === '’' || t.lower === "'") && t.pos === 'PART';
const NOMINAL = new Set<Pos>(['NOUN', 'PROPN', 'NUM']);
const JOINERS = set(words.nameJoiners);
const CALENDAR = set(words.calendar);

const NAME_HEADS = set([...words.nameHeads]);
const SPANISH_JOINERS = set(['de', 'del', 'la', 'los', 'las', 'el']);
const capitalized = (t: Token | undefined) => !!t && /^[A-Z]/.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ');

/**
 * Whether the joining word at j continues a proper name. "of", "for", "on" join only after a
 * head that takes them ("Department of …", "Center for …"), so "Dora Imre of Ohio" stays a
 * person and a place; "and" joins only when the name goes on to such a head ("Immigration and
 * Nationality Act"); Spanish articles join name words ("Cartel de los Soles").
 */
function joinsName(tokens: Token[], last: number, j: number): boolean {
  const t = tokens[j]!;
  if (SPANISH_JOINERS.has(t.lower)) {
    let k = j;
    while (k < tokens.length && SPANISH_JOINERS.has(tokens[k]!.lower)) k++;
    return capitalized(tokens[k]) && !/^[A-Z]/.test(t.text);
  }
  if (!JOINERS.has(t.lower) || !capitalized(tokens[j + 1]) || CALENDAR.has(tokens[j + 1]!.lower)) return false;
  if (t.lower === 'and') {
    let k = j + 1;
    while (capitalized(tokens[k])) k++;
    return NAME_HEADS.has(tokens[k - 1]!.lower);
  }
  return NAME_HEADS.has(tokens[last]!.lower) || NAME_HEADS.has(tokens[last]!.lemma);
}

/**
 * Noun phrases by a pattern over the tags: (determiner | possessor ’s)? (adjective | noun |
 * proper noun | number | hyphen)* head, where the head is the last noun. Proper names keep their
 * joining words ("Department of Homeland Security", "Immigration and Nationality Act").
 */
function chunk(tokens: Token[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    let determiner: string | null = null;
    if (tokens[i]!.pos === 'DET' || (tokens[i]!.pos === 'PRON' && /^(his|her|its|their|our|my|your)$/.test(tokens[i]!.lower))) {
      determiner = tokens[i]!.lower;
      i++;
    }
    let j = i;
    let lastNoun = -1;
    let proper = true;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (t.quoted && !tokens[start]!.quoted) break;
      // A participle is a modifier only right after a determiner or an adjective ("the disputed memo").
      const participle = t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower) && (tokens[j - 1]?.pos === 'DET' || tokens[j - 1]?.pos === 'ADJ') && j > start && NOMINAL.has(tokens[j + 1]?.pos ?? 'X') && tokens[j + 1]!.pos !== 'NUM';
      if (NOMINAL.has(t.pos) || t.pos === 'ADJ' || participle) {
        if (NOMINAL.has(t.pos)) lastNoun = j;
        if (!/^[A-Z0-9]/.test(t.text)) proper = false;
        j++;
        continue;
      }
      if (t.text === '-' || t.text === '‐') {
        j++;
        continue;
      }
      // A possessive inside: "Trump’s new directive" -> the possessor opens the next phrase.
      if (isPossessive(t) && lastNoun >= 0) {
        determiner = tokens.slice(i, j + 1).map((x) => x.text).join(' ');
        i = j + 1;
        j = i;
        lastNoun = -1;
        proper = true;
        continue;
      }
      // Joining words inside a proper name: "Department of Homeland Security".
      if (lastNoun >= 0 && /^[A-Z]/.test(tokens[lastNoun]!.text) && joinsName(tokens, lastNoun, j)) {
        j++;
        continue;
      }
      break;
    }
    if (lastNoun >= 0) {
      out.push({ start: determiner && i > start ? start : i, end: lastNoun + 1, head: lastNoun, proper, determiner });
      i = lastNoun + 1;
    } else i = Math.max(j, start + 1);
  }
  return out;
}

/** Verb groups: auxiliaries, modals, negation and adverbs before a main verb. */
function verbGroups(tokens: Token[]): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    let j = i;
    let modal: string | null = null;
    let negated = false;
    let hasBe = false;
    let main = -1;
    while (j < tokens.length) {
      const u = tokens[j]!;
      if (u.pos === 'AUX') {
        if (MODALS.has(u.lower)) modal = u.lower;
        if (u.lemma === 'be') hasBe = true;
        main = j;
      } else if (u.pos === 'PART' && (u.lower === 'not' || u.lower === 'n’t' || u.lower === "n't")) negated = true;
      else if (u.pos === 'ADV' && j > i) {
        /* adverbs inside a verb group: "has secretly signed" */
      } else if (u.pos === 'VERB') {
        main = j;
        j++;
        break;
      } else break;
      j++;
    }
    if (main < 0) continue;
    const m = tokens[main]!;
    const passive = hasBe && m.pos === 'VERB' && /(?:ed|en|wn|ne)$/.test(m.lower);
    const first = tokens[i]!;
    // No morphology in the model: a form that is neither the lemma nor its -s/-ing form is past.
    const inflectedPast = (u: Token) => u.lower !== u.lemma && !u.lower.endsWith('ing') && u.lower !== `${u.lemma}s` && u.lower !== `${u.lemma}es`;
    const tense: VerbGroup['tense'] =
      modal === 'will' || modal === 'shall' ? 'future'
      : /^(?:was|were|had|did|has|have)$/.test(first.lower) || (first.pos === 'VERB' && inflectedPast(first)) ? 'past'
      : 'present';
    out.push({ start: i, end: j, main, lemma: m.lemma, tense, negated, modal, passive });
    i = j - 1;
  }
  return out;
}

/**
 * Clause boundaries over the tags: asides between dashes or brackets; relative clauses from a
 * relative pronoun to the next comma; subordinate clauses from a subordinator; attribution
 * ("according to …", ", X said"); what a speech verb introduces is reported. The rest is main.
 */
function clauses(tokens: Token[], verbs: VerbGroup[]): Clause[] {
  const kind: ClauseKind[] = tokens.map(() => 'main');
  const mark = (a: number, b: number, k: ClauseKind) => {
    for (let i = a; i < b; i++) if (kind[i] === 'main') kind[i] = k;
  };
  const nextComma = (from: number) => {
    for (let i = from; i < tokens.length; i++) if (tokens[i]!.text === ',' || tokens[i]!.text === ';' || DASHES.has(tokens[i]!.text)) return i;
    return tokens.length;
  };
  // asides: — … — and ( … )
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (DASHES.has(t) || t === '(') {
      const close = tokens.findIndex((u, k) => k > i && (t === '(' ? u.text === ')' : DASHES.has(u.text)));
      if (close > i) {
        mark(i, close + 1, 'aside');
        i = close;
      }
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quoted) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      mark(i, nextComma(i + 2), 'attribution');
      continue;
    }
    if (RELATIVES.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ') && i > 0 && (tokens[i - 1]!.text === ',' || NOMINAL.has(tokens[i - 1]!.pos))) {
      // "reported Friday that …" is a complement of the speech verb, not a relative clause.
      if (t.lower === 'that' && tokens.slice(Math.max(0, i - 3), i).some((u) => u.pos === 'VERB' && SPEECH.has(u.lemma))) continue;
      // "told a business forum that …": after a speech verb's object, "that" opens what was said
      const told = verbs.filter((v) => v.end <= i).at(-1);
      if (t.lower === 'that' && told && SPEECH.has(told.lemma) && phraseEndAt(tokens, told.end) === i) continue;
      mark(i, nextComma(i + 1), 'relative');
      continue;
    }
    // "as", "since", "after" … open a clause only before a subject and its verb ("as the US
    // ramped up"), not before a noun phrase alone ("decertified Colombia as a partner")
    const ambiguous = PREPOSITIONAL.has(t.lower);
    // "designating the cartel as a terrorist group allows …": the "as" of the verb's complement
    if (t.lower === 'as') {
      const verb = verbs.filter((v) => v.end <= i).at(-1);
      if (verb && AS_COMPLEMENT.has(verb.lemma) && !tokens.slice(verb.end, i).some((u) => u.text === ',' || u.pos === 'VERB' || u.pos === 'AUX')) continue;
    }
    if (ambiguous) {
      const subjectEnd = phraseEndAt(tokens, i + 1);
      if (!(subjectEnd > i + 1 && verbs.some((v) => v.start === subjectEnd || (v.start === subjectEnd + 1 && tokens[subjectEnd]!.pos === 'ADV')))) continue;
    }
    if (SUBORDINATORS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'ADV')) {
      // A subordinate clause that opens the sentence ends at its comma; one later runs to the end.
      const opening = tokens.slice(0, i).every((u) => u.pos === 'CCONJ' || u.pos === 'ADV');
      const end = opening || tokens[i - 1]!.text === ',' ? nextComma(i + 1) : tokens.length;
      if (verbs.some((v) => v.start > i && v.start < end)) mark(i, end, 'subordinate');
    }
  }
  // reported speech and attribution around speech verbs
  for (const v of verbs) {
    if (!SPEECH.has(v.lemma) || kind[v.main] !== 'main') continue;
    const before = tokens[v.start - 1];
    const after = tokens[v.end];
    // ", X said." / "…,” said X." at the end: the speaker's words are before, the verb is attribution
    let k = v.start - 1;
    while (k >= 0 && tokens[k]!.text !== ',' && !CLOSE_QUOTES.has(tokens[k]!.text)) k--;
    const tail = v.end >= tokens.length - 1 || tokens.slice(v.end).every((u) => u.pos === 'PUNCT' || NOMINAL.has(u.pos) || u.pos === 'ADP' || u.pos === 'DET' || u.pos === 'ADV');
    if (k >= 0 && tail && (before?.pos !== 'PUNCT' || CLOSE_QUOTES.has(before?.text ?? ''))) {
      mark(k + 1, tokens.length, 'attribution');
      continue;
    }
    // What follows is reported when it is a "that" clause, a quotation, or a subject with a
    // finite verb ("said the Senate failed"); an object is not ("wrote a memo saying …").
    // "said on Thursday it was over": a time or place phrase may come first
    const from = after?.pos === 'ADP' && after.lower !== 'that' ? phraseEndAt(tokens, v.end + 1) : v.end;
    let objectEnd = phraseEndAt(tokens, from);
    // "said the minister, who resigned on Monday, had signed …": past a relative clause
    if (tokens[objectEnd]?.text === ',' && RELATIVES.has(tokens[objectEnd + 1]?.lower ?? '')) {
      let k = objectEnd + 2;
      while (k < tokens.length && tokens[k]!.text !== ',') k++;
      if (k < tokens.length) objectEnd = k + 1;
    }
    const nextVerb = verbs.find((u) => u.start >= objectEnd);
    const finite = !!nextVerb && nextVerb.start === objectEnd && !/ing$/.test(tokens[nextVerb.start]!.lower) && tokens[nextVerb.start - 1]?.lower !== 'to';
    const reported = after && (after.lower === 'that' || tokens[from]?.lower === 'that' || (tokens[objectEnd]?.lower === 'that' && tokens[objectEnd]!.pos === 'SCONJ') || OPEN_QUOTES.has(after.text) || (objectEnd > from && finite) || after.pos === 'PUNCT' && after.text === ':');
    if (reported) {
      for (let i = v.end; i < tokens.length; i++) if (kind[i] === 'main') kind[i] = 'reported';
      // The speaker and the verb stay the main clause.
      break;
    }
  }
  const out: Clause[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const last = out.at(-1);
    if (last && last.kind === kind[i] && last.end === i) last.end = i + 1;
    else out.push({ kind: kind[i]!, start: i, end: i + 1 });
  }
  return out;
}

/** The end of the noun phrase that starts at token i (i itself when none does). */
function phraseEndAt(tokens: Token[], i: number): number {
  let j = i;
  if (tokens[j]?.pos === 'DET' || tokens[j]?.pos === 'PRON') j++;
  while (j < tokens.length && (NOMINAL.has(tokens[j]!.pos) || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PART')) j++;
  return j > i && NOMINAL.has(tokens[j - 1]!.pos) || tokens[i]?.pos === 'PRON' ? j : i;
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
export const clauseOfToken = (layer: Layer, i: number): Clause => layer.clauses.find((c) => c.start <= i && i < c.end) ?? { kind: 'main', start: 0, end: layer.tokens.length };

/** The text of tokens [a, b) as written in the paragraph. */
export const tokensText = (sentence: Sentence, tokens: Token[], a: number, b: number) =>
  b > a ? sentence.paragraphText.slice(tokens[a]!.start, tokens[b - 1]!.end) : '';
