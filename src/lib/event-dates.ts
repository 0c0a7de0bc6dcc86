import type { EventDate } from '../schemas/event.ts';
import { enquote } from './quote-marks.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as a reader says it, as precise as known: "7 August 2025", "February 2025",
 * "the 1990s", "1989"; approximate dates read "around …". The original words are kept apart.
 */
export function formatEventDate(d: EventDate): string {
  const [y, m, day] = d.value.split('-').map(Number) as [number, number?, number?];
  let text: string;
  if (d.precision === 'decade') text = `the ${y}s`;
  else if (d.precision === 'year') text = String(y);
  else if (d.precision === 'month') text = `${MONTHS[(m ?? 1) - 1]} ${y}`;
  else text = `${day} ${MONTHS[(m ?? 1) - 1]} ${y}`;
  return d.approximate ? `around ${text}` : text;
}

/** What the date of an event rests on, as a reader reads it. */
export function dateBasis(d: EventDate): string {
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

/** Sort key: undated events last; within a date, the less precise first ("2025" before "2025-02"). */
export function compareEventDates(a: EventDate | null, b: EventDate | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  const pad = (v: string) => (v + '-00-00').slice(0, 10);
  return pad(a.value) < pad(b.value) ? -1 : pad(a.value) > pad(b.value) ? 1 : a.value.length - b.value.length;
}

/** The year heading an event is grouped under on the timeline ("1990s" for a decade). */
export function yearGroup(d: EventDate): string {
  return d.precision === 'decade' ? `${d.value.slice(0, 4)}s` : d.value.slice(0, 4);
}
