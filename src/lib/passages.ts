import type { Mention } from '../schemas/index.ts';

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
