// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// SITE: the absolute origin the site is served from (canonical URLs, sitemap, /data/*.json).
// BASE: a sub-folder to host under, e.g. "/reference/". Both are set at build time.
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  outDir: process.env.DIST_DIR ?? './dist',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Articles are shown exactly as written: no smart quotes, no GFM autolinks or tables.
  markdown: { processor: satteri({ features: { gfm: false, smartPunctuation: false } }) },
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  prefetch: false,
});
