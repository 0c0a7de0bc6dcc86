import nlp from 'compromise';
import abbreviations from '../lexicons/abbreviations.json' with { type: 'json' };
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
const isLower = (c: string | undefined) => !!c && c.toLowerCase() === c && c.toUpperCase() !== c;
const isUpper = (c: string | undefined) => !!c && c.toUpperCase() === c && c.toLowerCase() !== c;

/** A designation's letters and full stops, without the spaces ("H. Con. Res." -> "H.Con.Res."). */
const squeeze = (s: string) => s.split('').filter((c) => !isSpace(c)).join('');
const DESIGNATIONS = new Set(abbreviations.designations.map(squeeze));
const MAX_PARTS = Math.max(...abbreviations.designations.map((d) => d.split(' ').length));

/** The words of a range of `text`, split at white space. */
const wordsOf = (text: string, start: number, end: number) =>
  [...text.slice(start, end)]
    .map((c) => (isSpace(c) ? ' ' : c))
    .join('')
    .split(' ')
    .filter(Boolean);

/**
 * A cut between [a, b) and [b, c) that falls inside a designation of a bill or resolution ("H. Con." |
 * "Res. 12"): the words ending the first range and those opening the second make one designation.
 */
function insideDesignation(text: string, a: number, b: number, c: number): boolean {
  const before = wordsOf(text, a, b);
  const after = wordsOf(text, b, c);
  for (let k = 1; k < MAX_PARTS && k <= before.length; k++)
    for (let m = 1; k + m <= MAX_PARTS && m <= after.length; m++)
      if (DESIGNATIONS.has(squeeze([...before.slice(-k), ...after.slice(0, m)].join('')))) return true;
  return false;
}

/** Joins the ranges a designation was cut across. */
function joinDesignations(text: string, ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && insideDesignation(text, last[0], last[1], r[1])) last[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Where a full stop was typed with no space after it between two sentences ("… of the port.The
 * minister said"): a word of three lower-case letters or more before it, a capitalised word after.
 * Initials, abbreviations and web addresses ("U.S.", "Ph.D.", "ports.gov") do not take that shape.
 */
function gluedStops(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start + 3; i < end - 2; i++) {
    if (text[i] !== '.' || !isUpper(text[i + 1]) || !isLower(text[i + 2])) continue;
    if ([1, 2, 3].every((k) => isLower(text[i - k]))) out.push(i + 1);
  }
  return out;
}

const OPENERS = new Set(abbreviations.sentenceOpeners);
/** Initials with full stops ("U.S.", "D.C."): capitals and at least two full stops, ending in one. */
const isInitials = (w: string) =>
  w.endsWith('.') && w.split('.').length > 2 && [...w].every((c) => c === '.' || isUpper(c));

/**
 * Where initials end a sentence though compromise reads them as an abbreviation inside it ("to the
 * U.S. The strikes …"): a word that only opens a sentence follows them.
 */
function initialsStops(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let from = start;
  let last = '';
  for (let i = start; i <= end; i++) {
    if (i < end && !isSpace(text[i]!)) continue;
    const word = text.slice(from, i);
    if (word && OPENERS.has(word) && isInitials(last)) out.push(from);
    if (word) last = word;
    from = i + 1;
  }
  return out;
}

/** Splits the ranges at full stops typed with no space after them, and after initials that end a sentence. */
function splitGlued(text: string, ranges: [number, number][]): [number, number][] {
  return ranges.flatMap(([s, e]) => {
    const found = [s, ...gluedStops(text, s, e), ...initialsStops(text, s, e), e];
    const cuts = [...new Set(found)].sort((a, b) => a - b);
    return cuts.slice(1).map((to, k) => [cuts[k]!, to] as [number, number]);
  });
}

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
  for (const [s, e] of splitGlued(text, joinDesignations(text, ranges)))
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
