import { recordPath, withBase } from './urls.ts';

/** Where a quote lives: the source, the paragraph, the exact words. */
export interface Cited {
  source?: string | undefined;
  paragraph: string;
  quote: string;
}

/** Percent-encodes a text-fragment term (also "-", "," and "&", which the syntax reserves). */
const fragmentTerm = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/**
 * The text directive that selects a quote: the whole quote when short, else its first and last
 * few words as a range (URLs stay short and survive small edits in the middle).
 */
export function textDirective(quote: string): string {
  const words = quote.trim().split(/\s+/);
  if (words.length <= 8) return `:~:text=${fragmentTerm(words.join(' '))}`;
  return `:~:text=${fragmentTerm(words.slice(0, 4).join(' '))},${fragmentTerm(words.slice(-4).join(' '))}`;
}

/**
 * The link to a quote's paragraph on its source page. `href` targets the paragraph id and works
 * everywhere; `fragment` adds a text directive, applied by the page script where the browser
 * supports text fragments.
 */
export function quoteLink(base: string, c: Cited, defaultSource: string): { href: string; fragment: string } {
  const href = `${withBase(base, recordPath('sources', c.source ?? defaultSource))}#${c.paragraph}`;
  return { href, fragment: `${href}${textDirective(c.quote)}` };
}
