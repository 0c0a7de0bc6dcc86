import type { Authority, Event, Source } from '../schemas/index.ts';
import { compareEventDates } from './event-dates.ts';

type Named = { source?: string | undefined; paragraph: string; quote: string };

/**
 * The records most talked about: by the paragraphs that name them, then the sentences, then name
 * (a sentence that names one twice, "the 2001 authorization … that authorization", is one).
 */
export function mostMentioned<T extends { mentions: Named[]; name: string }>(records: T[], n: number): T[] {
  const count = (r: T, key: (m: Named) => string) => new Set(r.mentions.map(key)).size;
  const paragraphs = (r: T) => count(r, (m) => `${m.source ?? ''}\u0000${m.paragraph}`);
  const sentences = (r: T) => count(r, (m) => `${m.source ?? ''}\u0000${m.paragraph}\u0000${m.quote}`);
  return [...records]
    .sort((a, b) => paragraphs(b) - paragraphs(a) || sentences(b) - sentences(a) || a.name.localeCompare(b.name))
    .slice(0, n);
}

/** The last `n` dated events, newest first. */
export function latestEvents(events: Event[], n: number): Event[] {
  return events
    .filter((e) => e.date)
    .sort((a, b) => compareEventDates(b.date, a.date) || a.id.localeCompare(b.id))
    .slice(0, n);
}

/**
 * What the directive is, in the source's words: the first mention of a directive in the
 * earliest source, else that source's first paragraph.
 */
export function leadQuote(sources: Source[], authorities: Authority[]): { source: string; paragraph: string; quote: string } | null {
  const first = [...sources].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))[0];
  if (!first) return null;
  const directive = authorities.find((a) => a.kind === 'directive');
  const order = new Map(first.paragraphs.map((p, i) => [p.id, i]));
  const m = directive?.mentions.filter((x) => x.source === first.id).sort((a, b) => (order.get(a.paragraph) ?? 0) - (order.get(b.paragraph) ?? 0))[0];
  if (m) return { source: first.id, paragraph: m.paragraph, quote: m.quote };
  const p = first.paragraphs[0]!;
  return { source: first.id, paragraph: p.id, quote: p.text };
}

/** The earliest publication date among the sources: the "based on reporting published" stamp. */
export function firstPublished(sources: Source[]): string | null {
  return sources.map((s) => s.published).sort()[0] ?? null;
}

