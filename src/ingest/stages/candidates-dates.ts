import * as chrono from 'chrono-node';
import timeWords from '../lexicons/time-words.json' with { type: 'json' };
import { escapeRe, spanOf, type DateCandidate, type Sentence } from './types.ts';
import type { EventDate } from '../../schemas/index.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const addDays = (iso: string, n: number) => dayOf(new Date(utc(iso).getTime() + n * 86_400_000));

const NUMBER = Object.keys(timeWords.numbers).sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const UNIT = Object.keys(timeWords.units).join('|');
const LATER = new RegExp(String.raw`\b(${NUMBER}|\d+)\s+(${UNIT})\s+(later|earlier|afterward|before)\b`, 'giu');
const YEAR = /\b(?<![$#.,\d-])(1[6-9]\d\d|20\d\d)(?!\d|,\d|s\b|’s\b|-\d)/gu;
const DECADE = /\b(?:(early|mid|late)[- ])?(?:(?:the|The)\s+)?(?:(early|mid|late)[- ])?(1[6-9]\d0|20\d0)s\b/gu;
const THIS_YEAR = new RegExp(String.raw`\b(?:${timeWords.thisYear.map(escapeRe).join('|')})\b`, 'giu');
const LAST_YEAR = /\blast year\b/giu;
const ANAPHORIC = new RegExp(String.raw`\b(?:${timeWords.anaphoric.map((a) => escapeRe(a.phrase)).join('|')})\b`, 'giu');
const anaphoricCap = new Map(timeWords.anaphoric.map((a) => [a.phrase, (a as { precision?: string }).precision]));
const anaphoricExact = new Set(timeWords.anaphoric.filter((a) => (a as { exact?: boolean }).exact).map((a) => a.phrase));
const anaphoricOpens = new Set(timeWords.anaphoric.filter((a) => (a as { opens?: boolean }).opens).map((a) => a.phrase));
const FUTURE = /\b(?:will|would|shall|next|upcoming|scheduled|planned|plans?\s+to|is\s+to|are\s+to)\b/iu;
// "over the summer", "last spring": the season's year.
const SEASON = new RegExp(String.raw`\b(over the|in the|during the|this|last|earlier this)\s+(${Object.keys(timeWords.seasons).join('|')})\b(?!\s+of\b)`, 'giu');
// "the previous week", "the following day": counted from the date the text gave last.
const PREVIOUS_UNIT = /\b[Tt]he\s+(previous|prior|preceding|following|next)\s+(day|week|month|year)\b/gu;
// "a decade ago", "two decades ago": chrono reads neither.
const DECADES_AGO = new RegExp(String.raw`\b(${NUMBER})\s+decades?\s+ago\b`, 'giu');
// A leading preposition belongs to the expression ("On Thursday", "In February").
const PREPOSITION = /(?:\b(?:[Ii]n|[Oo]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil)\s+)$/u;
const APPROX_BEFORE = /(?:\b(?:after|before|ahead of|around|about|late|early|mid|the end of|the start of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3})$/iu;
// Years that date a thing rather than the sentence's event ("an 1878 law", "the 2024 election").
const YEAR_OF_THING = /^\s+(?:law|act|statute|treaty|order|memo|opinion|budget|report)\b/iu;

/** "late", "end of" -> 'late'; "early", "beginning of" -> 'early'; "mid" -> 'mid'. */
const withinOf = (q: string): 'early' | 'mid' | 'late' => (/^(?:late|end)/iu.test(q) ? 'late' : /^mid/iu.test(q) ? 'mid' : 'early');

function mk(sentence: Sentence, relStart: number, relEnd: number, date: Omit<EventDate, 'expression'>, extra: Partial<DateCandidate> = {}): DateCandidate {
  let s = relStart;
  const pre = sentence.text.slice(0, s).match(PREPOSITION);
  if (pre) s -= pre[0].length;
  const span = spanOf(sentence, sentence.start + s, sentence.start + relEnd);
  return { ...span, date: { ...date, expression: span.text }, ...extra };
}

/** chrono's parse, refined: the past is preferred, vague words are approximate. */
function chronoDates(sentence: Sentence, published: string): DateCandidate[] {
  const ref = utc(published);
  const out: DateCandidate[] = [];
  for (const r of chrono.parse(sentence.text, ref, { forwardDate: false })) {
    const known = r.start;
    if (!known.isCertain('year') && !known.isCertain('month') && !known.isCertain('day') && !known.isCertain('weekday')) continue;
    if (/^(?:now|today|tonight|[\d:]+)$/iu.test(r.text.trim())) continue;
    let d = known.date();
    let text = r.text.replace(/[\s,]+$/u, '');
    let start = r.index;
    const relative = /\b(?:ago|later|earlier|last|next|this|past)\b/iu.test(text);
    // "Two days later": relative to the previous event, not to the publication.
    const later = [...text.matchAll(LATER)][0];
    if (later) {
      const n = Number(later[1]) || timeWords.numbers[later[1]!.toLowerCase() as keyof typeof timeWords.numbers] || 1;
      const unit = timeWords.units[later[2]!.toLowerCase() as keyof typeof timeWords.units];
      const sign = /later|afterward/iu.test(later[3]!) ? 1 : -1;
      out.push(mk(sentence, start, start + text.length, { value: published, precision: unit >= 30 ? 'month' : 'day', approximate: unit === 7 }, { anchor: 'previous', offsetDays: sign * n * unit }));
      continue;
    }
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
    // "late last month", "early this year": the qualifier belongs to the expression and makes it approximate.
    const qual = sentence.text.slice(0, start).match(/\b(late|early|mid|end of|beginning of)[- ]$/iu);
    if (qual) {
      start -= qual[0].length;
      text = sentence.text.slice(start, r.index + r.text.replace(/[\s,]+$/u, '').length);
    }
    // "late Monday" is still that Monday; "late last month" is some day of it.
    const approximate = (Boolean(qual) && precision !== 'day') || /\b(?:ago|about|around|roughly|some|weeks?)\b/iu.test(text) || APPROX_BEFORE.test(sentence.text.slice(0, start));
    const iso = dayOf(d);
    const value = precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
    const within = qual && precision !== 'day' ? withinOf(qual[1]!) : undefined;
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
  // Anaphoric phrases win over chrono's partial reading of them ("later in the day" is not "in the day").
  const phrases = [...text.matchAll(ANAPHORIC)].map((m) => [m.index, m.index + m[0].length] as const);
  const found = chronoDates(sentence, published).filter((d) => {
    const s = d.start - sentence.start;
    const e = d.end - sentence.start;
    return !phrases.some(([a, b]) => s < b && a < e);
  });
  const free = (s: number, e: number) => !found.some((f) => s < f.end - sentence.start && f.start - sentence.start < e);
  const pubYear = Number(published.slice(0, 4));
  for (const m of text.matchAll(DECADE)) {
    const qual = m[1] ?? m[2];
    if (free(m.index, m.index + m[0].length))
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: m[3]!, precision: 'decade', approximate: Boolean(qual) }, qual ? { within: withinOf(qual) } : {}));
  }
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
  for (const m of text.matchAll(LATER))
    if (free(m.index, m.index + m[0].length)) {
      const n = Number(m[1]) || timeWords.numbers[m[1]!.toLowerCase() as keyof typeof timeWords.numbers] || 1;
      const unit = timeWords.units[m[2]!.toLowerCase() as keyof typeof timeWords.units];
      const sign = /later|afterward/iu.test(m[3]!) ? 1 : -1;
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: published, precision: unit >= 30 ? 'month' : 'day', approximate: unit === 7 }, { anchor: 'previous', offsetDays: sign * n * unit }));
    }
  for (const m of text.matchAll(SEASON))
    if (free(m.index, m.index + m[0].length) && !FUTURE.test(text.slice(0, m.index))) {
      const start = timeWords.seasons[m[2]!.toLowerCase() as keyof typeof timeWords.seasons];
      const pubMonth = Number(published.slice(5, 7));
      const year = /^last$/iu.test(m[1]!) && start <= pubMonth - 3 ? pubYear - 1 : start <= pubMonth ? pubYear : pubYear - 1;
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: String(year), precision: 'year', approximate: false }, { published: true }));
    }
  for (const m of text.matchAll(PREVIOUS_UNIT))
    if (free(m.index, m.index + m[0].length)) {
      const unit = timeWords.units[m[2]!.toLowerCase() as keyof typeof timeWords.units];
      const sign = /previous|prior|preceding/iu.test(m[1]!) ? -1 : 1;
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: published, precision: unit >= 30 ? 'month' : 'day', approximate: unit === 7 }, { anchor: 'previous', offsetDays: sign * unit }));
    }
  for (const m of text.matchAll(DECADES_AGO))
    if (free(m.index, m.index + m[0].length)) {
      const n = timeWords.numbers[m[1]!.toLowerCase() as keyof typeof timeWords.numbers] || 1;
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: String(pubYear - 10 * n), precision: 'year', approximate: true }, { published: true }));
    }
  for (const m of text.matchAll(ANAPHORIC))
    if (free(m.index, m.index + m[0].length)) {
      const phrase = m[0].toLowerCase();
      found.push(mk(sentence, m.index, m.index + m[0].length, { value: published, precision: (anaphoricCap.get(phrase) as EventDate['precision']) ?? 'day', approximate: !anaphoricExact.has(phrase) }, { anchor: 'context', ...(anaphoricOpens.has(phrase) ? { opens: true as const } : {}) }));
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
