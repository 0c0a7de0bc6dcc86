// Property tests: random text never crashes the text stages, and no text is lost or altered on
// the way from the article file to the MDX body (beyond the whitespace folding defined below).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { toString } from 'mdast-util-to-string';
import { clean, normalizeText } from '../../../src/ingest/stages/clean.ts';
import { splitParagraphs, toParagraphs } from '../../../src/ingest/stages/paragraphs.ts';
import { sourceBody, type LinkSpan } from '../../../src/ingest/render/mdx-body.ts';
import { paragraph as paragraphSchema } from '../../../src/schemas/source.ts';

const RUNS = { numRuns: 300 };
// A title no generated text contains, so the headline heuristics never remove a line.
const TITLE = 'Title \u{E000} that never occurs';

/** Pieces that are meaningful to Markdown, MDX, HTML or the cleaner, mixed with words. */
const HOSTILE = [
  '{', '}', '{props.x}', '<', '>', '</script>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- -->',
  '`', '```', '*', '_', '**', '[a](javascript:alert(1))', '[', ']', '(', ')', '!', '#', '## ', '> ', '- ', '1. ', '+',
  '&', '&amp;', '&lt;', '&#x26;', '&copy;', '\\', '|', '~', '=', '---', '***', ':', '"', '“', '”', '’', '—', '…',
  'import x from "y"', 'export const a = 1', 'http://example.org', '<https://example.org>', 'a@b.c', '    ', '\t', ' ',
  '\u00A0', '\u200B', '\u2028', 'é', 'Nicolás', '中文', '😀', 'word', 'Word.', 'end.', 'Dr.', '0:00', '©', '2025', '/',
  'Play Live Radio', 'AP Photo', '(AP Photo/Someone)',
];
const piece = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 6 }));
/** Raw article text: pieces separated by spaces and every kind of line ending. */
const rawText = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', '', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\n \n')), { maxLength: 60 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
const anyText = fc.oneof(rawText, fc.string({ unit: 'binary', maxLength: 200 }));

/**
 * The whitespace normalisation, defined: line endings (CRLF, lone CR) become LF, a BOM is
 * dropped, no-break spaces become spaces and zero-width spaces go (normalizeText); in each line
 * runs of spaces and tabs fold to one space and the ends are trimmed. A paragraph is the kept
 * non-empty lines joined by single spaces. Nothing else changes.
 */
const foldedLines = (raw: string) =>
  normalizeText(raw)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
/** A line the cleaner drops on its own: page furniture or a photo caption. */
const isFurniture = (line: string) => !clean(line, TITLE).lines.some((l) => l !== '');

describe('random text never crashes the text stages', () => {
  test('clean, splitParagraphs, toParagraphs and sourceBody accept any string', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const cleaned = clean(raw);
        const paragraphs = toParagraphs(splitParagraphs(cleaned.lines));
        sourceBody(paragraphs);
        clean(raw, TITLE);
      }),
      RUNS,
    );
  });

  test('toParagraphs gives every paragraph a unique id of the published shape', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('Same.', 'Same!', '{x}'), fc.string({ minLength: 1 })), { maxLength: 30 }), (texts) => {
        const ps = toParagraphs(texts);
        expect(new Set(ps.map((p) => p.id)).size).toBe(ps.length);
        for (const p of ps) expect(paragraphSchema.safeParse(p).success).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('clean + split keep the text (modulo the defined whitespace folding)', () => {
  test('the paragraphs, joined by spaces, are exactly the kept lines joined by spaces', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const kept = foldedLines(raw).filter((l) => l !== '' && !isFurniture(l));
        const paragraphs = splitParagraphs(clean(raw, TITLE).lines);
        expect(paragraphs.join(' ')).toBe(kept.join(' '));
        for (const p of paragraphs) {
          expect(p).not.toBe('');
          expect(p).not.toMatch(/[\r\n]|^[ \t]|[ \t]$|[ \t]{2}/);
        }
      }),
      RUNS,
    );
  });

  test('a blank line always separates paragraphs', () => {
    const line = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' ').replace(/[ \t]+/g, ' ').trim()).filter((s) => s !== '' && !isFurniture(s));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), (lines) => {
        expect(splitParagraphs(clean(lines.join('\n\n'), TITLE).lines)).toEqual(lines);
      }),
      RUNS,
    );
  });
});

/** Parses an MDX body back with the real MDX parser (micromark + mdxjs), as @astrojs/mdx does. */
const parseMdx = (body: string) => fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });

/** A paragraph text as the pipeline produces it: one line, trimmed, spaces folded, no NUL (refused on read). */
const paragraphText = fc
  .array(piece, { minLength: 1, maxLength: 25 })
  .map((ps) => ps.join(' ').replace(/[\r\n\0]/g, ' ').replace(/[ \t]+/g, ' ').trim())
  .filter((t) => t !== '');

describe('the MDX body round-trips: parsed back, each paragraph is its element with its exact text', () => {
  test('plain paragraphs', () => {
    fc.assert(
      fc.property(fc.array(paragraphText, { minLength: 1, maxLength: 8 }), (texts) => {
        const paragraphs = toParagraphs(texts);
        const tree = parseMdx(sourceBody(paragraphs));
        expect(tree.children.map((n) => n.type)).toEqual(paragraphs.map(() => 'mdxJsxFlowElement'));
        tree.children.forEach((node, i) => {
          const el = node as { name: string; attributes: { name: string; value: string }[] };
          expect(el.name).toBe('Paragraph');
          expect(el.attributes).toEqual([expect.objectContaining({ name: 'id', value: paragraphs[i]!.id })]);
          // Only text, links and inline formatting the serializer chose: no expressions, no JSX, no HTML.
          const types = new Set<string>();
          const walk = (n: { type: string; children?: unknown[] }) => {
            types.add(n.type);
            for (const c of n.children ?? []) walk(c as never);
          };
          walk(node as never);
          expect([...types].filter((t) => !['mdxJsxFlowElement', 'paragraph', 'text'].includes(t))).toEqual([]);
          expect(toString(node)).toBe(paragraphs[i]!.text);
        });
      }),
      RUNS,
    );
  });

  test('paragraphs with links on mentions keep their text and their link targets', () => {
    const withLinks = paragraphText.chain((text) =>
      fc
        .uniqueArray(fc.nat({ max: text.length }), { maxLength: 6 })
        .map((cuts) => {
          const sorted = [...cuts, 0, text.length].sort((a, b) => a - b);
          const links: LinkSpan[] = [];
          for (let i = 0; i + 1 < sorted.length; i += 2)
            if (sorted[i + 1]! > sorted[i]!) links.push({ start: sorted[i]!, end: sorted[i + 1]!, href: `/actors/a-${i}/` });
          return { text, links };
        }),
    );
    fc.assert(
      fc.property(withLinks, ({ text, links }) => {
        const [p] = toParagraphs([text]);
        const tree = parseMdx(sourceBody([p!], new Map([[p!.id, links]])));
        expect(toString(tree)).toBe(text);
        const found: { url: string; text: string }[] = [];
        const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
          if (n.type === 'link') found.push({ url: n.url!, text: toString(n as never) });
          for (const c of n.children ?? []) walk(c as never);
        };
        walk(tree as never);
        const expected = links.map((l) => ({ url: l.href, text: text.slice(l.start, l.end) }));
        expect(found).toEqual(expected);
      }),
      RUNS,
    );
  });
});
