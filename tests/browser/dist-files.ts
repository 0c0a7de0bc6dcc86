import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site's folder (the global setup serves the same one). */
export const DIST = process.env.DIST_DIR ?? 'dist';

/**
 * Every HTML page of dist/, as site paths ("/actors/x/") with their files; the pages at a record's
 * former address, which only lead to its page, are apart (`movedPages`).
 */
export function distPages(dir = DIST): { path: string; file: string }[] {
  return allPages(dir).filter((p) => !isMoved(p.file));
}

/** The pages at addresses records had before (overlay `formerIds`): each leads to the page now. */
export function movedPages(dir = DIST): { path: string; file: string }[] {
  return allPages(dir).filter((p) => isMoved(p.file));
}

const isMoved = (file: string) => readFileSync(file, 'utf8').includes('data-moved-to=');

function allPages(dir: string): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (n !== 'pagefind' && n !== '_astro') walk(p);
      } else if (n.endsWith('.html')) {
        const rel = `/${relative(dir, p)}`;
        out.push({ path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file: p });
      }
    }
  };
  walk(dir);
  return out;
}

export const readPage = (file: string) => readFileSync(file, 'utf8');

/** Every text file of dist/ the site serves (pages, data, feeds, robots), Pagefind's index aside. */
export function distFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (n !== 'pagefind') walk(p);
      } else if (/\.(html|json|csv|xml|txt|ris|css|js|svg)$|^_headers$/.test(n)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
