// A build without SITE works, and says in one line what it left out; with SITE it says nothing.
import { afterAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { astroBuild, removeTempDirs, ROOT, tempDir } from './cli.ts';
import { SITE_UNSET_NOTICE } from '../../../src/integrations/site-unset-notice.ts';

afterAll(removeTempDirs);

const noticeLines = (out: string) => out.split('\n').filter((l) => l.includes('SITE is unset'));

test('a build without SITE prints one line saying SITE is unset and what was left out', async () => {
  const r = await astroBuild(join(ROOT, 'content'), join(tempDir('site-unset'), 'dist'), { SITE: '' }, true);
  expect(r.status, r.stderr).toBe(0);
  const lines = noticeLines(r.stdout + r.stderr);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(SITE_UNSET_NOTICE);
  for (const left of ['canonical', 'og:url', 'sitemap.xml', 'robots.txt']) expect(SITE_UNSET_NOTICE).toContain(left);
}, 300_000);

test('a build with SITE prints no such line', async () => {
  const r = await astroBuild(join(ROOT, 'content'), join(tempDir('site-set'), 'dist'), { SITE: 'https://example.org' }, true);
  expect(r.status, r.stderr).toBe(0);
  expect(noticeLines(r.stdout + r.stderr)).toEqual([]);
}, 300_000);
