/** Quotations shown before the rest fold away: a long page leads with its facts. */
export const QUOTES_OPEN = 3;

/** The first `open` items, shown, and the rest, folded away in a <details>. */
export function foldAfter<T>(items: T[], open = QUOTES_OPEN): { open: T[]; folded: T[] } {
  return { open: items.slice(0, open), folded: items.slice(open) };
}

/** "1 source", "3 sources": lib/plural.ts, re-exported where pages have long imported it. */
export { count } from './plural.ts';
