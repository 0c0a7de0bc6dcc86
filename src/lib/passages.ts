import type { Evidence, Mention } from '../schemas/index.ts';

/**
 * A record's mentions as the passages a reader reads: one per sentence of a source, however often
 * that sentence names the record ("Mexico … Mexican officials" is one passage, not two), in order.
 */
export function distinctPassages<T extends Pick<Mention, 'paragraph' | 'quote' | 'source'>>(mentions: T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = passageKey(m);
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

/**
 * Passages split by what they say of the record: `about` names it at least once as more than a
 * qualifier or a place; `inPassing` only as one ("Ostrian law", "arms toward Ostria"), which a
 * page lists apart so that a state's page does not read as if every such sentence were about it.
 */
export function splitInPassing<T extends Pick<Mention, 'paragraph' | 'quote' | 'source' | 'inPassing'>>(
  passages: T[],
  mentions: Pick<Mention, 'paragraph' | 'quote' | 'source' | 'inPassing'>[],
): { about: T[]; inPassing: T[] } {
  const named = new Set(mentions.filter((m) => !m.inPassing).map(passageKey));
  return {
    about: passages.filter((p) => named.has(passageKey(p))),
    inPassing: passages.filter((p) => !named.has(passageKey(p))),
  };
}

/** One sentence of one source: what a passage is. */
const passageKey = (m: Pick<Mention, 'paragraph' | 'quote' | 'source'>) =>
  `${m.source ?? ''}\u0000${m.paragraph}\u0000${m.quote}`;
