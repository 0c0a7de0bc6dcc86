import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, distPages, readPage } from './dist-files.ts';
import type { Actor, Event } from '../../src/schemas/index.ts';

// A state's page lists the sentences that name it only as a qualifier or a place ("Ostrian law",
// "toward Ostria") apart from those about it. Expectations come from dist/data.
const data = <T>(name: string) =>
  (JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { records: T[] }).records;
const actors = data<Actor>('actors');
const events = data<Event>('events');
const pages = distPages();
const pageOf = (id: string) => parse(readPage(pages.find((p) => p.path === `/actors/${id}/`)!.file));
// (quotation marks aside: the page sets a quotation inside the passage in single marks)
const words = (s: string) =>
  s
    .replace(/[“”‘’"']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const quotesIn = (el: { querySelectorAll: (s: string) => { text: string }[] } | null) =>
  (el?.querySelectorAll('blockquote > p') ?? []).map((b) => words(b.text));

describe('passages that name a state only in passing', () => {
  // (a sentence the page prints as one of its events is not repeated among the passages)
  const passingOnly = (a: Actor) => {
    const shown = events.filter((e) => e.actors.includes(a.id)).map((e) => e.quote);
    const about = new Set([...a.mentions.filter((m) => !m.inPassing).map((m) => m.quote), ...shown]);
    return [...new Set(a.mentions.filter((m) => m.inPassing && !about.has(m.quote)).map((m) => m.quote))];
  };
  const withPassing = actors.filter((a) => passingOnly(a).length > 0);

  test('the seed has such a state, so the checks below check something', () => {
    expect(withPassing.length).toBeGreaterThan(0);
  });

  test('they are folded apart under a summary that says so, and none of them is among the passages about it', () => {
    for (const a of withPassing) {
      const section = pageOf(a.id).querySelector('section[aria-labelledby="mentions"]');
      const fold = section?.querySelector('details.in-passing') ?? null;
      expect(fold?.querySelector('summary')?.text, a.id).toMatch(/names? it only in passing/);
      const folded = quotesIn(fold);
      for (const q of passingOnly(a))
        expect(
          folded.some((f) => f === words(q)),
          `${a.id}: ${q}`,
        ).toBe(true);
      const about = quotesIn(section).filter((q) => !folded.includes(q));
      for (const q of passingOnly(a))
        expect(
          about.some((f) => f === words(q)),
          `${a.id}: ${q}`,
        ).toBe(false);
    }
  });
});
