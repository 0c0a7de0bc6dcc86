import type { EventDate } from '../schemas/event.ts';
import { enquote } from './quote-marks.ts';
import { editorialNote } from './editorial.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as a reader says it, as precise as known: "7 August 2025", "February 2025",
 * "the 1990s", "1989", "late July 2025"; approximate dates read "around …", or say the day they
 * follow or precede when the text gives one ("2001, after 11 September 2001"). The original words
 * are kept apart.
 */
export function formatEventDate(d: EventDate): string {
  const [y, m, day] = d.value.split('-').map(Number) as [number, number?, number?];
  // "late last month": the part of the period the words name ("late July 2025", "the mid-1990s")
  const part = d.within && d.precision !== 'day' ? (d.within === 'mid' ? 'mid-' : `${d.within} `) : '';
  let text: string;
  if (d.precision === 'decade') text = `the ${part}${y}s`;
  else if (d.precision === 'year') text = `${part}${y}`;
  else if (d.precision === 'month') text = `${part}${MONTHS[(m ?? 1) - 1]} ${y}`;
  else text = `${day} ${MONTHS[(m ?? 1) - 1]} ${y}`;
  if (d.until) return `between ${text} and ${formatEventDate(boundOf(d.until))}`;
  // "after the attacks of Sept. 11, 2001": the day it follows says more than "around 2001"
  const side = d.after ? (['after', d.after] as const) : d.before ? (['before', d.before] as const) : null;
  // (a day only: "after January 2025" would leave out late January, which the text allows)
  if (side && side[1].length === 10 && side[1].length > d.value.length)
    return `${text}, ${side[0]} ${formatEventDate(boundOf(side[1]))}`;
  return d.approximate ? `around ${text}` : text;
}

/**
 * The date as machines read it (JSON-LD `startDate`, `<time datetime>`), only where one value
 * says what the page says: none for a span or a decade (no such value exists) and none for an
 * approximate date ("around 25 July" is not 25 July).
 */
export const machineDate = (d: EventDate): string | undefined =>
  d.until || d.approximate || d.precision === 'decade' ? undefined : d.value;

const PRECISION_BY_LENGTH = { 4: 'year', 7: 'month', 10: 'day' } as const;
/** A bound written YYYY, YYYY-MM or YYYY-MM-DD as a date of that precision. */
export const boundOf = (value: string): EventDate => ({
  value,
  precision: PRECISION_BY_LENGTH[value.length as 4 | 7 | 10] ?? 'year',
  approximate: false,
  expression: value,
});

/** What the date of an event rests on, as a reader reads it. */
export function dateBasis(d: EventDate): string {
  if (d.editorial) return editorialNote.date(d.editorial, d.wordsOfSource ? d.expression : undefined);
  return d.fromContext ? `The sentence gives no date; its paragraph is dated ${enquote(d.expression)}` : `The source says ${enquote(d.expression)}`;
}

/** The label of an undated lead event: the day it was reported, which is not the day of the act. */
export function reportedLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `Reported on ${d} ${MONTHS[m - 1]} ${y}; the source gives no date for the act`;
}

/**
 * The date line of an undated event in a list. Where the list's heading or intro already says the
 * source gives no date (`said`), the line says only what it adds (the day a lead event was
 * reported), or nothing: the fact is said once for the run, not once per item.
 */
export function undatedLine(reported: string | undefined, said: boolean): string | null {
  if (reported) return said ? reportedLabel(reported).split(';')[0]! : reportedLabel(reported);
  return said ? null : 'Undated: the source gives no date';
}

const pad = (v: string) => (v + '-00-00').slice(0, 10);
/** The last day a period can hold, as a sort key ("2025-07" -> "2025-07-31", "1990" decade -> "1999-12-31"). */
const endOf = (d: EventDate) =>
  d.precision === 'decade' ? `${Number(d.value.slice(0, 4)) + 9}-12-31` : d.precision === 'year' ? `${d.value.slice(0, 4)}-12-31` : d.precision === 'month' ? `${d.value.slice(0, 7)}-31` : d.value;
/** The middle of a period, as a sort key. */
const middleOf = (d: EventDate) =>
  d.precision === 'decade' ? `${Number(d.value.slice(0, 4)) + 4}-06-15` : d.precision === 'year' ? `${d.value.slice(0, 4)}-06-15` : d.precision === 'month' ? `${d.value.slice(0, 7)}-15` : d.value;

/**
 * Where a date sorts, as the text places it: at the start of its period, the less precise first
 * ("2025" before "2025-02" before "2025-02-03"); "late last month" after the days of that month
 * ("early"/"mid" at its start and middle); "after the attacks of Sept. 11, 2001" (2001) just after
 * the attacks' day (`after`), though known only to its year; "ahead of the operation" just
 * before the operation's (`before`).
 */
export function dateSortKey(d: EventDate): string {
  let key = `${pad(d.value)} ${d.value.length}`;
  if (d.within === 'late') key = `${endOf(d)} ~`;
  else if (d.within === 'mid') key = `${middleOf(d)} ${d.value.length}`;
  if (d.after && d.precision !== 'day') {
    const after = `${pad(d.after)} ~${d.value.length}`;
    if (after > key) key = after;
  }
  // "Ahead of the operation" (1989): just before the operation's date, whatever its precision
  if (d.before) {
    const before = `${pad(d.before)} 0`;
    if (before < key) key = before;
  }
  return key;
}

/** Sort order: undated events last; dated ones by `dateSortKey`. */
export function compareEventDates(a: EventDate | null, b: EventDate | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  const x = dateSortKey(a);
  const y = dateSortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The year heading an event is grouped under on the timeline ("1990s" for a decade). */
export function yearGroup(d: EventDate): string {
  return d.precision === 'decade' ? `${d.value.slice(0, 4)}s` : d.value.slice(0, 4);
}
