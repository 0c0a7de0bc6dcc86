// Search as a reader uses it: every result reachable, misspellings forgiven, excerpts clean,
// highlights on the query's own words, one box, and a record answered before the full text.
// Expectations come from the built data (/data/*.json), not from names written here, except the
// three misspellings the issue names.
import { describe, expect, test } from 'vitest';
import { axeViolations, siteUrl, usePage } from './harness.ts';
import { searchVariants } from '../../src/lib/search-terms.ts';

const ctx = usePage();

type Rec = { name: string; aliases: string[]; url: string; editorial?: { citation?: string }; paragraphs?: { text: string }[] };
const data = async (name: string): Promise<Rec[]> => (await (await fetch(siteUrl(`/data/${name}.json`))).json()).records;
const path = (url: string) => new URL(url, 'http://x').pathname;

async function search(q: string) {
  await ctx.page.goto(siteUrl(`/search/?q=${encodeURIComponent(q)}`));
  await ctx.page.locator('#results[data-complete]').waitFor({ timeout: 15_000 });
}
const titles = async () => (await ctx.page.locator('#results > li > a.result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(path);

/** Opens every page of results with "Show more"; returns the result pages listed. */
async function showAll(): Promise<string[]> {
  for (let i = 0; i < 50 && (await ctx.page.locator('#more').isVisible()); i++) {
    const before = (await titles()).length;
    await ctx.page.locator('#more').click();
    await expect.poll(async () => (await titles()).length).toBeGreaterThan(before);
  }
  return titles();
}

describe('every result can be reached', () => {
  test('"Show more" pages through all the results, each listed once, as many as the All chip says', async () => {
    await search('Trump');
    const all = Number(/\((\d+)\)/.exec((await ctx.page.locator('#filters button').first().textContent())!)![1]);
    expect(all).toBeGreaterThan(12);
    expect((await titles()).length).toBeLessThan(all);
    const listed = await showAll();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(all);
    expect(await ctx.page.locator('#more').isVisible()).toBe(false);
  });

  test('each type chip reaches as many results as it counts', async () => {
    await search('Trump');
    const chips = (await ctx.page.locator('#filters button').allTextContents()).slice(1);
    expect(chips.length).toBeGreaterThan(1);
    for (const chip of chips) {
      const [, label, n] = /^(\w+) \((\d+)\)$/.exec(chip)!;
      await ctx.page.locator('#filters button', { hasText: new RegExp(`^${label} `) }).click();
      await expect.poll(() => ctx.page.locator('#status').textContent()).toMatch(/among/);
      await ctx.page.locator('#results[data-complete]').waitFor();
      expect((await showAll()).length, chip).toBe(Number(n));
    }
  });
});

describe('misspellings', () => {
  // The record whose name contains the right spelling, read from the data.
  const cases: [string, string][] = [
    ['Noriaga', 'Noriega'],
    ['Madura', 'Maduro'],
    ['Finucan', 'Finucane'],
  ];
  for (const [typo, right] of cases)
    test(`"${typo}" finds the record named ${right} among the first three links`, async () => {
      const record = (await data('actors')).find((a) => a.name.includes(right))!;
      expect(record).toBeDefined();
      await search(typo);
      const first3 = (await ctx.page.locator('#results a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')!))).map(path);
      expect(first3).toContain(path(record.url));
    });

  test('"Did you mean" offers the right name, and following it searches for it', async () => {
    const noriega = (await data('actors')).find((a) => a.name.includes('Noriega'))!;
    await search('Noriaga');
    // (the name first; a record named after him, such as the charges against him, may follow)
    await expect(ctx.page.locator('#suggest').textContent()).resolves.toMatch(new RegExp(`^\\s*Did you mean ${noriega.name}( or [^?]+)?\\?`));
    await ctx.page.locator('#suggest a').first().click();
    await ctx.page.waitForURL((u) => u.searchParams.get('q') === noriega.name);
    await ctx.page.locator('#results[data-complete]').waitFor();
    expect((await titles())[0]).toBe(path(noriega.url));
  });
});

describe('excerpts', () => {
  const QUERIES = ['Posse', 'Maduro', 'nicolas maduro', '18 U.S.C. 1385', 'Trump', 'cartel', 'Executive Order', 'designation'];

  async function excerpts(): Promise<string[]> {
    return ctx.page.locator('#results .excerpt, #results .sub a').allTextContents();
  }

  test('never run words together', async () => {
    const sources = await data('sources');
    const records = [...(await data('actors')), ...(await data('authorities'))];
    // Words written that way in the articles or the names ("McPherson", "1990s") are fine.
    // (compared without the punctuation around a word: "McPherson." is McPherson)
    const bare = (w: string) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    const written = new Set([...sources.flatMap((s) => s.paragraphs!.map((p) => p.text)), ...records.flatMap((r) => [r.name, ...r.aliases])].join(' ').split(/\s+/).map(bare));
    const joined = /[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]/;
    const bad: string[] = [];
    for (const q of QUERIES) {
      await search(q);
      for (const text of await excerpts()) for (const w of text.split(/\s+/)) if (joined.test(w) && !written.has(bare(w))) bad.push(`${q}: ${w}`);
    }
    expect(bad).toEqual([]);
  });

  test('never show the hidden index variants (accent-free names, citation variants)', async () => {
    const sources = await data('sources');
    const text = sources.flatMap((s) => s.paragraphs!.map((p) => p.text)).join(' ');
    const records = [...(await data('actors')), ...(await data('authorities'))];
    // The variants the pages index but do not show: not in any article either.
    const hidden = records.flatMap((r) => searchVariants([r.name, ...r.aliases], r.editorial?.citation)).filter((v) => !text.includes(v));
    expect(hidden.length).toBeGreaterThan(0);
    const shown: string[] = [];
    for (const q of [...QUERIES, ...hidden]) {
      await search(q);
      for (const e of await excerpts()) for (const v of hidden) if (e.includes(v)) shown.push(`${q}: “${v}” in “${e}”`);
    }
    expect(shown).toEqual([]);
  });

  test('structured fields are written out with their labels', async () => {
    await search('18 U.S.C. 1385');
    await expect(ctx.page.locator('#results > li').first().locator('.excerpt').textContent()).resolves.toMatch(/\b(Kind|Year|Also called|Citation(?: editorial)?): \S/);
  });
});

describe('highlights', () => {
  test('mark only the words of the query, not longer words sharing their start', async () => {
    await search('Posse');
    const marks = await ctx.page.locator('#results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !/^posse$/i.test(m.replace(/[^\p{L}]/gu, '')))).toEqual([]);
  });

  test('"posse comitatis" ranks no page above the Act for its "possibility"', async () => {
    const act = (await data('authorities')).find((a) => a.name.includes('Posse Comitatus'))!;
    await search('posse comitatis');
    const listed = await titles();
    expect(listed[0]).toBe(path(act.url));
    // Pages matched only through "possibility" come after every page that has the word.
    const items = await ctx.page.locator('#results > li').evaluateAll((lis) => lis.map((li) => li.querySelectorAll('mark').length > 0));
    expect(items.indexOf(false) === -1 || items.slice(items.indexOf(false)).every((m) => !m)).toBe(true);
  });

  test('on the page opened, a highlight marks the whole word, not words that begin with it ("Act", not "action")', async () => {
    const text = (s: Rec) => s.paragraphs!.map((p) => p.text).join(' ');
    const source = (await data('sources')).find((s) => /\bAct\b/.test(text(s)) && /\bact\w+/i.test(text(s)));
    expect(source).toBeDefined();
    await ctx.page.goto(`${siteUrl(path(source!.url))}?hl=Act`);
    // Each mark with the letters around it: a mark inside "action" has a letter after it.
    const marks = await ctx.page.locator('main mark').evaluateAll((ms) =>
      ms.map((m) => `${(m.previousSibling?.textContent ?? '').slice(-1)}[${m.textContent}]${(m.nextSibling?.textContent ?? '').charAt(0)}`),
    );
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((m) => !/^[^\p{L}]?\[acts?\][^\p{L}]?$/iu.test(m))).toEqual([]);
  });
});

describe('one box, one list', () => {
  test('/search/ has one search box', async () => {
    await ctx.page.goto(siteUrl('/search/'));
    expect(await ctx.page.locator('input[type="search"]').count()).toBe(1);
    expect(await ctx.page.locator('form[role="search"]').count()).toBe(1);
  });

  test('a record answers as the name is typed, and stays first, once, when the full text joins', async () => {
    const hegseth = (await data('actors')).find((a) => a.name.includes('Hegseth'))!;
    await ctx.page.goto(siteUrl('/search/'));
    await ctx.page.locator('#q').click();
    await ctx.page.keyboard.type('Hegs', { delay: 30 });
    await expect.poll(async () => (await titles())[0]).toBe(path(hegseth.url));
    await ctx.page.keyboard.type('eth');
    await ctx.page.locator('#results[data-complete]').waitFor();
    const listed = await titles();
    expect(listed[0]).toBe(path(hegseth.url));
    expect(listed.filter((u) => u === path(hegseth.url))).toHaveLength(1);
    expect(listed.length).toBeGreaterThan(1);
  });
});

describe('accessibility with results showing', () => {
  for (const q of ['Trump', 'Noriaga'])
    for (const scheme of ['light', 'dark'] as const)
      test(`axe finds no violations with the results of "${q}" (${scheme})`, async () => {
        await ctx.page.emulateMedia({ colorScheme: scheme });
        await search(q);
        expect(await axeViolations(ctx.page)).toEqual([]);
      });
});
