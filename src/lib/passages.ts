import type { Evidence, Mention } from '../schemas/index.ts';

/**
 * A record's mentions as the passages a reader reads: one per sentence of a source, however often
 * that sentence names the record ("Mexico … Mexican officials" is one passage, not two), in order.
 */
export function distinctPassages<T extends Pick<Mention, 'paragraph' | 'quote' | 'source'>>(mentions: T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.source ?? ''}\u0000${m.paragraph}\u0000${m.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The passages a page has not already printed: a sentence that is one of the page's events
 * (same words) or that carries one of its quotations (the quotation's words inside it) is left
 * out, so that "What the sources say" adds what the facts above do not show.
 */
export function passagesNotShown<T extends Pick<Mention, 'paragraph' | 'quote' | 'source'>>(
  passages: T[],
  shown: Pick<Evidence, 'paragraph' | 'quote' | 'source'>[],
): T[] {
  const samePlace = (p: T, e: (typeof shown)[number]) => (p.source ?? '') === (e.source ?? '') && p.paragraph === e.paragraph;
  return passages.filter((p) => !shown.some((e) => samePlace(p, e) && p.quote.includes(e.quote)));
}
