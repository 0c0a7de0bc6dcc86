import type { Authority, Event, Source } from '../schemas/index.ts';
import { compareEventDates } from './event-dates.ts';

/** The records most talked about: by number of mentions, then name. */
export function mostMentioned<T extends { mentions: unknown[]; name: string }>(records: T[], n: number): T[] {
  return [...records].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)).slice(0, n);
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

