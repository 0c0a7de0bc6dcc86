import type { AstroIntegration } from 'astro';

/** What a build without SITE leaves out, said once at the end of the build. */
export const SITE_UNSET_NOTICE =
  'SITE is unset: left out canonical links, og:url, sitemap.xml and the robots.txt Sitemap line; JSON-LD ids, /data urls and citations use site-relative addresses (set SITE=https://… to include them)';

/** Prints SITE_UNSET_NOTICE after a build that has no `site`, and nothing otherwise. */
export function siteUnsetNotice(): AstroIntegration {
  let unset = false;
  return {
    name: 'site-unset-notice',
    hooks: {
      'astro:config:done': ({ config }) => {
        unset = !config.site;
      },
      'astro:build:done': ({ logger }) => {
        if (unset) logger.warn(SITE_UNSET_NOTICE);
      },
    },
  };
}
