import verbs from '../lexicons/event-verbs.json' with { type: 'json' };
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import patterns from '../patterns/events.json' with { type: 'json' };
import { Matcher, type Pattern } from '../match/matcher.ts';
import { resolveAnchored } from './candidates-dates.ts';
import { layerOf, type Token } from './linguistics.ts';
import type { DateCandidate, Sentence } from './types.ts';

/** A matcher of the events pattern file's patterns with these labels, and the word lists they name. */
export const matcherFor = (...labels: string[]) =>
  new Matcher(
    (patterns as Pattern[]).filter((p) => labels.includes(p.label)),
    { sentenceHedges: verbs.sentenceHedges, repliesToPress: verbs.repliesToPress, eventNouns: timeWords.eventNouns },
  );
/** "the raids of", "a strike on", "a weekly report": the noun phrase that ends where a date begins. */
const BEFORE_DATE = matcherFor('happening-of', 'happening-on');
/** "(the May 3) naval strike": the noun phrase that a date opens. */
const AFTER_DATE = matcherFor('happening-after-date');
const OPENERS = new Set(['the', 'a', 'an', 'another', 'its', 'his', 'her', 'their', '’s', "'s"]);
const JOINS = new Set(['and', 'or', ',']);
const DEFINITE = new Set(['the', 'its', 'his', 'her', 'their', '’s', "'s"]);
const POSSESSIVE = new Set(['’s', "'s"]);

/** A happening a noun phrase dates, beside the act of its sentence. */
export interface Happening {
  date: DateCandidate;
  /** The noun phrase with its date: "Strike on June 4", "June 4 naval strike". */
  summary: string;
  /** The happening's noun, by its lemma ("strike"). */
  noun: string;
  /** "the strike on June 4": told as known, so it refers back to a happening of that day already told. */
  definite: boolean;
  /** Paragraph offsets of the words before the noun and the noun ("Ostrian naval strike"): who did it. */
  phrase: { start: number; end: number };
}

/** The first token at or after a paragraph offset (the token count when none is). */
export const tokenFrom = (toks: Token[], offset: number) => {
  const i = toks.findIndex((t) => t.start >= offset);
  return i < 0 ? toks.length : i;
};
export const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * The happenings of a sentence that a noun phrase dates to a day or a month: "the raids of May 3,
 * 2003", "a strike on June 4", "the June 4 strike", and each date of "strikes on June 4 and June 9".
 * A happening noun is one of `timeWords.eventNouns`; a date counted from another event ("two days
 * later") dates no noun. Written here, not as a pattern alone, because the date is a span of the
 * date stage, not a token the matcher sees.
 */
export function happeningsOf(s: Sentence, dates: DateCandidate[]): Happening[] {
  const toks = layerOf(s).tokens;
  const out: Happening[] = [];
  for (const d of dates) {
    const more = elided(s, toks, d, dates);
    if (more) out.push(more);
    if (more || d.anchor || (d.date.precision !== 'day' && d.date.precision !== 'month')) continue;
    const at = tokenFrom(toks, d.start);
    if (toks[at]?.quoted || otherYear(toks, d, dates)) continue;
    const found = nounBefore(s, toks, d, at) ?? nounAfter(s, toks, d, at) ?? joined(s, toks, d, at, out.at(-1));
    if (found) out.push(found);
  }
  return out.map((h) => (out.some((x) => x !== h && x.phrase.start === h.phrase.start) ? oneOf(h, toks) : h));
}

/**
 * "The coast guard asked Peru to find the survivor of Friday’s raid", "Officials defended the
 * Sept. 3 raid": a date that opens a happening's noun phrase after the act's verb (its token)
 * dates that happening, not the act.
 */
export function datesOnlyItsHappening(s: Sentence, d: DateCandidate, verb: number | undefined): boolean {
  if (verb === undefined || d.anchor) return false;
  const toks = layerOf(s).tokens;
  const at = tokenFrom(toks, d.start);
  return at > verb && nounAfter(s, toks, d, at) !== null;
}

const EVENT_NOUNS = new Set(timeWords.eventNouns);
const COUNTED_AFTER = new Set([...timeWords.counted.after, ...timeWords.counted.before]);

/**
 * "The first raid came on May 2, then three more in June and another on July 9":
 * a count ("two more", "another") right before a date (past "later" or a preposition) is as many
 * more happenings of the noun of the subject that opens the sentence, on that date; a date counted from
 * the one before it in the sentence ("later that month") is resolved from it. Told as known (they
 * are more of a kind already told); not a day only roughly known ("last week"). Titled by its
 * words, the noun it leaves out in brackets: "Three more [raids] in June".
 */
function elided(s: Sentence, toks: Token[], d: DateCandidate, dates: DateCandidate[]): Happening | null {
  const at = tokenFrom(toks, d.start);
  let k = at - 1;
  if (toks[k]?.pos === 'ADP' || COUNTED_AFTER.has(toks[k]?.lower ?? '')) k--;
  const one = toks[k]?.lower === 'another';
  const first = one ? k : k - 1;
  if (toks[at]?.quoted || (!one && (toks[k]?.lower !== 'more' || toks[first]?.pos !== 'NUM'))) return null;
  // (the noun of the sentence's subject: "The ministry listed one gang in May and another in June" counts gangs)
  const subject = layerOf(s).phrases.find((p) => p.start === 0 && p.end <= first);
  const noun = subject && toks[subject.head];
  if (!noun || !EVENT_NOUNS.has(noun.lower)) return null;
  const before = dates.filter((x) => x.end <= d.start && !x.anchor).at(-1);
  const date = d.anchor === 'context' && before ? resolveAnchored(d, before.date) : d.anchor ? null : d.date;
  if (!date || (date.precision === 'day' && date.approximate)) return null;
  const after = d.relation === 'after' && before ? { after: before.date.value } : {};
  const word = one ? singularOf(noun.lemma) : pluralOf(noun.lemma);
  const head = s.paragraphText.slice(toks[first]!.start, toks[k]!.end);
  const summary = capitalised(`${head} [${word}] ${s.paragraphText.slice(toks[k + 1]!.start, d.end)}`);
  const phrase = { start: toks[first]!.start, end: toks[k]!.end };
  return { date: { ...d, date: { ...date, ...after } }, summary, noun: noun.lemma, definite: true, phrase };
}

/** The forms of a happening noun the word list gives ("strike", "strikes"). */
const pluralOf = (lemma: string) => (EVENT_NOUNS.has(`${lemma}s`) ? `${lemma}s` : lemma);
const singularOf = (lemma: string) =>
  lemma.endsWith('s') && EVENT_NOUNS.has(lemma.slice(0, -1)) ? lemma.slice(0, -1) : lemma;

/**
 * "strikes on June 4 and June 9" are one strike on each day: each happening's summary names one
 * ("Strike on June 4"), so that no page says there were several that day.
 */
function oneOf(h: Happening, toks: Token[]): Happening {
  const noun = toks.find((t) => t.end === h.phrase.end);
  if (!noun || noun.text.toLowerCase() === h.noun) return h;
  const at = h.summary.toLowerCase().lastIndexOf(noun.text.toLowerCase());
  if (at < 0) return h;
  const one = at === 0 ? capitalised(h.noun) : h.noun;
  return { ...h, summary: h.summary.slice(0, at) + one + h.summary.slice(at + noun.text.length) };
}

/** Whether a date's words give its year (a four-digit number). */
export const givesYear = (toks: Token[], d: { start: number; end: number }) =>
  toks.some((t) => t.start >= d.start && t.end <= d.end && t.num && t.text.length === 4);

/**
 * "in 2001, a week after the Sept. 11 attacks": a date without its year, in a sentence that gives
 * another year, may belong to that year; the happening is left undated rather than guessed.
 */
function otherYear(toks: Token[], d: DateCandidate, dates: DateCandidate[]): boolean {
  if (givesYear(toks, d)) return false;
  const year = d.date.value.slice(0, 4);
  return dates.some((x) => x !== d && givesYear(toks, x) && x.date.value.slice(0, 4) !== year);
}

/** "a strike on June 4": the happening's noun phrase ends where the date begins. */
function nounBefore(s: Sentence, toks: Token[], d: DateCandidate, at: number): Happening | null {
  const m = at > 0 ? BEFORE_DATE.matchEndingAt(toks, at) : null;
  const noun = m?.captures['noun'];
  if (!m || !noun) return null;
  const first = m.captures['the'] ? m.start + 1 : m.start;
  const summary = capitalised(s.paragraphText.slice(toks[first]!.start, d.end));
  const phrase = { start: toks[first]!.start, end: toks[noun[0]]!.end };
  return { date: d, summary, noun: toks[noun[0]]!.lemma, definite: DEFINITE.has(toks[m.start]!.lower), phrase };
}

/**
 * "the June 4 naval strike", "Friday’s raid": a date after "the" or a possessive, or one that is
 * itself the possessive, opens the happening's noun phrase (told as known: definite).
 */
function nounAfter(s: Sentence, toks: Token[], d: DateCandidate, at: number): Happening | null {
  const after = tokenFrom(toks, d.end);
  const owner = POSSESSIVE.has(toks[after]?.text ?? '');
  if (!owner && !OPENERS.has(toks[at - 1]?.lower ?? '')) return null;
  const m = AFTER_DATE.matchAt(toks, owner ? after + 1 : after);
  const noun = m?.captures['noun'];
  if (!m || !noun) return null;
  const summary = capitalised(s.paragraphText.slice(d.start, toks[m.end - 1]!.end));
  const phrase = { start: owner ? toks[after]!.end : d.end, end: toks[noun[0]]!.end };
  const definite = owner || DEFINITE.has(toks[at - 1]!.lower);
  return { date: d, summary, noun: toks[noun[0]]!.lemma, definite, phrase };
}

/** "strikes on June 4 and June 9": a date joined to the previous happening's date is another one of them. */
function joined(s: Sentence, toks: Token[], d: DateCandidate, at: number, previous?: Happening): Happening | null {
  if (!previous || !JOINS.has(toks[at - 1]?.lower ?? '')) return null;
  let k = at - 1;
  while (k > 0 && JOINS.has(toks[k]!.lower)) k--;
  if (toks[k]!.end !== previous.date.end) return null;
  const words = previous.summary.slice(0, previous.summary.length - (previous.date.end - previous.date.start));
  if (
    !words.trim() ||
    previous.summary.slice(words.length) !== s.paragraphText.slice(previous.date.start, previous.date.end)
  )
    return null;
  // "strikes on June 4 and June 9": the second date takes the first one's preposition
  const prep = toks.find((t) => t.start === previous.date.start && t.pos === 'ADP');
  const own = toks[at]!.pos === 'ADP' || !prep ? '' : `${prep.text} `;
  return { ...previous, date: d, summary: words + own + s.paragraphText.slice(d.start, d.end) };
}
