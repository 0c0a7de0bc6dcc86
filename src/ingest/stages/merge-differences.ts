import words from '../lexicons/merge.json' with { type: 'json' };
import type { Difference, Event, EventDate } from '../../schemas/index.ts';
import type { EventFacts } from './event-facts.ts';

/** One source's report of a happening, as the merge compares it. */
export interface Report {
  event: Event;
  /** The publication day of its source. */
  published: string;
  /** The article's place in the seed order (ties of publication day keep it). */
  order: number;
  facts: EventFacts | undefined;
}

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The days a date covers: one day, a month, a year or a decade. */
export function span(d: EventDate): [number, number] {
  const [y, m] = d.value.split('-').map(Number) as [number, number?];
  if (d.precision === 'day') return [dayOf(d.value), dayOf(d.value)];
  if (d.precision === 'month') return [Date.UTC(y, m! - 1, 1), Date.UTC(y, m!, 1) - DAY];
  const years = d.precision === 'decade' ? 10 : 1;
  return [Date.UTC(y, 0, 1), Date.UTC(y + years, 0, 1) - DAY];
}

export type DateRelation = 'same' | 'close' | 'far' | 'undated';

/**
 * How two sources' dates for one happening relate: the same (one lies within the other: "8
 * August" and "August"), close (a day or a month apart, no more than `closeDays`: "Tuesday" and
 * "Wednesday", "January" and "February": a difference between the sources), far (two
 * happenings), or undated (one of them gives no date).
 */
export function dateRelation(a: EventDate | null, b: EventDate | null): DateRelation {
  if (!a || !b) return 'undated';
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  if ((a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)) return 'same';
  const coarse = (d: EventDate) => d.precision === 'year' || d.precision === 'decade';
  const gap = Math.max(a0, b0) - Math.min(a1, b1);
  return !coarse(a) && !coarse(b) && gap <= words.closeDays * DAY ? 'close' : 'far';
}

const valueOf = (r: Report, value: string) => ({
  source: r.event.source!,
  paragraph: r.event.paragraph,
  quote: r.event.quote,
  value,
});
const PLACE_PREPOSITIONS = new Set(['in', 'off', 'near', 'over', 'outside']);

/** A place without its preposition, "the" and "coast of": "off the coast of X" -> "x". */
function normalPlace(p: string): string {
  const words = p.toLowerCase().split(' ').filter(Boolean);
  if (words.length < 2 || !PLACE_PREPOSITIONS.has(words[0]!)) return words.join(' ');
  let i = 1;
  if (words[i] === 'the' && i < words.length - 1) i++;
  if (words[i] === 'coast' && words[i + 1] === 'of' && i + 2 < words.length) i += 2;
  return words.slice(i).join(' ');
}

/**
 * Where the sources of one happening disagree, each value beside its source: dates that do not
 * lie within each other, figures before the same word ("11 killed", "three killed"), places.
 * Nothing is averaged or overwritten; agreeing sources give no difference.
 */
export function differencesOf(reports: Report[]): Difference[] {
  const out: Difference[] = [];
  const dated = reports.filter((r) => r.event.date);
  if (dated.some((r, i) => dated.slice(i + 1).some((o) => dateRelation(r.event.date, o.event.date) !== 'same')))
    out.push({ about: 'date', values: dated.map((r) => valueOf(r, r.event.date!.value)) });
  const placed = reports.filter((r) => r.facts?.place);
  const places = placed.map((r) => normalPlace(r.facts!.place!));
  if (places.some((p, i) => places.slice(i + 1).some((q) => !p.includes(q) && !q.includes(p))))
    out.push({ about: 'place', values: placed.map((r) => valueOf(r, r.facts!.place!)) });
  // figures by what they count, in the order the earliest report gives them; one count read
  // under two words ("killing 11 people": killed, people) is shown once
  const keys: string[] = [];
  for (const r of reports) for (const f of r.facts?.figures ?? []) if (!keys.includes(f.key)) keys.push(f.key);
  const shown = new Set<string>();
  for (const key of keys) {
    const given = reports.flatMap((r) => {
      const f = r.facts?.figures.find((x) => x.key === key);
      return f ? [{ r, f }] : [];
    });
    if (given.length < 2) continue;
    const same = (x: (typeof given)[number]['f'], y: (typeof given)[number]['f']) =>
      x.value !== null && y.value !== null ? x.value === y.value : x.text.toLowerCase() === y.text.toLowerCase();
    if (given.every(({ f }) => same(f, given[0]!.f))) continue;
    const values = given.map(({ r, f }) => valueOf(r, f.text));
    const sig = values.map((v) => `${v.source}|${v.value}`).join('\n');
    if (shown.has(sig)) continue;
    shown.add(sig);
    out.push({ about: given[0]!.f.about, values });
  }
  return out;
}
