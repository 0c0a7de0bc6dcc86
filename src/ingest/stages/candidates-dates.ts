import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import { escapeRe, spanOf, type DateCandidate, type Sentence } from './types.ts';
import { ourKind, readDates, tagValue } from './date-reader.ts';
import type { EventDate } from '../../schemas/index.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const addDays = (iso: string, n: number) => dayOf(new Date(utc(iso).getTime() + n * 86_400_000));

const NUMBER = Object.keys(timeWords.numbers).sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const YEAR = /\b(?<![$#.,\d-])(1[6-9]\d\d|20\d\d)(?!\d|,\d|s\b|’s\b|-\d)/gu;
const THIS_YEAR = new RegExp(String.raw`\b(?:${timeWords.thisYear.map(escapeRe).join('|')})\b`, 'giu');
const LAST_YEAR = /\blast year\b/giu;
const FUTURE = /\b(?:will|would|shall|next|upcoming|scheduled|planned|plans?\s+to|is\s+to|are\s+to)\b/iu;
// "over the summer", "last spring": the season's year.
const SEASON = new RegExp(String.raw`\b(over the|in the|during the|this|last|earlier this)\s+(${Object.keys(timeWords.seasons).join('|')})\b(?!\s+of\b)`, 'giu');
// "a decade ago", "two decades ago": chrono reads neither.
const DECADES_AGO = new RegExp(String.raw`\b(${NUMBER})\s+decades?\s+ago\b`, 'giu');
// A leading preposition belongs to the expression ("On Thursday", "In February").
const PREPOSITION = /(?:\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil)\s+)$/u;
const APPROX_BEFORE = /(?:\b(?:after|before|ahead of|around|about|late|early|mid|the end of|the start of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3})$/iu;
// Years that date a thing rather than the sentence's event ("an 1878 law", "the 2024 election").
const YEAR_OF_THING = /^\s+(?:law|act|statute|treaty|order|memo|opinion|budget|report)\b/iu;

function mk(sentence: Sentence, relStart: number, relEnd: number, date: Omit<EventDate, 'expression'>, extra: Partial<DateCandidate> = {}): DateCandidate {
  let s = relStart;
  const pre = sentence.text.slice(0, s).match(PREPOSITION);
  if (pre) s -= pre[0].length;
  const span = spanOf(sentence, sentence.start + s, sentence.start + relEnd);
  return { ...span, date: { ...date, expression: span.text }, ...extra };
}

/** The date reader's results (chrono's and our parsers'), refined: the past is preferred, vague words are approximate. */
function chronoDates(sentence: Sentence, published: string): DateCandidate[] {
  const ref = utc(published);
  const out: DateCandidate[] = [];
  for (const r of readDates(sentence.text, ref)) {
    const known = r.start;
    const text = r.text.replace(/[\s,]+$/u, '');
    const start = r.index;
    const kind = ourKind(r);
    if (kind === 'counted') {
      // "Two days later": relative to the previous event, not to the publication.
      const unit = Number(tagValue(r, 'unit'));
      out.push(mk(sentence, start, start + text.length, { value: published, precision: unit >= 30 ? 'month' : 'day', approximate: unit === 7 }, { anchor: 'previous', offsetDays: Number(tagValue(r, 'offset')) }));
      continue;
    }
    if (kind === 'decade') {
      const within = tagValue(r, 'within') as DateCandidate['within'];
      out.push(mk(sentence, start, start + text.length, { value: String(known.get('year')), precision: 'decade', approximate: Boolean(within) }, within ? { within } : {}));
      continue;
    }
    if (kind === 'context') {
      // "ahead of the operation", "early on": the context's date, no more precise than the phrase allows
      const precision = (tagValue(r, 'precision') as EventDate['precision'] | undefined) ?? 'day';
      out.push(mk(sentence, start, start + text.length, { value: published, precision, approximate: !r.tags().has('exact') }, { anchor: 'context', ...(r.tags().has('opens') ? { opens: true as const } : {}) }));
      continue;
    }
    if (!known.isCertain('year') && !known.isCertain('month') && !known.isCertain('day') && !known.isCertain('weekday')) continue;
    if (/^(?:now|today|tonight|[\d:]+)$/iu.test(text.trim())) continue;
    let d = known.date();
    const qualified = r.tags().has('qualified');
    const relative = /\b(?:ago|later|earlier|last|next|this|past)\b/iu.test(text);
    let precision: EventDate['precision'] = known.isCertain('day') || known.isCertain('weekday') ? 'day' : known.isCertain('month') ? 'month' : 'year';
    if (/\bago\b/iu.test(text) && /\b(?:month|year)s?\b/iu.test(text)) precision = /\byears?\b/iu.test(text) ? 'year' : 'month';
    if (/\blast month\b/iu.test(text)) precision = 'month';
    // A month or weekday alone means the most recent one, not the next ("In February" in August 2025 = 2025-02),
    // unless the sentence speaks of the future ("would be held in November"): then it dates no act.
    if (!known.isCertain('year') && d.getTime() > ref.getTime() + 43_200_000) {
      if (FUTURE.test(sentence.text.slice(0, start))) continue;
      if (known.isCertain('weekday') && !known.isCertain('month')) d = new Date(d.getTime() - 7 * 86_400_000);
      else d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
    }
    // "late Monday" is still that Monday; "late last month" is some day of it.
    const approximate = (qualified && precision !== 'day') || /\b(?:ago|about|around|roughly|some|weeks?)\b/iu.test(text) || APPROX_BEFORE.test(sentence.text.slice(0, start));
    const iso = dayOf(d);
    const value = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    const within = qualified && precision !== 'day' ? (tagValue(r, 'within') as DateCandidate['within']) : undefined;
    // "two weeks ago", "On Thursday", "In February": the publication day gives what the words leave out
    const fromPublication = relative || !known.isCertain('year');
    out.push(mk(sentence, start, start + text.length, { value, precision, approximate }, { ...(fromPublication ? { published: true as const } : {}), ...(within ? { within } : {}) }));
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
  const text = sentence.text;
  // chrono's readings and our parsers' (date-reader.ts), then the forms read here
  const found = chronoDates(sentence, published);
  const free = (s: number, e: number) => !found.some((f) => s < f.end - sentence.start && f.start - sentence.start < e);
  const pubYear = Number(published.slice(0, 4));
  for (const m of text.matchAll(YEAR)) {
    // "the War Powers Act of 1973": the statute's year, not the sentence's.
    if (/\b(?:Act|Resolution|Law|Code|Treaty|Convention|Protocol)\s+of\s+$/u.test(text.slice(0, m.index))) continue;
    // "an 1878 law" dates the law; "In a 1989 opinion, the office concluded" dates the act.
    if (!free(m.index, m.index + 4) || (YEAR_OF_THING.test(text.slice(m.index + 4)) && !/\b[Ii]n\s+(?:a|an|its|his|her|their)\s+$/u.test(text.slice(0, m.index)))) continue;
    if (Number(m[1]) > pubYear) continue;
    const approximate = APPROX_BEFORE.test(text.slice(0, m.index));
    found.push(mk(sentence, m.index, m.index + 4, { value: m[1]!, precision: 'year', approximate }));
  }
  for (const m of text.matchAll(THIS_YEAR))
    if (free(m.index, m.index + m[0].length)) found.push(mk(sentence, m.index, m.index + m[0].length, { value: String(pubYear), precision: 'year', approximate: false }, { published: true }));
  for (const m of text.matchAll(LAST_YEAR))
    if (free(m.index, m.index + m[0].length)) found.push(mk(sentence, m.index, m.index + m[0].length, { value: String(pubYear - 1), precision: 'year', approximate: false }, { published: true }));
  for (const m of text.matchAll(SEASON))
    if (free(m.index, m.index + m[0].length) && !FUTURE.test(text.slice(0, m.index))) {
      const start = timeWords.seasons[m[2]!.toLowerCase() as keyof typeof timeWords.seasons];
      const pubMonth = Number(published.slice(5, 7));
      const year = /^last$/iu.test(m[1]!) && start <= pubMonth - 3 ? pubYear - 1 : start <= pubMonth ? pubYear : pubYear - 1;
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: String(year), precision: 'year', approximate: false }, { published: true }));
    }
  for (const m of text.matchAll(DECADES_AGO))
    if (free(m.index, m.index + m[0].length)) {
      const n = timeWords.numbers[m[1]!.toLowerCase() as keyof typeof timeWords.numbers] || 1;
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: String(pubYear - 10 * n), precision: 'year', approximate: true }, { published: true }));
    }
  // A date after the publication day is a plan or a deadline, never the date of a reported act.
  return found.filter((d) => d.anchor || d.date.value.slice(0, 10) <= published.slice(0, d.date.value.length)).sort((a, b) => a.start - b.start);
}

/** Resolves a date that leans on another ("two days later", "ahead of the operation"). */
export function resolveAnchored(c: DateCandidate, previous: EventDate | null): EventDate | null {
  if (!c.anchor) return c.date;
  if (!previous) return null;
  if (c.anchor === 'context') {
    // No more precise than the phrase allows ("early on" gives at most a year).
    const order = ['decade', 'year', 'month', 'day'];
    if (order.indexOf(c.date.precision) < order.indexOf(previous.precision)) {
      const value = c.date.precision === 'year' ? previous.value.slice(0, 4) : c.date.precision === 'month' ? previous.value.slice(0, 7) : previous.value;
      return { value, precision: c.date.precision, approximate: true, expression: c.date.expression };
    }
    return { value: previous.value, precision: previous.precision, approximate: previous.approximate || c.date.approximate, expression: c.date.expression };
  }
  if (previous.precision !== 'day' || c.offsetDays === undefined) return { value: previous.value, precision: previous.precision, approximate: true, expression: c.date.expression };
  const iso = addDays(previous.value, c.offsetDays);
  const value = c.date.precision === 'month' ? iso.slice(0, 7) : iso;
  // "Three days later" is as exact as the day it counts from.
  return { value, precision: c.date.precision, approximate: previous.approximate || c.date.approximate, expression: c.date.expression };
}
