// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, securityHeaders } from './src/integrations/security-headers.ts';
import { siteUnsetNotice } from './src/integrations/site-unset-notice.ts';

// SITE: the absolute origin the site is served from (canonical URLs, sitemap, /data/*.json).
// BASE: a sub-folder to host under, e.g. "/reference/". Both are set at build time. Without SITE
// the site still builds and serves, but what needs an absolute origin is left out (no guessed
// localhost origin is ever published); the build says so in one line.
export default defineConfig({
  ...(process.env.SITE ? { site: process.env.SITE } : {}),
  base: process.env.BASE ?? '/',
  outDir: process.env.DIST_DIR ?? './dist',
  // ASTRO_CACHE_DIR: a build of another corpus (tests, benchmark) keeps its own content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  integrations: [mdx(), securityHeaders(), siteUnsetNotice()],
  // A Content-Security-Policy <meta> on every page: scripts and styles only from the site or by
  // the sha256 hash Astro computes for each inline one; no 'unsafe-inline'. dist/_headers
  // carries the same policy as an HTTP header for hosts that read it.
  security: { csp: { algorithm: 'SHA-256', directives: CSP_DIRECTIVES, scriptDirective: { resources: SCRIPT_SOURCES } } },
  // Articles are shown exactly as written: no smart quotes, no GFM autolinks or tables.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
});
