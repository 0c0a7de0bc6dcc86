import { createHash } from 'node:crypto';
import { toSlug } from '../../lib/slug.ts';
import type { Paragraph } from '../../schemas/source.ts';

/** The characters a line may end with to end its paragraph. */
const ENDS_PARAGRAPH = new Set(['.', '!', '?', ':', '"', '”', '’', ')', ']']);

/**
 * Groups cleaned lines into paragraphs. A blank line always ends one; a line break after
 * sentence-final punctuation ends one too (captures that put one paragraph per line), while a
 * break mid-sentence is a hard wrap and is joined with a space.
 */
export function splitParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (line === '') {
      if (current) out.push(current);
      current = '';
      continue;
    }
    current = current ? `${current} ${line}` : line;
    if (ENDS_PARAGRAPH.has(line.at(-1)!)) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/**
 * The anchor of a paragraph, from its own words and never its position: the first six words
 * (readable in a shared link) plus four hex digits of a hash of the whole text (so two
 * paragraphs opening alike still differ). Inserting or removing other paragraphs changes nothing.
 */
export function paragraphId(text: string): string {
  const words = toSlug(text).split('-').filter(Boolean).slice(0, 6).join('-');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 4);
  return `p-${words ? `${words}-` : ''}${hash}`;
}

/** Paragraph records with stable ids; an exact repeat of an earlier paragraph gets -2, -3... */
export function toParagraphs(texts: string[]): Paragraph[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const base = paragraphId(text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, text };
  });
}
