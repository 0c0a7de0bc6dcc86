// What the full-text index holds: a page's own content, not the furniture every page repeats
// (the source's headline in "Sources" and citations, summary boxes, navigation, the footer).
// And typing a query costs no request beyond the search itself.
import { describe, expect, test } from 'vitest';
import { siteUrl, usePage } from './harness.ts';
import { matchRecords } from '../../src/lib/record-match.ts';
import type { RecordEntry } from '../../src/lib/record-index.ts';

const ctx = usePage();

/** The pages Pagefind's own API finds for a word, as site paths. */
async function pagesFor(word: string): Promise<string[]> {
  await ctx.page.goto(siteUrl('/search/'));
  // A string, not a function: the test runner would rewrite a dynamic import() in a function.
  return ctx.page.evaluate(`(async () => {
    const pf = await import(${JSON.stringify(siteUrl('/pagefind/pagefind.js'))});
    const r = await pf.search(${JSON.stringify(word)});
    const data = await Promise.all(r.results.map((x) => x.data()));
    return data.map((d) => new URL(d.url, location.href).pathname).sort();
  })()`) as Promise<string[]>;
}

const sources = async () => ((await (await fetch(siteUrl('/data/sources.json'))).json()) as { records: { id: string; title: string }[] }).records;
const actors = async () => ((await (await fetch(siteUrl('/data/actors.json'))).json()) as { records: { id: string }[] }).records;

describe('the full-text index holds content, not furniture', () => {
  test('a word of a source headline finds that source, not every record that cites it', async () => {
    const [source] = await sources();
    // A word of the headline that is not a stop word and not a name every page uses.
    const word = source!.title.split(/\s+/).find((w) => /^[a-z]{6,}$/.test(w))!;
    const found = await pagesFor(word);
    expect(found).toContain(`/sources/${source!.id}/`);
    const all = (await actors()).length;
    // The headline stands in every record's "Sources" list; the word itself in a few records.
    expect(found.filter((p) => p.startsWith('/actors/')).length).toBeLessThan(all / 2);
  });

  test('a record page that never uses a word is not found by it because its source headline does', async () => {
    const [source] = await sources();
    const word = source!.title.split(/\s+/).find((w) => /^[a-z]{6,}$/.test(w))!;
    const found = new Set(await pagesFor(word));
    // Pages whose own text (the article, furniture aside) does not have the word.
    const stem = word.slice(0, 5).toLowerCase();
    const without: string[] = [];
    for (const a of (await actors()).slice(0, 15)) {
      await ctx.page.goto(siteUrl(`/actors/${a.id}/`));
      const own = await ctx.page.evaluate(() => {
        const article = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as HTMLElement;
        article.querySelectorAll('[data-pagefind-ignore]').forEach((n) => n.remove());
        return article.textContent ?? '';
      });
      if (!own.toLowerCase().includes(stem)) without.push(`/actors/${a.id}/`);
    }
    expect(without.length).toBeGreaterThan(0);
    expect(without.filter((p) => found.has(p))).toEqual([]);
  });

  test('summary boxes, the chart key and navigation are not indexed', async () => {
    // "At a glance" heads every record page's summary box; a source page says how its
    // paragraphs are numbered.
    expect(await pagesFor('glance')).toEqual([]);
    expect(await pagesFor('numbered')).toEqual([]);
  });

  test('the instant record answers match a headline word only on the source itself', async () => {
    const index = (await (await fetch(siteUrl('/search/records.json'))).json()) as RecordEntry[];
    const [source] = await sources();
    const word = source!.title.split(/\s+/).find((w) => /^[a-z]{6,}$/.test(w))!;
    const hits = matchRecords(index, word).map((h) => h.entry.url);
    expect(hits).toContain(`/sources/${source!.id}/`);
    expect(hits.filter((u) => !u.startsWith('/sources/'))).toEqual([]);
  });
});

describe('typing a query costs no request beyond the search itself', () => {
  test('while typing, only the record index (once) and Pagefind files are fetched, each once, and no icon', async () => {
    const p = await ctx.browser.newPage();
    await p.goto(siteUrl('/search/'), { waitUntil: 'networkidle' });
    const fetched: string[] = [];
    p.context().on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await p.locator('#q').focus();
    // A reader's pace, slow enough that the full text joins while the word is still being typed.
    await p.keyboard.type('cartels', { delay: 150 });
    await p.locator('#results[data-complete]').waitFor({ timeout: 15_000 });
    await p.waitForTimeout(500);
    expect(new URL(p.url()).searchParams.get('q')).toBe('cartels');
    expect(fetched.filter((u) => u.endsWith('/search/records.json'))).toHaveLength(1);
    expect(fetched.filter((u) => !u.endsWith('/search/records.json') && !u.includes('/pagefind/'))).toEqual([]);
    expect(fetched.filter((u, i) => fetched.indexOf(u) !== i)).toEqual([]);
    await p.close();
  });
});
