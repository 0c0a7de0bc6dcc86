import type { Authority, Event, Source } from '../schemas/index.ts';
import { compareEventDates } from './event-dates.ts';
import { distinctPassages } from './passages.ts';

type Named = { source?: string | undefined; paragraph: string; quote: string };

/**
 * The records most talked about, at most `n`, with the paragraphs that name each: by paragraphs,
 * then sentences (a sentence that names one twice is one). Records tied at the cut are all left
 * out rather than some picked by name: the list says less, never an order the text does not give.
 */
export function mostMentioned<T extends { mentions: Named[]; name: string }>(
  records: T[],
  n: number,
): { record: T; paragraphs: number }[] {
  const count = (r: T, key: (m: Named) => string) => new Set(r.mentions.map(key)).size;
  const ranked = records
    .map((record) => ({
      record,
      paragraphs: count(record, (m) => `${m.source ?? ''}\u0000${m.paragraph}`),
      sentences: distinctPassages(record.mentions).length,
    }))
    .sort((a, b) => b.paragraphs - a.paragraphs || b.sentences - a.sentences || a.record.name.localeCompare(b.record.name));
  const tied = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    a.paragraphs === b.paragraphs && a.sentences === b.sentences;
  let end = Math.min(n, ranked.length);
  if (end < ranked.length) while (end > 0 && tied(ranked[end - 1]!, ranked[end]!)) end--;
  return ranked.slice(0, end).map(({ record, paragraphs }) => ({ record, paragraphs }));
}

/** The last `n` dated events, newest first. */
export function latestEvents(events: Event[], n: number): Event[] {
  return events
    .filter((e) => e.date)
    .sort((a, b) => compareEventDates(b.date, a.date) || a.id.localeCompare(b.id))
    .slice(0, n);
}

/**
 * The directive the site is about: of the records of kind directive, the one the most sources
 * name (then the most sentences). Other orders the reporting mentions (a court's restraining
 * order, an order given in a strike) are directives too, but each in a source or two.
 */
export function subjectDirective(authorities: Authority[]): Authority | null {
  const sources = (a: Authority) => new Set(a.mentions.map((m) => m.source ?? '')).size;
  const ranked = authorities
    .filter((a) => a.kind === 'directive')
    .sort(
      (a, b) =>
        sources(b) - sources(a) ||
        distinctPassages(b.mentions).length - distinctPassages(a.mentions).length ||
        a.id.localeCompare(b.id),
    );
  return ranked[0] ?? null;
}

/**
 * What the directive is, in the source's words: its first mention in the earliest source that
 * names it, else the earliest source's first paragraph.
 */
export function leadQuote(
  sources: Source[],
  authorities: Authority[],
): { source: string; paragraph: string; quote: string } | null {
  const byDate = [...sources].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const directive = subjectDirective(authorities);
  const naming = new Set(directive?.mentions.map((m) => m.source ?? (sources.length === 1 ? sources[0]!.id : '')));
  const first = byDate.find((s) => naming.has(s.id)) ?? byDate[0];
  if (!first) return null;
  const order = new Map(first.paragraphs.map((p, i) => [p.id, i]));
  const m = directive?.mentions
    .filter((x) => (x.source ?? first.id) === first.id)
    .sort((a, b) => (order.get(a.paragraph) ?? 0) - (order.get(b.paragraph) ?? 0))[0];
  if (m) return { source: first.id, paragraph: m.paragraph, quote: m.quote };
  const p = first.paragraphs[0]!;
  return { source: first.id, paragraph: p.id, quote: p.text };
}

/** The first and last publication days among the sources: the "based on reporting published" stamp. */
export function publishedSpan(sources: Source[]): { first: string; last: string } | null {
  const days = sources.map((s) => s.published).sort();
  return days.length ? { first: days[0]!, last: days.at(-1)! } : null;
}

/** The earliest publication date among the sources: the "based on reporting published" stamp. */
export function firstPublished(sources: Source[]): string | null {
  return sources.map((s) => s.published).sort()[0] ?? null;
}

