// Hostile text is shown, never run: an invented article whose words look like JSX, HTML, MDX
// ESM, Markdown links and entities is ingested and built (one build, shared), then checked in the
// HTML and in Chromium: every character is text on the page, no script runs, no markup from the
// article reaches the page, and JSON-LD stays data.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { launch } from './harness.ts';
import { distPages } from './dist-files.ts';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { astroBuild, ingest, removeTempDirs, ROOT, tempDir } from '../unit/hardening/cli.ts';
import { contentSources, paragraphProblems } from '../unit/hardening/coverage.ts';
import type { Source } from '../../src/schemas/source.ts';

const FIXTURE = 'tests/fixtures/hostile';
let content: string;
let dist: string;
let served: Served;
let browser: Browser;
let source: Source;
let pages: { path: string; file: string; root: HTMLElement }[];

beforeAll(async () => {
  const work = tempDir('hostile');
  content = join(work, 'content');
  dist = join(work, 'dist');
  const ingested = await ingest(ROOT, FIXTURE, content);
  expect(ingested.status, ingested.stderr).toBe(0);
  const built = await astroBuild(content, dist);
  expect(built.status, built.stderr + built.stdout).toBe(0);
  source = contentSources(content)[0]!;
  pages = distPages(dist).map((p) => ({ ...p, root: parseHtml(readFileSync(p.file, 'utf8'), { comment: true }) }));
  served = await serveDist(dist);
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
  removeTempDirs();
});

const sourcePath = () => `/sources/${source.id}/`;
const sourcePage = () => pages.find((p) => p.path === sourcePath())!;

describe('in the built HTML', () => {
  test('the fixture really is hostile: its paragraphs hold the payloads', () => {
    const all = source.paragraphs.map((p) => p.text).join('\n');
    for (const s of ['{props.x}', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'import x from "y"', 'export const a = 1', '[a](javascript:alert(1))', '<!-- -->', '`', '</script>', '&amp;', '&lt;b&gt;'])
      expect(all).toContain(s);
    expect(source.paragraphs.map((p) => p.text)).toContain('import x from "y"');
    expect(source.paragraphs.map((p) => p.text)).toContain('export const a = 1');
  });

  test('every paragraph is on the source page as text, character for character', () => {
    const { problems, checked } = paragraphProblems(content, dist);
    expect(checked).toBe(source.paragraphs.length);
    expect(problems).toEqual([]);
  });

  test('the title and outlet are shown as text', () => {
    const root = sourcePage().root;
    expect(root.querySelector('h1')!.textContent).toBe(source.title);
    expect(root.querySelector('main')!.textContent).toContain(source.outlet);
  });

  test('no markup from the article reaches any page: no img, svg, on* handler, javascript: link or comment', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const el of p.root.querySelectorAll('*')) {
        const tag = el.tagName?.toLowerCase();
        if (tag === 'img' || tag === 'svg' || tag === 'iframe' || tag === 'object') bad.push(`${p.path}: <${tag}>`);
        for (const [name, value] of Object.entries(el.attributes)) {
          if (/^on/i.test(name)) bad.push(`${p.path}: <${tag} ${name}>`);
          if (/^\s*javascript:/i.test(value)) bad.push(`${p.path}: <${tag} ${name}="${value}">`);
        }
      }
      if (/<!--/.test(readFileSync(p.file, 'utf8'))) bad.push(`${p.path}: an HTML comment`);
    }
    expect(pages.length).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });

  test('no script from the article: every script is the site\'s own bundle, Astro\'s hashed module, or JSON-LD', () => {
    const bad: string[] = [];
    for (const p of pages)
      for (const s of p.root.querySelectorAll('script')) {
        const type = s.getAttribute('type');
        const src = s.getAttribute('src');
        if (type === 'application/ld+json') continue;
        if (type !== 'module') bad.push(`${p.path}: <script type=${type}>`);
        else if (src && !src.startsWith('/_astro/')) bad.push(`${p.path}: <script src=${src}>`);
        else if (/alert|pwned|props\.x/.test(s.rawText)) bad.push(`${p.path}: an inline script with the article's words`);
      }
    expect(bad).toEqual([]);
  });

  test('JSON-LD blocks parse, hold the hostile words as data, and contain no raw </script or <', () => {
    const strings: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') for (const x of Object.values(v)) collect(x);
    };
    let blocks = 0;
    for (const p of pages)
      for (const s of p.root.querySelectorAll('script[type="application/ld+json"]')) {
        blocks++;
        expect(s.rawText, p.path).not.toMatch(/<\/script|<!--|</i);
        collect(JSON.parse(s.rawText));
      }
    expect(blocks).toBeGreaterThan(0);
    expect(strings).toContain(source.title);
    expect(strings.some((x) => x.includes('</script><script>alert(1)</script>'))).toBe(true);
  });
});

describe('in Chromium', () => {
  /** Opens a page and reports dialogs, page errors, CSP violations and the window flag. */
  async function open(path: string) {
    const context = await browser.newContext();
    const page: Page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.addInitScript(() => {
      (window as unknown as { pwned: string }).pwned = 'untouched';
    });
    await page.goto(`${served.url}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(200);
    const flag = await page.evaluate(() => (window as unknown as { pwned: unknown }).pwned);
    return { page, context, dialogs, errors, flag };
  }

  test('the source page runs none of the article\'s code and shows all of it as text', async () => {
    const { page, context, dialogs, errors, flag } = await open(sourcePath());
    const shown = await page.$$eval('.para[id]', (els) =>
      els.map((e) => {
        const c = e.cloneNode(true) as Element;
        for (const a of c.querySelectorAll('.self-link, .copy-link')) a.remove();
        return { id: e.id, text: c.textContent!.trim() };
      }),
    );
    const live = await page.evaluate(() => ({
      imgs: document.querySelectorAll('main img, main svg').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^javascript:/i.test(a.getAttribute('href')!)).length,
    }));
    await context.close();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(flag).toBe('untouched');
    expect(live).toEqual({ imgs: 0, handlers: 0, jsLinks: 0 });
    expect(shown).toEqual(source.paragraphs.map((p) => ({ id: p.id, text: p.text })));
  });

  test('no page of the hostile build opens a dialog, throws, or changes the window flag', async () => {
    const results: Record<string, unknown> = {};
    for (const p of pages.filter((x) => !x.path.startsWith('/search/'))) {
      const { context, dialogs, errors, flag } = await open(p.path);
      await context.close();
      if (dialogs.length || errors.length || flag !== 'untouched') results[p.path] = { dialogs, errors, flag };
    }
    expect(results).toEqual({});
  });
});
