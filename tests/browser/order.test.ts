import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { siteUrl, usePage } from './harness.ts';
import { DIST, distPages, readPage } from './dist-files.ts';
import type { Event, Source } from '../../src/schemas/index.ts';

// Each fact once per page, in the order a reader expects, in words that agree: undated events in
// the order the sources report them (lists, Previous/Next and /updates/ alike), "no date" said
// once for a run of undated events, "Reported …" once on an event page, counts that agree with
// their nouns, and addresses that break only between their segments. Expectations come from
// dist/data, never from record names.
const ctx = usePage();
const data = <T,>(name: string) => (JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as { records: T[] }).records;
const events = data<Event>('events');
const sources = data<Source>('sources');
const pages = distPages();
const doc = (path: string) => parse(readPage(pages.find((p) => p.path === path)!.file));
const text = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const eventPath = (id: string) => `/events/${id}/`;

// Where the source reports an event, computed here from the articles themselves: publication,
// then source id, then paragraph, then where the quote starts.
const byPublication = [...sources].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
const only = sources.length === 1 ? sources[0]!.id : '';
const place = (e: Event): number[] => {
  const s = byPublication.findIndex((x) => x.id === (e.source ?? only));
  const paras = byPublication[s]?.paragraphs ?? [];
  const p = paras.findIndex((x) => x.id === e.paragraph);
  return [s, p, paras[p]?.text.indexOf(e.quote) ?? -1];
};
const inSourceOrder = (list: Event[]) => [...list].sort((a, b) => {
  const [pa, pb] = [place(a), place(b)];
  return pa[0]! - pb[0]! || pa[1]! - pb[1]! || pa[2]! - pb[2]! || a.id.localeCompare(b.id);
});
const undated = inSourceOrder(events.filter((e) => !e.date));
// The lead event: the first undated event the earliest source reports, dated only by its report.
const lead = undated.find((e) => e.reported)!;
// The timeline as /events/ lists it: every year's list, then the undated one (the directive's
// own section repeats some undated events, so it is left out).
const timelineIds = () =>
  doc('/events/')
    .querySelectorAll('section[aria-labelledby^="y-"] li.event > p:last-child > a:first-child, section[aria-labelledby="undated"] li.event > p:last-child > a:first-child')
    .map((a) => a.getAttribute('href')!);

describe('undated events in the order the sources report them', () => {
  test('/events/ lists the undated events in source order, the lead event first', () => {
    const listed = doc('/events/').querySelectorAll('section[aria-labelledby="undated"] li.event > p:last-child > a:first-child').map((a) => a.getAttribute('href'));
    expect(lead).toBeDefined();
    expect(listed).toEqual(undated.map((e) => eventPath(e.id)));
    expect(listed[0]).toBe(eventPath(lead.id));
  });

  test("the lead event's Previous is the last dated event and its Next the event its source reports after it", () => {
    const nav = doc(eventPath(lead.id)).querySelector('nav.event-nav')!;
    const order = timelineIds();
    const at = order.indexOf(eventPath(lead.id));
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null).toBe(order[at - 1] ?? null);
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(eventPath(undated[1]!.id));
  });

  test('every event page\'s Previous and Next are its neighbours in the timeline\'s lists', () => {
    const order = timelineIds();
    expect(order.length).toBe(events.length);
    order.forEach((path, i) => {
      const nav = doc(path).querySelector('nav.event-nav');
      expect([nav?.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null, nav?.querySelector('a[rel="next"]')?.getAttribute('href') ?? null], path).toEqual([order[i - 1] ?? null, order[i + 1] ?? null]);
    });
  });

  test("/updates/ lists an article's new events in the article's order: the lead event first", () => {
    const first = doc('/updates/').querySelector(`section.update[aria-labelledby="from-${byPublication[0]!.id}"]`)!;
    const listed = first.querySelectorAll('ul.update-list a[href^="/events/"]').map((a) => a.getAttribute('href'));
    expect(listed[0]).toBe(eventPath(lead.id));
    const mine = inSourceOrder(events.filter((e) => (e.source ?? only) === byPublication[0]!.id)).map((e) => eventPath(e.id));
    expect(listed.filter((p) => mine.includes(p!))).toEqual(mine);
  });
});

describe('each fact once per page', () => {
  test('/events/ says once that the source gives no date, not once per undated event', () => {
    const main = text(doc('/events/').querySelector('main'));
    expect(undated.length).toBeGreaterThan(1);
    // ("The sentence gives no date; its paragraph is dated …" is another fact: a date taken from context.)
    expect(main.match(/\bsources? gives? no date/gi)?.length).toBe(1);
  });

  test('the undated pages say it once too', () => {
    for (const p of pages.filter((x) => x.path === '/events/year/undated/' || x.path.startsWith('/events/undated/'))) {
      const items = doc(p.path).querySelectorAll('main li.event');
      expect(items.length, p.path).toBeGreaterThan(0);
      expect(items.filter((li) => /no date/i.test(li.text)).length, p.path).toBe(0);
    }
  });

  test('an event page gives its "Reported …" line once, in the summary box', () => {
    for (const e of events) {
      const article = doc(eventPath(e.id)).querySelector('article')!;
      // (text nodes run together here: "EventReported:", so no word boundary is asked for). The
      // drawn timeline's mark is labelled with the day it was reported: a drawing's label, not a line of text.
      const prose = article.clone() as typeof article;
      prose.querySelectorAll('figure.tl-figure').forEach((f) => f.remove());
      const said = text(prose).match(/Reported/g) ?? [];
      expect(said.length, e.id).toBe(1);
      expect(text(article.querySelector('section.glance')), e.id).toMatch(/Reported: /);
      expect(article.querySelector('section[aria-labelledby="sources"] p.reported'), e.id).toBeNull();
    }
  });

  test("an authority's official citation is given once", () => {
    for (const p of pages.filter((x) => /^\/authorities\/[^/]+\/$/.test(x.path))) {
      const article = doc(p.path).querySelector('article')!;
      const dd = article.querySelectorAll('section[aria-labelledby="what"] dd[data-pagefind-weight="8"]')[0];
      if (!dd) continue;
      expect(text(article).split(text(dd)).length - 1, p.path).toBe(1);
    }
  });
});

describe('words that agree', () => {
  const nouns = ['event', 'record', 'source', 'actor', 'legal authorit(?:y|ies)', 'quotation', 'mention', 'paragraph', 'article', 'passage', 'date', 'role'];
  test('every count on every page agrees with its noun', () => {
    const one = new RegExp(`(?<![\\d.,])\\b1 (?:more |new |related )?(?:${nouns.map((n) => (n.includes('(') ? 'legal authorities' : `${n}s`)).join('|')})\\b`, 'g');
    const many = new RegExp(`\\b(?:0|[2-9]|\\d{2,}) (?:more |new |related )?(?:${nouns.map((n) => (n.includes('(') ? 'legal authority' : n)).join('|')})\\b`, 'g');
    const bad: string[] = [];
    for (const p of pages) {
      const body = doc(p.path).querySelector('main');
      if (!body) continue;
      // The articles' own words are theirs, not the site's.
      for (const q of body.querySelectorAll('blockquote, .source-text, [id^="p-"]')) q.remove();
      const t = text(body);
      for (const m of [...(t.match(one) ?? []), ...(t.match(many) ?? [])]) bad.push(`${p.path}: ${m}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('addresses break between their segments', () => {
  test('the stable address has a break opportunity after each "/" and nowhere else, and at 390 px nothing overflows', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 390, height: 900 } });
    const p = await context.newPage();
    // The lead event and the longest and shortest authority addresses.
    const byLength = pages.filter((x) => /^\/authorities\/[^/]+\/$/.test(x.path)).map((x) => x.path).sort((a, b) => a.length - b.length);
    const paths = [eventPath(lead.id), ...byLength.slice(-2), byLength[0]!];
    for (const path of paths) {
      await p.goto(siteUrl(path));
      const r = await p.evaluate(() => {
        const el = document.querySelector('.cite-page .address')!;
        // Each character's line, from its own box: where the line changes, the line broke.
        const chars: { c: string; top: number }[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode())
          for (let i = 0; i < n.textContent!.length; i++) {
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            chars.push({ c: n.textContent![i]!, top: Math.round(range.getBoundingClientRect().top) });
          }
        const breaksAfter = chars.filter((x, i) => i + 1 < chars.length && chars[i + 1]!.top > x.top).map((x) => x.c);
        const line = el.parentElement!.clientWidth;
        // A segment's own width on one line, against the line's.
        const segments = ([...el.children] as HTMLSpanElement[]).map((s) => {
          s.style.cssText = 'white-space: nowrap; max-width: none';
          const fits = s.getBoundingClientRect().width <= line;
          s.style.cssText = '';
          return { text: s.textContent!, fits };
        });
        return { html: el.innerHTML, breaksAfter, segments, overflow: document.documentElement.scrollWidth - window.innerWidth };
      });
      // A <wbr> only ever follows a slash.
      expect(r.html.split('<wbr>').slice(0, -1).every((s) => s.endsWith('/</span>')), path).toBe(true);
      // A line breaks after a slash; inside a segment only when the segment alone is wider than the line, and then after a hyphen.
      const long = r.segments.some((s) => !s.fits);
      for (const c of r.breaksAfter) expect(long ? ['/', '-'] : ['/'], `${path}: broke after “${c}”`).toContain(c);
      expect(r.overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
