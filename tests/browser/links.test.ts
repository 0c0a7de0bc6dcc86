import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { DIST, distPages, readPage } from './dist-files.ts';
import { allFeedLinks, linkChecker, readFeed } from './feed.ts';

// A link-and-anchor checker over dist: every internal href resolves to a file, and every
// #fragment to an id on the target page. Runs on the files, so it needs no server.
const pages = distPages();
const docs = new Map(pages.map((p) => [p.path, parse(readPage(p.file))]));
const ids = new Map([...docs].map(([path, doc]) => [path, new Set(doc.querySelectorAll('[id]').map((e) => e.id))]));

function targetFile(path: string): string | null {
  const clean = decodeURIComponent(path);
  const file = join(DIST, clean);
  if (clean.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

describe('links and anchors in dist', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  test('every internal link and anchor resolves', () => {
    const broken: string[] = [];
    for (const [page, doc] of docs) {
      for (const a of doc.querySelectorAll('a[href], link[href]')) {
        const hrefs = [a.getAttribute('href')!, a.getAttribute('data-fragment')].filter(Boolean) as string[];
        for (const raw of hrefs) {
          if (/^(https?:|mailto:)/.test(raw)) continue;
          const url = new URL(raw, `http://site${page}`);
          if (url.host !== 'site') continue;
          if (!targetFile(url.pathname)) {
            broken.push(`${page}: ${raw} (no such page)`);
            continue;
          }
          const hash = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
          if (hash && !ids.get(url.pathname)?.has(hash) && url.pathname.endsWith('/')) broken.push(`${page}: ${raw} (no #${hash} there)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every link in the Atom feed (its own, its entries\' and those in their content) resolves to a built page and anchor', () => {
    const feed = readFeed(readFileSync(join(DIST, 'updates', 'feed.xml'), 'utf8'));
    const hrefs = allFeedLinks(feed);
    expect(feed.entries.length).toBeGreaterThan(0);
    expect(hrefs.length).toBeGreaterThan(feed.entries.length * 3);
    // Absolute with SITE (its origin stands for the site), site-relative without.
    const check = linkChecker(DIST, '/', process.env.SITE ? new URL(process.env.SITE).origin : null);
    const broken = hrefs.map((h) => [h, check(h, '/updates/feed.xml')]).filter(([, why]) => why);
    expect(broken).toEqual([]);
  });

  test('a text fragment first matches inside the paragraph it links to, not earlier on the source page', () => {
    // (the browser scrolls to the first match, ignoring case, at word boundaries)
    const flat = (t: string) => t.replace(/\s+/g, ' ').toLowerCase();
    const finds = (text: string, term: string) => {
      const escaped = flat(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
    };
    const wrong: string[] = [];
    let checked = 0;
    for (const [page, doc] of docs)
      for (const a of doc.querySelectorAll('a[data-fragment*=":~:text="]')) {
        const url = new URL(a.getAttribute('data-fragment')!, `http://site${page}`);
        const [id, directive] = url.hash.slice(1).split(':~:text=') as [string, string];
        const start = decodeURIComponent(directive.split(',')[0]!);
        const target = docs.get(url.pathname)!;
        const body = flat(target.querySelector('main')!.textContent);
        const para = flat(target.getElementById(decodeURIComponent(id))!.textContent);
        checked++;
        if (finds(body.slice(0, body.indexOf(para)), start) || !finds(para, start)) wrong.push(`${page}: ${start}`);
      }
    expect(checked).toBeGreaterThan(50);
    expect([...new Set(wrong)]).toEqual([]);
  });

  test('ids are unique on every page', () => {
    const dups: string[] = [];
    for (const [page, doc] of docs) {
      const seen = new Set<string>();
      for (const e of doc.querySelectorAll('[id]')) {
        if (seen.has(e.id)) dups.push(`${page}#${e.id}`);
        seen.add(e.id);
      }
    }
    expect(dups).toEqual([]);
  });

  test('every section heading has an id and a visible link to itself', () => {
    const missing: string[] = [];
    for (const [page, doc] of docs)
      for (const h of doc.querySelectorAll('main h2, main h3')) {
        const self = h.parentNode?.querySelector(':scope > a.self-link');
        if (!h.id || !self || self.getAttribute('href') !== `#${h.id}`) missing.push(`${page}: ${h.text.trim()}`);
      }
    expect(missing).toEqual([]);
  });

  test('external links carry rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const [page, doc] of docs)
      for (const a of doc.querySelectorAll('a[href^="http"]')) {
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${page}: ${a.getAttribute('href')}`);
      }
    expect(bad).toEqual([]);
  });
});
