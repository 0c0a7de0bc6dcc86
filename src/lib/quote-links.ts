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
 * Whether `term` occurs in `text` as a text fragment finds it: ignoring case, at word boundaries.
 * (The spec's own matching rule, which no library here implements; a regular expression is it.)
 */
function findsIn(text: string, term: string): boolean {
  const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

/**
 * The text directive that selects a quote: the whole quote when short, else its first and last
 * few words as a range (URLs stay short and survive small edits in the middle). A browser
 * scrolls to the first match on the page, so the start grows until the text before the quote
 * (`before`) holds no match of it, and the end until the quote holds no earlier one; where no
 * start is unique, there is no directive and the link goes to the paragraph alone.
 */
export function textDirective(quote: string, before = ''): string {
  const words = quote.trim().split(/\s+/);
  const term = (ws: string[]) => fragmentTerm(ws.join(' '));
  if (words.length <= 8) return findsIn(before, words.join(' ')) ? '' : `:~:text=${term(words)}`;
  let k = 4;
  while (k <= words.length - 4 && findsIn(before, words.slice(0, k).join(' '))) k++;
  if (k > words.length - 4) return '';
  let j = 4;
  while (k + j < words.length && findsIn(words.slice(k, -1).join(' '), words.slice(-j).join(' '))) j++;
  return `:~:text=${term(words.slice(0, k))},${term(words.slice(-j))}`;
}

/**
 * The link to a quote's paragraph on its source page. `href` targets the paragraph id and works
 * everywhere; `fragment` adds a text directive, applied by the page script where the browser
 * supports text fragments; `before` is the source page's text before the quote.
 */
export function quoteLink(base: string, c: Cited, defaultSource: string, before = ''): { href: string; fragment: string } {
  const href = `${withBase(base, recordPath('sources', c.source ?? defaultSource))}#${c.paragraph}`;
  return { href, fragment: `${href}${textDirective(c.quote, before)}` };
}
