// Requests and Content-Security-Policy: each page type loads only from the site's own origin,
// runs under a policy without 'unsafe-inline' scripts, and triggers no CSP violation; external
// links never hand the page to the site they open.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { launch, siteUrl } from './harness.ts';
import { DIST, distPages } from './dist-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** One page of each type that exists in the build (record pages only when there are records). */
function pageTypes(): [string, string][] {
  const first = (dir: string) => {
    const d = join(DIST, dir);
    const id = existsSync(d) ? readdirSync(d, { withFileTypes: true }).find((e) => e.isDirectory())?.name : undefined;
    return id ? `/${dir}/${id}/` : null;
  };
  const out: [string, string | null][] = [
    ['home', '/'],
    ['search with a query', '/search/?q=cartel'],
    ['source', first('sources')],
    ['sources', '/sources/'],
    ['actors', '/actors/'],
    ['actor', first('actors')],
    ['authorities', '/authorities/'],
    ['authority', first('authorities')],
    ['timeline', '/events/'],
    ['event', first('events')],
    ['not found', '/no-such-page/'],
  ];
  return out.filter((x): x is [string, string] => x[1] !== null);
}

interface Visit {
  requests: string[];
  violations: string[];
}

/**
 * Opens a page, records every request (the page's and its workers', e.g. Pagefind's) and every
 * CSP violation (the securitypolicyviolation event or Chromium's console report).
 */
async function visit(page: Page, path: string): Promise<Visit> {
  const requests: string[] = [];
  const violations: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(siteUrl(path), { waitUntil: 'networkidle' });
  if (path.startsWith('/search/')) await page.locator('#results li').first().waitFor({ timeout: 15_000 });
  violations.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
  return { requests, violations };
}

describe('every page type stays on its origin and within its Content-Security-Policy', () => {
  for (const [name, path] of pageTypes())
    test(`${name} (${path})`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const { requests, violations } = await visit(page, path);
      await context.close();
      const origin = new URL(siteUrl('/')).origin;
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
      expect(violations).toEqual([]);
    });

  test('search finds results under the policy (Pagefind loads its index and WebAssembly)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { requests, violations } = await visit(page, '/search/?q=cartel');
    await context.close();
    expect(requests.some((u) => /\/pagefind\/.*\.pagefind$/.test(u))).toBe(true);
    expect(violations).toEqual([]);
  });
});

describe('the policy itself', () => {
  test('an injected inline script is blocked and reported (the violation check works)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { violations } = await visit(page, '/');
    expect(violations).toEqual([]);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
    });
    await page.waitForTimeout(100);
    const ran = await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran === true);
    const reported = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    await context.close();
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
    expect(reported.join('\n')).toMatch(/script-src/);
  });

  const pages = distPages();

  test("every page carries a CSP whose script-src has no 'unsafe-inline' or 'unsafe-eval'", () => {
    const bad: string[] = [];
    for (const p of pages) {
      const meta = parseHtml(readFileSync(p.file, 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
      const policy = meta?.getAttribute('content') ?? '';
      const script = /(?:^|;)\s*script-src([^;]*)/.exec(policy)?.[1] ?? '';
      if (!script.includes("'self'") || /'unsafe-inline'|'unsafe-eval'/.test(script) || !/object-src 'none'/.test(policy)) bad.push(`${p.path}: ${policy || 'no policy'}`);
    }
    expect(pages.length).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });

  test('the policy <meta> comes before anything it governs (a <meta> policy covers only what follows it)', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const html = readFileSync(p.file, 'utf8');
      const at = html.search(/<meta http-equiv="content-security-policy"/i);
      const before = html.slice(0, at < 0 ? html.length : at);
      for (const m of before.matchAll(/<(script|style|link|img|iframe|object|embed)\b[^>]*>/gi)) {
        const tag = m[0];
        if (/^<script/i.test(tag) && /type="application\/ld\+json"/i.test(tag)) continue; // data, not run
        if (/^<link/i.test(tag) && /rel="(canonical|sitemap|alternate|icon)"/i.test(tag)) continue; // not fetched as code
        bad.push(`${p.path}: ${tag}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('every inline script that runs is covered by a hash in its page policy', async () => {
    const { createHash } = await import('node:crypto');
    const bad: string[] = [];
    for (const p of pages) {
      const root = parseHtml(readFileSync(p.file, 'utf8'));
      const policy = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      for (const s of root.querySelectorAll('script:not([src])')) {
        const type = s.getAttribute('type') ?? '';
        if (type === 'application/ld+json') continue; // data, never executed: CSP does not apply
        const hash = `'sha256-${createHash('sha256').update(s.rawText).digest('base64')}'`;
        if (!policy.includes(hash)) bad.push(`${p.path}: inline script ${hash} not in the policy`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('dist/_headers sends the same policy, plus what a <meta> cannot say', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const policy = /^\s+Content-Security-Policy: (.*)$/m.exec(headers)?.[1] ?? '';
    expect(headers).toMatch(/^\/\*$/m);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    // the feed is served as Atom, not as plain XML
    expect(headers).toMatch(/^\/updates\/feed\.xml\n  Content-Type: application\/atom\+xml; charset=utf-8$/m);
    const root = parseHtml(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const meta = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    for (const hash of meta.match(/'sha256-[^']+'/g) ?? []) expect(policy).toContain(hash);
  });
});

describe('links that leave the site', () => {
  test('every external link in dist carries rel="noopener noreferrer"', () => {
    const origin = new URL(siteUrl('/')).origin;
    const bad: string[] = [];
    let external = 0;
    for (const p of distPages()) {
      for (const a of parseHtml(readFileSync(p.file, 'utf8')).querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        let url: URL;
        try {
          url = new URL(href, `${origin}${p.path}`);
        } catch {
          bad.push(`${p.path}: unparseable href ${href}`);
          continue;
        }
        if (url.protocol === 'javascript:' || url.protocol === 'data:') bad.push(`${p.path}: ${url.protocol} link`);
        if (url.origin === origin || url.protocol === 'mailto:') continue;
        external++;
        const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${p.path}: ${href} rel="${rel.join(' ')}"`);
      }
    }
    expect(bad).toEqual([]);
    expect(external).toBeGreaterThanOrEqual(0);
  });
});
