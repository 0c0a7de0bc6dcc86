import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { axeViolations, siteUrl, usePage } from './harness.ts';
import { DIST, distPages, movedPages, readPage } from './dist-files.ts';

const ctx = usePage();

const paths = distPages().map((p) => p.path);
const first = (prefix: string) => paths.find((p) => p.startsWith(prefix) && p !== prefix && (prefix !== '/events/' || !/^\/events\/(year|month|undated)\//.test(p)));
const PAGE_TYPES: [string, string | undefined][] = [
  ['home', '/'],
  ['actors index', '/actors/'],
  ['actor', first('/actors/')],
  ['authorities index', '/authorities/'],
  ['authority', first('/authorities/')],
  ['timeline', '/events/'],
  ['timeline year', first('/events/year/')],
  ['timeline month', first('/events/month/')],
  ['undated by source', first('/events/undated/')],
  ['event', first('/events/')],
  ['sources index', '/sources/'],
  ['updates', '/updates/'],
  ['source', first('/sources/')],
  ['search', '/search/'],
  ['not found', '/404.html'],
];

describe('every record has a page reachable from an index', () => {
  for (const [collection, index] of [['actors', '/actors/'], ['authorities', '/authorities/'], ['events', '/events/'], ['sources', '/sources/']])
    test(`every /${collection}/<id>/ page is linked from ${index}`, () => {
      const records = paths.filter((p) => p.startsWith(`/${collection}/`) && p !== `/${collection}/` && !/^\/events\/(year|month|undated)\//.test(p));
      expect(records.length).toBeGreaterThan(0);
      const doc = parse(readPage(distPages().find((p) => p.path === index)!.file));
      const linked = new Set(doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!));
      expect(records.filter((r) => !linked.has(r))).toEqual([]);
    });
});

test('every year of the timeline has its own page, linked from /events/, listing its events', () => {
  const years = paths.filter((p) => p.startsWith('/events/year/'));
  expect(years.length).toBeGreaterThan(1);
  const doc = parse(readPage(distPages().find((p) => p.path === '/events/')!.file));
  const linked = new Set(doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!));
  expect(years.filter((y) => !linked.has(y))).toEqual([]);
  const listed = years.flatMap((y) => parse(readPage(distPages().find((p) => p.path === y)!.file)).querySelectorAll('li.event'));
  expect(listed.length).toBe(paths.filter((p) => /^\/events\/(?!year\/|month\/|undated\/)[^/]+\/$/.test(p)).length);
});

test("each source's undated events have a page, linked from the undated page", () => {
  const pagesOf = paths.filter((p) => p.startsWith('/events/undated/'));
  expect(pagesOf.length).toBeGreaterThan(0);
  const doc = parse(readPage(distPages().find((p) => p.path === '/events/year/undated/')!.file));
  const linked = new Set(doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!));
  expect(pagesOf.filter((p) => !linked.has(p))).toEqual([]);
});

test('an actor page says its legal authorities are named with the actor, not that the actor used them', () => {
  const actorPages = distPages().filter((p) => /^\/actors\/[^/]+\/$/.test(p.path));
  const withAuthorities = actorPages.map((p) => parse(readPage(p.file))).filter((d) => d.querySelector('#authorities'));
  expect(withAuthorities.length).toBeGreaterThan(0);
  for (const doc of withAuthorities) {
    const name = doc.querySelector('main h1')!.text.trim();
    const section = doc.querySelector('section[aria-labelledby="authorities"]')!;
    expect(section.querySelector('p.meta')?.text).toContain(`Named in the same sentence or event as ${name}`);
  }
});

test('a former address of a renamed record leads at once to its page, which exists', () => {
  const moved = movedPages();
  expect(moved.map((p) => p.path)).toContain('/authorities/foreign-terrorist-organization-designation/');
  expect(moved.map((p) => p.path)).toContain('/events/congress-legally-authorized-the-use-of-8a10-2/');
  for (const p of moved) {
    const doc = parse(readPage(p.file));
    const to = doc.querySelector('[data-moved-to]')!.getAttribute('data-moved-to')!;
    expect(paths).toContain(to);
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${to}`);
    expect(doc.querySelector(`main a[href="${to}"]`)).not.toBeNull();
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  }
});

test('every month with events has its own page, linked from its year', () => {
  const months = paths.filter((p) => p.startsWith('/events/month/'));
  expect(months.length).toBeGreaterThan(1);
  const linked = new Set(
    paths
      .filter((p) => p.startsWith('/events/year/'))
      .flatMap((y) => parse(readPage(distPages().find((p) => p.path === y)!.file)).querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!)),
  );
  expect(months.filter((m) => !linked.has(m))).toEqual([]);
});

describe('facts link to their source paragraph', () => {
  test('every quote on actor, authority and event pages cites a paragraph that exists', () => {
    const sourceIds = new Map<string, Set<string>>();
    for (const p of distPages().filter((x) => /^\/sources\/[^/]+\/$/.test(x.path)))
      sourceIds.set(p.path, new Set(parse(readPage(p.file)).querySelectorAll('.para[id]').map((e) => e.id)));
    const bad: string[] = [];
    let quotes = 0;
    for (const p of distPages().filter((x) => /^\/(actors|authorities|events)\/[^/]+\/$/.test(x.path))) {
      for (const q of parse(readPage(p.file)).querySelectorAll('blockquote.quote')) {
        quotes++;
        const href = q.querySelector('a.cite')?.getAttribute('href') ?? '';
        const [path, id] = href.split('#');
        if (!sourceIds.get(path!)?.has(id!)) bad.push(`${p.path}: ${href}`);
      }
    }
    expect(quotes).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  test('every event on the timeline carries a citation link', () => {
    const doc = parse(readPage(distPages().find((p) => p.path === '/events/')!.file));
    const events = doc.querySelectorAll('li.event');
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => !e.querySelector('a.cite[href*="/sources/"]')).length).toBe(0);
  });
});

describe('navigation and anchors', () => {
  test('a reader goes from the actors index to an actor, to a cited paragraph, and back to the source', async () => {
    await ctx.page.goto(siteUrl('/actors/'));
    await ctx.page.locator('main ul.records a').first().click();
    await ctx.page.waitForURL(/\/actors\/[^/]+\/$/);
    const cite = ctx.page.locator('main a.cite').first();
    const href = (await cite.getAttribute('href'))!;
    await cite.click();
    await ctx.page.waitForURL(/\/sources\/[^/]+\/#p-/);
    const id = href.split('#')[1]!.split(':~:')[0]!;
    // With a text fragment the browser highlights the words; the script marks the paragraph.
    expect(await ctx.page.evaluate((x) => document.getElementById(x)?.matches(':target, .targeted'), id)).toBe(true);
  });

  test('a section heading link targets and highlights the section', async () => {
    // (an actor page with passages beyond its events and quotations)
    const path = distPages().find((p) => p.path.startsWith('/actors/') && readPage(p.file).includes('id="mentions"'))!.path;
    await ctx.page.goto(siteUrl(`${path}#mentions`));
    expect(await ctx.page.evaluate(() => document.querySelector(':target')?.id)).toBe('mentions');
    const bg = await ctx.page.$eval('#mentions', (e) => getComputedStyle(e).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('the copy-link button copies the absolute link to the section', async () => {
    const context = await ctx.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const p = await context.newPage();
    await p.goto(siteUrl('/events/'));
    await p.locator('.heading-wrap .copy-link').first().click();
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    const id = await p.locator('h2').first().getAttribute('id');
    expect(copied).toBe(siteUrl(`/events/#${id}`));
    await context.close();
  });

  test('every page reads completely without JS: same main text with JS off', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    for (const [, path] of PAGE_TYPES.filter(([n, x]) => x && n !== 'search')) {
      await p.goto(siteUrl(path!));
      await ctx.page.goto(siteUrl(path!));
      const strip = (s: string) => s.replace(/Copy link|Copied/g, '').replace(/\s+/g, ' ').trim();
      // (the script adds only the origin to a citation's site-relative address, built without SITE)
      const origin = new URL(siteUrl('/')).origin;
      const withJs = (await ctx.page.locator('main').innerText()).replaceAll(origin, '');
      expect(strip(await p.locator('main').innerText())).toBe(strip(withJs));
    }
    await context.close();
  });
});

describe('print and keyboard', () => {
  test('a page prints cleanly: no header, search or footer, and links print their address', async () => {
    const path = first('/actors/')!;
    await ctx.page.goto(siteUrl(path));
    await ctx.page.emulateMedia({ media: 'print' });
    const hidden = await ctx.page.evaluate(() => ['.site-header', '.site-footer', '.skip'].map((s) => getComputedStyle(document.querySelector(s)!).display));
    expect(hidden).toEqual(['none', 'none', 'none']);
    const after = await ctx.page.$eval('main a.cite', (a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/sources/');
    await ctx.page.emulateMedia({ media: 'screen' });
  });

  test('smooth scrolling only for readers who have not asked for reduced motion', async () => {
    await ctx.page.goto(siteUrl('/'));
    await ctx.page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await ctx.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await ctx.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await ctx.page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });

  test('the first Tab shows the skip link, and it moves focus to the content', async () => {
    await ctx.page.goto(siteUrl('/'));
    await ctx.page.keyboard.press('Tab');
    const skip = await ctx.page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      return { cls: a.className, visible: r.left >= 0 && r.width > 0, outline: getComputedStyle(a).outlineStyle };
    });
    expect(skip.cls).toBe('skip');
    expect(skip.visible).toBe(true);
    expect(skip.outline).not.toBe('none');
    await ctx.page.keyboard.press('Enter');
    expect(await ctx.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('accessibility', () => {
  for (const [name, path] of PAGE_TYPES)
    for (const scheme of ['light', 'dark'] as const)
      test(`axe finds no violations on the ${name} page (${scheme})`, async () => {
        expect(path, `no ${name} page was built`).toBeTruthy();
        await ctx.page.emulateMedia({ colorScheme: scheme });
        await ctx.page.goto(siteUrl(path!));
        expect(await axeViolations(ctx.page)).toEqual([]);
      });
});

describe('an act made under a law', () => {
  // (from dist/data: the records whose editors' note gives the law an act was made under)
  const records = (JSON.parse(readPage(`${DIST}/data/authorities.json`)) as { records: { id: string; editorial?: { madeUnder?: string; citation?: string } }[] }).records;
  const made = records.filter((a) => a.editorial?.madeUnder && !a.editorial.citation);

  test('its page gives that law as what it was made under, never as its own citation', () => {
    expect(made.length).toBeGreaterThan(0);
    for (const a of made) {
      const d = parse(readPage(distPages().find((p) => p.path === `/authorities/${a.id}/`)!.file));
      const facts = d.querySelectorAll('dl.facts > div').map((t) => t.text.replace(/\s+/g, ' ').trim());
      expect(facts, a.id).toContain(`Made under editorial: ${a.editorial!.madeUnder} (the citation of what it was made under, not this act’s own)`);
      expect(facts.some((t) => t.startsWith('Citation')), a.id).toBe(false);
    }
  });
});
