import nlp from 'compromise';
import type { Paragraph } from '../../schemas/index.ts';
import type { Sentence } from './types.ts';
import type { Stage } from '../doc.ts';

// A closing quotation mark after sentence-final punctuation, then a capital: a boundary that
// compromise sometimes misses ('… escape.” Rear Adm. James …').
const QUOTE_BOUNDARY = /[.!?][”"’]\s+(?=[“"‘]?[A-Z])/gu;

/** Splits a range of the paragraph further at quote-closing boundaries. */
function splitAtQuotes(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  const chunk = text.slice(start, end);
  let at = 0;
  for (const m of chunk.matchAll(QUOTE_BOUNDARY)) {
    const cut = m.index + 2;
    out.push([start + at, start + cut]);
    at = m.index + m[0].length;
  }
  out.push([start + at, end]);
  return out;
}

const isSpace = (c: string) => c.trim() === '';

/** Trims whitespace off a [start, end) range of `text`. */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Stage 3: a paragraph's sentences, by compromise's sentence splitter (tokenizer only: no tagging
 * needed), with exact character offsets into the paragraph so every quote is an exact substring.
 */
function splitSentences(paragraph: Paragraph, paragraphIndex: number, firstIndex = 0): Sentence[] {
  const text = paragraph.text;
  const found = nlp.tokenize(text).json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  const ranges: [number, number][] = [];
  let cursor = 0;
  for (const s of found) {
    // Trust compromise's offsets when they hold; otherwise find the words after the cursor.
    let start = s.offset.start;
    if (text.slice(start, start + s.text.length) !== s.text) {
      const at = text.indexOf(s.text.trim(), cursor);
      if (at < 0) continue;
      start = at;
    }
    if (start < cursor) start = cursor;
    ranges.push([start, Math.max(start, s.offset.start + s.offset.length)]);
    cursor = ranges.at(-1)![1];
  }
  // Whatever compromise left out (rare) stays in the last sentence so no words are lost.
  if (ranges.length === 0) ranges.push([0, text.length]);
  ranges[0]![0] = 0;
  for (let i = 1; i < ranges.length; i++) ranges[i]![0] = Math.min(ranges[i]![0], ranges[i - 1]![1]);
  for (let i = 0; i < ranges.length - 1; i++) ranges[i]![1] = ranges[i + 1]![0];
  ranges.at(-1)![1] = text.length;
  const out: Sentence[] = [];
  for (const [s, e] of ranges)
    for (const [a, b] of splitAtQuotes(text, s, e)) {
      const [start, end] = trim(text, a, b);
      if (end > start)
        out.push({
          paragraph: paragraph.id,
          index: firstIndex + out.length,
          paragraphIndex,
          start,
          end,
          text: text.slice(start, end),
          paragraphText: text,
        });
    }
  return out;
}

/** Every sentence of the article, numbered in reading order. */
export function articleSentences(paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, i) => out.push(...splitSentences(p, i, out.length)));
  return out;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run: (doc) => ({ ...doc, sentences: articleSentences(doc.context.paragraphs) }),
};
