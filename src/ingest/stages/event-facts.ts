import nlp from 'compromise';
import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import mergeWords from '../lexicons/merge.json' with { type: 'json' };
import { mainAction } from './events.ts';
import { layerOf, type Token } from './linguistics.ts';
import type { Sentence } from './types.ts';

/** A number the sentence gives for something: "11 killed", "three people", "at least 14 boats". */
export interface Figure {
  /** What is counted, as written ("killed", "people", "boats"). */
  about: string;
  /** Its lemma, for comparing two sources ("boat"). */
  key: string;
  /** The number as written ("11", "three", "4.5 million"). */
  text: string;
  /** Its value, when the words give one. */
  value: number | null;
}

/**
 * What the merge needs to know of an event beyond its record, read from the linguistic layer of
 * its sentence: the act (the main verb's lemma), the other acts the sentence names, the figures it
 * gives and the place it names. Plain data, so it travels with an article between threads.
 */
export interface EventFacts {
  act: string | null;
  /** Lemmas of every verb of the sentence that reports a happening (not a copula or a seeming). */
  verbs: string[];
  figures: Figure[];
  /**
   * The act of an opening participle ("In announcing sanctions on Monday, the ministry accused
   * …"): the same happening, told through what was done in it.
   */
  frame?: string | null;
  /** The place the act is located in ("in Tarsk", "off Port Amber"), as written, if any. */
  place: string | null;
}

const NOT_ACTS = new Set(verbs.notActs);
const MONTHS = new Set(Object.keys(timeWords.months));
// Words a figure can count that carry its meaning in a participle: "11 killed", "three dead".
const COUNTED_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN']);
const FIGURE_VERBS = mergeWords.figureVerbs as Record<string, string>;
const PLACE_PREPOSITIONS = new Set(['in', 'off', 'near', 'over', 'outside']);
const MULTIPLIERS = new Set(['dozen', 'hundred', 'thousand']);
// "In announcing …", "By closing …": an opening that tells the act through what was done in it
const FRAME_OPENERS = new Set(['in', 'by', 'while', 'after', 'when']);
const isDigits = (s: string) => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');
/** A month's name, written out or abbreviated ("Sept."). */
const isMonth = (t: Token) => MONTHS.has(t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);
/** Written in lower case ("killed", not "Marines"). */
const isLower = (s: string) => s[0] !== undefined && s[0] !== s[0].toUpperCase();

const isYear = (t: Token) =>
  t.text.length === 4 && isDigits(t.text) && Number(t.text) >= 1700 && Number(t.text) <= 2100;
const valueOf = (text: string): number | null => {
  const n = (nlp(text).numbers().get() as number[])[0];
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

/** The figures of a sentence: each run of number words and the word it counts. */
function figuresOf(toks: Token[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.pos !== 'NUM' || isYear(toks[i]!)) continue;
    const prev = toks[i - 1];
    // a day of a month ("Sept. 2"), or money ("$50 million"): not a count
    if (prev && (isMonth(prev) || prev.pos === 'SYM')) {
      while (toks[i + 1]?.pos === 'NUM') i++;
      continue;
    }
    const first = i;
    let j = i + 1;
    while (toks[j]?.pos === 'NUM' || (toks[j] && MULTIPLIERS.has(toks[j]!.lower))) j++;
    const counted = toks[j];
    const text = toks
      .slice(i, j)
      .map((t) => t.text)
      .join(' ');
    i = j - 1;
    if (!counted || !COUNTED_POS.has(counted.pos) || !isLower(counted.text)) continue;
    const value = valueOf(text);
    // the verb a count is told with, however the sentence puts it: "11 killed", "killing 11
    // people", "three people were killed"
    const verb = [counted, toks[first - 1], toks[j + 1], toks[j + 2]].find(
      (t) => t && FIGURE_VERBS[t.lemma] && (t.pos === 'VERB' || t === counted),
    );
    if (verb) out.push({ about: FIGURE_VERBS[verb.lemma]!, key: verb.lemma, text, value });
    if (verb !== counted) out.push({ about: counted.lower, key: counted.lemma, text, value });
  }
  return out;
}

/** "in Tarsk", "off the coast of Port Amber": the first place phrase of the sentence outside quotations. */
function placeOf(toks: Token[]): string | null {
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!PLACE_PREPOSITIONS.has(toks[i]!.lower) || toks[i]!.quoted) continue;
    let j = i + 1;
    if (toks[j]?.lower === 'the') j++;
    if (toks[j]?.lower === 'coast' && toks[j + 1]?.lower === 'of') j += 2;
    const from = j;
    while (toks[j] && toks[j]!.pos === 'PROPN' && !isMonth(toks[j]!)) j++;
    if (j > from)
      return toks
        .slice(i, j)
        .map((t) => t.text)
        .join(' ');
  }
  return null;
}

/** The facts of an event's sentence (the layer is already built: nothing is tagged twice). */
export function eventFacts(sentence: Sentence): EventFacts {
  const layer = layerOf(sentence);
  const action = mainAction(sentence);
  const at = action ? sentence.start + action.index : -1;
  const act = action
    ? (layer.verbs.find((g) => layer.tokens[g.main]!.start === at)?.lemma ?? action.verb.toLowerCase())
    : null;
  const lemmas = [
    ...new Set(layer.verbs.filter((g) => !NOT_ACTS.has(g.lemma) && !layer.tokens[g.main]!.quoted).map((g) => g.lemma)),
  ];
  const [first, second] = layer.tokens;
  const framed = first && second && FRAME_OPENERS.has(first.lower) && second.lower.endsWith('ing');
  const opening = framed ? layer.verbs.find((g) => g.main === 1) : undefined;
  return {
    act,
    verbs: lemmas,
    figures: figuresOf(layer.tokens),
    frame: opening?.lemma ?? null,
    place: placeOf(layer.tokens),
  };
}
