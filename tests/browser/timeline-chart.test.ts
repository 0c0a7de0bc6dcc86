// The drawn timeline on record pages: an undated event's own page draws no axis, or one with a
// mark for the event itself (the day it was reported, drawn as such). Built pages, no browser.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, readPage } from './dist-files.ts';
import type { Event } from '../../src/schemas/index.ts';

const events = (JSON.parse(readFileSync(join(DIST, 'data', 'events.json'), 'utf8')) as { records: (Event & { url: string })[] }).records;
const page = (id: string) => parse(readPage(join(DIST, 'events', id, 'index.html')));

describe("an undated event's page", () => {
  const undated = events.filter((e) => !e.date);

  test('has either no chart or a chart with a mark for the event itself', () => {
    expect(undated.length).toBeGreaterThan(0);
    for (const e of undated) {
      const svg = page(e.id).querySelector('main svg.tl');
      if (!svg) continue;
      const own = svg.querySelectorAll('a[aria-current="true"]');
      expect(own.map((a) => a.getAttribute('href')), e.id).toEqual([e.url]);
    }
  });

  test('with no reported day, draws no axis', () => {
    for (const e of undated.filter((x) => !x.reported)) expect(page(e.id).querySelector('main svg.tl'), e.id).toBeNull();
  });

  test('with a reported day, its mark is drawn and named as that day, and the key says so', () => {
    for (const e of undated.filter((x) => x.reported)) {
      const d = page(e.id);
      const mark = d.querySelector('main svg.tl a[aria-current="true"]');
      if (!mark) continue; // nothing else to place beside it: no chart, as one date alone
      expect(mark.classList.contains('rep'), e.id).toBe(true);
      expect(mark.getAttribute('aria-label'), e.id).toMatch(/^Reported \d{1,2} \w+ \d{4}, its own date not given: /);
      expect(d.querySelector('main .tl-key')!.textContent).toMatch(/on the day it was reported/);
    }
  });
});
