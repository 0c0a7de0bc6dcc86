// The build depends on neither the clock nor the machine: the same content built twice, the
// second time with the clock five years ahead, another time zone and locale, and a cold content
// cache, gives the same bytes in every file of dist/, Pagefind's index included.
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, removeTempDirs, ROOT, snapshot, tempDir } from './cli.ts';

afterAll(removeTempDirs);

// Shifts Date (now and new Date()) five years ahead in every Node process of the build.
const CLOCK_AHEAD = `
const shift = 5 * 365 * 24 * 3600 * 1000;
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) { if (args.length === 0) super(RealDate.now() + shift); else super(...args); }
  static now() { return RealDate.now() + shift; }
}
globalThis.Date = ShiftedDate;
`;

async function build(dist: string, env: Record<string, string> = {}) {
  const r = await astroBuild(join(ROOT, 'content'), dist, env);
  expect(r.status, r.stderr + r.stdout).toBe(0);
  const pf = spawnSync('npx', ['pagefind', '--site', dist, '--output-subdir', 'pagefind', '--silent'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  expect(pf.status, pf.stderr).toBe(0);
  return snapshot(dist);
}

describe('the build is reproducible', () => {
  test('two builds, one with another clock, time zone and locale, give identical files', async () => {
    const work = tempDir('build-twice');
    const preload = join(work, 'clock-ahead.mjs');
    writeFileSync(preload, CLOCK_AHEAD);
    const a = await build(join(work, 'a'));
    const b = await build(join(work, 'b'), {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
      TZ: 'Pacific/Kiritimati',
      LANG: 'de_DE.UTF-8',
      LC_ALL: 'de_DE.UTF-8',
    });
    const differ = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((p) => a[p] !== b[p]).sort();
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(differ).toEqual([]);
  }, 600_000);
});
