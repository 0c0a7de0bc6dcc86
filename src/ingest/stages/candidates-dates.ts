import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import datePatterns from '../patterns/dates.json' with { type: 'json' };
import { Matcher, type Match, type Pattern } from '../match/matcher.ts';
import { layerOf, type Token } from './linguistics.ts';
import { spanOf, type DateCandidate, type Sentence } from './types.ts';
import { isYear, ourKind, readDates, tagValue } from './date-reader.ts';
import type { EventDate } from '../../schemas/index.ts';
import type { ParsingResult } from 'chrono-node';
import type { Stage } from '../doc.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const addDays = (iso: string, n: number) => dayOf(new Date(utc(iso).getTime() + n * 86_400_000));

const LISTS = {
  numbers: Object.keys(timeWords.numbers),
  seasons: Object.keys(timeWords.seasons),
  thisYear: timeWords.thisYear,
  seasonOpeners: timeWords.seasonOpeners,
  approximators: timeWords.approximators,
  future: timeWords.future,
};
/** "this year", "last year", "over the summer", "two decades ago": forms chrono does not read. */
const PHRASES = new Matcher(datePatterns as Pattern[], LISTS);
const phrase = (list: keyof typeof LISTS) => new Matcher([{ label: list, pattern: [{ PHRASE_IN: list }] }], LISTS);
const APPROXIMATOR = phrase('approximators');
const FUTURE = phrase('future');
const PREPOSITIONS = new Set(timeWords.prepositions);
const RELATIVE = new Set(timeWords.relative);
const VAGUE = new Set(timeWords.vague);
const INSTANTS = new Set(timeWords.instants);
const DURATION_OPENERS = new Set(timeWords.durationOpeners);
const ONLY_RIGHT_BEFORE = new Set(['about']);
const THINGS_DATED = new Set(timeWords.thingsDated);
const OWNERS = new Set(timeWords.owners);
const NAMED_WITH_YEAR = new Set(timeWords.namedWithYear);
const DIGITS = '0123456789';

/** The sentence's tokens and what each date is read against. */
interface Reading {
  sentence: Sentence;
  toks: Token[];
  published: string;
}

/** The first token at or after a paragraph offset. */
const tokenAt = (toks: Token[], offset: number) => {
  const i = toks.findIndex((t) => t.start >= offset);
  return i < 0 ? toks.length : i;
};
const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'NUM' && t.pos !== 'SYM';

/**
 * "after", "around", "the end of" up to four words before token i: the date is approximate. "About"
 * only right before it, being also the preposition of a topic: "wrote about the raid on May 3" is exact.
 */
function approximateBefore(toks: Token[], i: number): boolean {
  for (let j = i; j >= 0 && j >= i - 4; j--) {
    if (j < i && !isWord(toks[j]!)) return false;
    const m = j > 0 ? APPROXIMATOR.matchEndingAt(toks, j) : null;
    if (m && (j === i || !ONLY_RIGHT_BEFORE.has(toks[m.start]!.lower))) return true;
  }
  return false;
}

/** "will", "would", "plans to" before token i: the sentence speaks of what is to come. */
const futureBefore = (toks: Token[], i: number) => FUTURE.findAll(toks, 0, i).length > 0;

/** A candidate from sentence offsets, a leading preposition included ("On Thursday", "In February"). */
function mk(
  { sentence, toks }: Reading,
  relStart: number,
  relEnd: number,
  date: Omit<EventDate, 'expression'>,
  extra: Partial<DateCandidate> = {},
): DateCandidate {
  const i = tokenAt(toks, sentence.start + relStart);
  const pre = toks[i - 1];
  const start = pre && PREPOSITIONS.has(pre.lower) ? pre.start : sentence.start + relStart;
  const span = spanOf(sentence, start, sentence.start + relEnd);
  return { ...span, date: { ...date, expression: span.text }, ...extra };
}

/** "Two days later": relative to the previous event, not to the publication. */
function counted(at: Reading, r: ParsingResult, start: number, end: number): DateCandidate {
  const unit = Number(tagValue(r, 'unit'));
  const date = { value: at.published, precision: unit >= 30 ? 'month' : 'day', approximate: unit === 7 } as const;
  return mk(at, start, end, date, { anchor: 'previous', offsetDays: Number(tagValue(r, 'offset')) });
}

/** "the 1990s", "the early 2000s". */
function decade(at: Reading, r: ParsingResult, start: number, end: number): DateCandidate {
  const within = tagValue(r, 'within') as DateCandidate['within'];
  // "the late 1990s": the decade is certain and the part of it is said (`within`), not a guess
  const date = { value: String(r.start.get('year')), precision: 'decade', approximate: false } as const;
  return mk(at, start, end, date, within ? { within } : {});
}

const QUALIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "the minister at the time", "at the time of the raid": a phrase that dates the act only after a
 * verb qualifies a noun before it, or opens a longer phrase with "of".
 */
function qualifiesNoun(at: Reading, r: ParsingResult, start: number, end: number): boolean {
  if (!r.tags().has('after-verb')) return false;
  const first = tokenAt(at.toks, at.sentence.start + start);
  const next = at.toks[tokenAt(at.toks, at.sentence.start + end)];
  return QUALIFIED.has(at.toks[first - 1]?.pos ?? 'X') || next?.lower === 'of';
}

/** "ahead of the operation", "early on": the context's date, no more precise than the phrase allows. */
function context(at: Reading, r: ParsingResult, start: number, end: number): DateCandidate | null {
  if (qualifiesNoun(at, r, start, end)) return null;
  const precision = (tagValue(r, 'precision') as EventDate['precision'] | undefined) ?? 'day';
  const date = { value: at.published, precision, approximate: !r.tags().has('exact') };
  const relation = tagValue(r, 'relation') as DateCandidate['relation'];
  const opens = r.tags().has('opens') ? { opens: true as const } : {};
  return mk(at, start, end, date, { anchor: 'context', ...opens, ...(relation ? { relation } : {}) });
}

/** How precise the words are: "two years ago" a year, "last month" a month, "On Thursday" a day. */
function precisionOf(r: ParsingResult, words: Token[]): EventDate['precision'] {
  const known = r.start;
  const lemmas = words.map((t) => t.lemma);
  if (lemmas.includes('ago') && lemmas.includes('year')) return 'year';
  if (lemmas.includes('ago') && lemmas.includes('month')) return 'month';
  if (words.some((t, k) => t.lower === 'last' && words[k + 1]?.lower === 'month')) return 'month';
  return known.isCertain('day') || known.isCertain('weekday') ? 'day' : known.isCertain('month') ? 'month' : 'year';
}

/** No date of an act: "now", "today", a clock time. */
const isInstant = (words: Token[]) =>
  (words.length === 1 && INSTANTS.has(words[0]!.lower)) ||
  words.every((t) => t.text === ':' || (t.pos === 'NUM' && DIGITS.includes(t.text[0]!)));

/**
 * A month or weekday alone means the most recent one, not the next ("In February" in August 2025 =
 * 2025-02), unless the sentence speaks of the future ("would be held in November"): then it dates no act.
 */
function mostRecent(at: Reading, r: ParsingResult, startToken: number): Date | null {
  const known = r.start;
  const d = known.date();
  if (known.isCertain('year') || d.getTime() <= utc(at.published).getTime() + 43_200_000) return d;
  if (futureBefore(at.toks, startToken)) return null;
  if (known.isCertain('weekday') && !known.isCertain('month')) return new Date(d.getTime() - 7 * 86_400_000);
  return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
}

/**
 * "for an hour", "within minutes": chrono counts a stretch of time from the reference day, which
 * says how long something lasted, not when.
 */
const isDuration = (r: ParsingResult) =>
  r.tags().has('result/relativeDate') && DURATION_OPENERS.has(r.text.split(' ')[0]!.toLowerCase());

/** A calendar date as chrono reads it, with the past preferred and vague words approximate. */
function calendar(at: Reading, r: ParsingResult, start: number, end: number): DateCandidate | null {
  const known = r.start;
  if (!known.isCertain('year') && !known.isCertain('month') && !known.isCertain('day') && !known.isCertain('weekday'))
    return null;
  if (isDuration(r)) return null;
  const first = tokenAt(at.toks, at.sentence.start + start);
  const words = at.toks.filter((t) => t.start >= at.sentence.start + start && t.end <= at.sentence.start + end);
  if (!words.length || isInstant(words)) return null;
  const d = mostRecent(at, r, first);
  if (!d) return null;
  const qualified = r.tags().has('qualified');
  const precision = precisionOf(r, words);
  // "late Monday" is still that Monday; "late last month" is some day of it.
  const vague = words.some((t) => VAGUE.has(t.lower));
  const within = qualified && precision !== 'day' ? (tagValue(r, 'within') as DateCandidate['within']) : undefined;
  // "late last month" is certain of its month and says which part of it (`within`): no guess
  const approximate = (qualified && precision !== 'day' && !within) || vague || approximateBefore(at.toks, first);
  const iso = dayOf(d);
  const value = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  // "two weeks ago", "On Thursday", "In February": the publication day gives what the words leave out
  const fromPublication = words.some((t) => RELATIVE.has(t.lower)) || !known.isCertain('year');
  const extra = { ...(fromPublication ? { published: true as const } : {}), ...(within ? { within } : {}) };
  return mk(at, start, end, { value, precision, approximate }, extra);
}

/** The words of a result without trailing spaces and commas. */
function trimmed(text: string): string {
  let out = text.trimEnd();
  while (out.endsWith(',')) out = out.slice(0, -1).trimEnd();
  return out;
}

/** The date reader's results (chrono's and our parsers'), refined. */
function chronoDates(at: Reading): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const r of readDates(at.sentence.text, utc(at.published))) {
    const end = r.index + trimmed(r.text).length;
    const kind = ourKind(r);
    const read = kind === 'counted' ? counted : kind === 'decade' ? decade : kind === 'context' ? context : calendar;
    const c = read(at, r, r.index, end);
    if (c) out.push(c);
  }
  return out;
}

/** A year written alone: not "$1990", "1990's", "2001-02", nor part of a longer number. */
function standsAlone(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (prev && prev.end === t.start && `$#.,-${DIGITS}`.includes(prev.text.at(-1)!)) return false;
  if (!next || next.start !== t.end) return true;
  if (next.lower === "'s" || next.lower === '’s' || next.lower === 's' || isYear(next.text.slice(0, 4))) return false;
  const after = toks[i + 2];
  return !((next.text === '-' || next.text === ',') && after?.start === next.end && after.pos === 'NUM');
}

/**
 * A year that dates a thing rather than the sentence's event: "the War Powers Act of 1973", "an 1878
 * law"; but "In a 1989 opinion, the office concluded" dates the act.
 */
function datesAThing(toks: Token[], i: number): boolean {
  if (toks[i - 1]?.lower === 'of' && NAMED_WITH_YEAR.has(toks[i - 2]?.text ?? '')) return true;
  const owned = OWNERS.has(toks[i - 1]?.lower ?? '') && toks[i - 2]?.lower === 'in';
  return THINGS_DATED.has(toks[i + 1]?.lower ?? '') && !owned;
}

/** Bare years ("In 1989"), up to the publication year. */
function bareYears(at: Reading, free: (s: number, e: number) => boolean): DateCandidate[] {
  const { sentence, toks } = at;
  const out: DateCandidate[] = [];
  toks.forEach((t, i) => {
    if (!isYear(t.text) || !standsAlone(toks, i) || datesAThing(toks, i)) return;
    const s = t.start - sentence.start;
    if (!free(s, s + 4) || Number(t.text) > Number(at.published.slice(0, 4))) return;
    out.push(mk(at, s, s + 4, { value: t.text, precision: 'year', approximate: approximateBefore(toks, i) }));
  });
  return out;
}

/** The year a phrase of the patterns (dates.json) names, or null when it dates no act. */
function phraseYear(at: Reading, m: Match): { year: number; approximate: boolean } | null {
  const pubYear = Number(at.published.slice(0, 4));
  const words = (name: string) => at.toks.slice(...(m.captures[name] ?? [0, 0])).map((t) => t.lower);
  if (m.label === 'this-year') return { year: pubYear, approximate: false };
  if (m.label === 'last-year') return { year: pubYear - 1, approximate: false };
  // "in recent months" lies in the publication year only far enough into it (July on; weeks: March on)
  if (m.label === 'recent-months') {
    const from = words('unit')[0] === 'months' ? 7 : 3;
    return Number(at.published.slice(5, 7)) >= from ? { year: pubYear, approximate: true } : null;
  }
  if (m.label === 'decades-ago') {
    const n = timeWords.numbers[words('count').join(' ') as keyof typeof timeWords.numbers] || 1;
    return { year: pubYear - 10 * n, approximate: true };
  }
  // "over the summer", "last spring": the season's year; "the summer of 1968" is chrono's
  if (at.toks[m.end]?.lower === 'of' || futureBefore(at.toks, m.start)) return null;
  const begins = timeWords.seasons[words('season')[0] as keyof typeof timeWords.seasons];
  const pubMonth = Number(at.published.slice(5, 7));
  const last = words('opener').join(' ') === 'last';
  const year = last && begins <= pubMonth - 3 ? pubYear - 1 : begins <= pubMonth ? pubYear : pubYear - 1;
  return { year, approximate: false };
}

/**
 * "this year", "last year", "in recent months", "over the summer", "two decades ago": counted from
 * the publication.
 */
function yearPhrases(at: Reading, free: (s: number, e: number) => boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of PHRASES.findAll(at.toks)) {
    const s = at.toks[m.start]!.start - at.sentence.start;
    const e = at.toks[m.end - 1]!.end - at.sentence.start;
    const y = free(s, e) ? phraseYear(at, m) : null;
    const date = { value: String(y?.year), precision: 'year', approximate: Boolean(y?.approximate) } as const;
    if (y) out.push(mk(at, s, e, date, { published: true }));
  }
  return out;
}

/**
 * Stage 4d: time expressions in a sentence, resolved against the publication day. chrono-node
 * reads the calendar forms; our own parsers add what it misses: bare years ("In 1989"),
 * decades ("the 1990s"), "this year", "N days later" (relative to the previous event), and
 * anaphoric phrases ("Ahead of the operation") that inherit the context's date approximately.
 */
export function findDates(sentence: Sentence, published: string): DateCandidate[] {
  const at: Reading = { sentence, toks: layerOf(sentence).tokens, published };
  // chrono's readings and our parsers' (date-reader.ts), then the forms read here
  const found = chronoDates(at);
  const free = (s: number, e: number) => !found.some((f) => s < f.end - sentence.start && f.start - sentence.start < e);
  found.push(...bareYears(at, free));
  found.push(...yearPhrases(at, free));
  // A date after the publication day is a plan or a deadline, never the date of a reported act.
  const sorted = found
    .filter((d) => d.anchor || d.date.value.slice(0, 10) <= published.slice(0, d.date.value.length))
    .sort((a, b) => a.start - b.start);
  return sorted.map((d, i) => sinceSpan(at, countedFromNamedDay(at, d, sorted[i + 1]) ?? d));
}

const HAVE = new Set(['has', 'have', 'had']);
/** "has struck", "have repeatedly seized", "had been": a perfect, which "since" makes a span. */
function perfect(sentence: Sentence): boolean {
  const { tokens, verbs } = layerOf(sentence);
  return verbs.some((g) => g.main > g.start && HAVE.has(tokens[g.start]!.lower));
}

/**
 * "Since Sept. 2, the navy has struck …", "has seized ten boats since early June": with a perfect
 * tense the acts lie between that day and the publication, not on it. "The first time since 1997"
 * with a past tense compares, and dates nothing of the sort: left alone.
 */
function sinceSpan(at: Reading, d: DateCandidate): DateCandidate {
  if (d.anchor || d.date.until || !perfect(at.sentence)) return d;
  for (let i = tokenAt(at.toks, d.start); i >= 0; i--) {
    const t = at.toks[i]!;
    if (t.lower === 'since') return { ...d, date: { ...d.date, until: at.published } };
    if (t.start < d.start && (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX')) return d;
  }
  return d;
}

/**
 * "a week before the Oct. 24 sanctions": a count of days right before a day the text names counts
 * from that day, not from the previous event; approximately, as any count of weeks is.
 */
function countedFromNamedDay(at: Reading, d: DateCandidate, next?: DateCandidate): DateCandidate | null {
  if (d.anchor !== 'previous' || d.offsetDays === undefined || !next || next.anchor) return null;
  if (next.date.precision !== 'day') return null;
  const between = at.toks.filter((t) => t.start >= d.end && t.end <= next.start);
  if (between.some((t) => t.lower !== 'the')) return null;
  const expression = at.sentence.paragraphText.slice(d.start, next.end);
  const value = addDays(next.date.value, d.offsetDays);
  const date: EventDate = { value, precision: 'day', approximate: true, expression };
  const { anchor: _anchor, offsetDays: _offset, ...span } = d;
  return { ...span, ...(next.published ? { published: true as const } : {}), end: next.end, text: expression, date };
}

/** Resolves a date that leans on another ("two days later", "ahead of the operation"). */
export function resolveAnchored(c: DateCandidate, previous: EventDate | null): EventDate | null {
  if (!c.anchor) return c.date;
  if (!previous) return null;
  const expression = c.date.expression;
  if (c.anchor === 'context') {
    // No more precise than the phrase allows ("early on" gives at most a year).
    const order = ['decade', 'year', 'month', 'day'];
    if (order.indexOf(c.date.precision) < order.indexOf(previous.precision)) {
      const length = c.date.precision === 'year' ? 4 : c.date.precision === 'month' ? 7 : previous.value.length;
      return { value: previous.value.slice(0, length), precision: c.date.precision, approximate: true, expression };
    }
    const approximate = previous.approximate || c.date.approximate;
    return { value: previous.value, precision: previous.precision, approximate, expression };
  }
  if (previous.precision !== 'day' || c.offsetDays === undefined)
    return { value: previous.value, precision: previous.precision, approximate: true, expression };
  const iso = addDays(previous.value, c.offsetDays);
  const value = c.date.precision === 'month' ? iso.slice(0, 7) : iso;
  // "Three days later" is as exact as the day it counts from.
  return { value, precision: c.date.precision, approximate: previous.approximate || c.date.approximate, expression };
}

export const datesStage: Stage = {
  name: 'dates',
  run: (doc) => ({ ...doc, dates: doc.sentences.flatMap((s) => findDates(s, doc.context.published)) }),
};
