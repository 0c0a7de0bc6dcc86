// No page doubles a quotation mark: where a quote opens or closes with a mark of its own, the
// marks the site adds do not sit beside it (src/lib/quote-marks.ts). Read from every page of dist/:
// the text a reader sees and the attribute values a browser shows or reads out (title, meta
// description, aria-label, alt); scripts and styles aside.
import { expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { distPages, readPage } from './dist-files.ts';

const DOUBLED = /””|““|"”|“"/u;
const SHOWN_ATTRIBUTES = ['title', 'content', 'aria-label', 'alt', 'placeholder'];

test('no page of dist has a doubled quotation mark (””, ““, "”, “") in its text or shown attributes', () => {
  const found: string[] = [];
  const pages = distPages();
  for (const { path, file } of pages) {
    const root = parse(readPage(file));
    for (const el of root.querySelectorAll('script, style')) el.remove();
    const texts = [root.text, ...root.querySelectorAll('*').flatMap((el) => SHOWN_ATTRIBUTES.map((a) => el.getAttribute(a) ?? ''))];
    for (const t of texts) {
      const m = DOUBLED.exec(t);
      if (m) found.push(`${path}: …${t.slice(Math.max(0, m.index - 50), m.index + 10)}…`);
    }
  }
  expect(pages.length).toBeGreaterThan(10);
  expect(found).toEqual([]);
});
