// `npm run build` (scripts/build.ts) replaces dist/ only once every step has passed: a build
// killed part way, or one whose ingest or index step fails, leaves the previous dist/ byte for
// byte, and what a killed build left behind is cleared at the next build's start. Every build here
// is the real script, run into a temporary folder: the repository's dist/ and content/ are never
// touched.
import { afterAll, describe, expect, test, vi } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, meta, removeTempDirs, ROOT, snapshot, tempDir, withBuildLock, type Run } from './cli.ts';

afterAll(removeTempDirs);

// A whole build on a busy two-core machine can take a minute.
vi.setConfig({ testTimeout: 300_000 });

/** A work folder holding a previous dist/ of invented files: a page, a nested page, raw bytes. */
function workWithDist(): string {
  const work = tempDir('atomic-build');
  const dist = join(work, 'dist');
  mkdirSync(join(dist, 'actors', 'an-invented-actor'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>The previous build</title>\n');
  writeFileSync(join(dist, 'actors', 'an-invented-actor', 'index.html'), '<!doctype html><title>An invented actor</title>\n');
  writeFileSync(join(dist, 'logo.bin'), Buffer.from([0, 1, 2, 0xfe, 0xff]));
  return work;
}

/** A seeds folder the ingest refuses: an article whose sidecar gives another sha256. */
function badSeeds(work: string): string {
  const seeds = join(work, 'bad-seeds');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'overlay.yaml'), '{}\n');
  writeFileSync(join(seeds, '001_invented.txt'), 'CAPITAL CITY — An invented article of one paragraph, whose bytes are not the ones its sidecar names.\n');
  writeFileSync(join(seeds, '001_invented.meta'), meta({ title: 'An invented article', outlet: 'Example News', published: '2025-08-09', sha256: '0'.repeat(64) }));
  return seeds;
}

/** `node scripts/build.ts` into `work`, in a process group of its own (so it can be killed whole). */
function start(work: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...childEnv(),
      DIST_DIR: join(work, 'dist'),
      CONTENT_DIR: join(work, 'content'),
      ASTRO_CACHE_DIR: join(work, 'astro-cache'),
      INGEST_CACHE_DIR: join(work, 'extraction-cache'),
      ...env,
    },
  });
}

function finished(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}

/** A build run to its end; builds take turns with the other tests' Astro builds. */
const build = (work: string, env: Record<string, string> = {}) => withBuildLock(() => finished(start(work, env)));

/** The folders beside dist/ a build made or left (dist.tmp-<pid>, dist.old-<pid>). */
const besideDist = (work: string) => readdirSync(work).filter((n) => n.startsWith('dist.')).sort();

/** How many files there are in dist/ and the folders beside it. */
function distFiles(work: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walk(join(d, e.name)); else n++;
  };
  for (const d of ['dist', ...besideDist(work)]) if (existsSync(join(work, d))) walk(join(work, d));
  return n;
}

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('an atomic build', () => {
  test('a build killed while Astro writes the site leaves the previous dist/ byte for byte', async () => {
    const work = workWithDist();
    const before = snapshot(join(work, 'dist'));
    const filesBefore = distFiles(work);
    const run = await withBuildLock(async () => {
      const child = start(work);
      const done = finished(child);
      // Kill the whole process group as soon as a new file appears (Astro writing pages).
      while (distFiles(work) === filesBefore && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
      return { pid: child.pid!, ...(await done) };
    });
    expect(run.status, `the build ended before it was killed:\n${run.stdout}${run.stderr}`).toBeNull();
    expect(snapshot(join(work, 'dist'))).toEqual(before);
    // Killed part way: its new folder is left for the next build to clear.
    expect(besideDist(work)).toEqual([`dist.tmp-${run.pid}`]);
  });

  test('a build whose ingest refuses a bad seed leaves the previous dist/ byte for byte', async () => {
    const work = workWithDist();
    const before = snapshot(join(work, 'dist'));
    const r = await build(work, { SEEDS_DIR: badSeeds(work) });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('001_invented');
    expect(snapshot(join(work, 'dist'))).toEqual(before);
    expect(besideDist(work)).toEqual([]);
  });

  test('a build whose last step (the search index) fails leaves the previous dist/ byte for byte and removes its own folder', async () => {
    const work = workWithDist();
    const before = snapshot(join(work, 'dist'));
    // Pagefind reads its options from PAGEFIND_* too: a glob matching no page makes it fail.
    const r = await build(work, { PAGEFIND_GLOB: 'no-such-folder/**/*.html' });
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('Pagefind was not able to build an index');
    expect(snapshot(join(work, 'dist'))).toEqual(before);
    expect(besideDist(work)).toEqual([]);
  });

  test("a build clears a killed build's leftovers at its start, but not the folder of a build still running", async () => {
    const work = workWithDist();
    const [dead, alive] = [deadPid(), process.pid];
    for (const d of [`dist.tmp-${dead}`, `dist.old-${dead}`, `dist.tmp-${alive}`]) {
      mkdirSync(join(work, d, 'events'), { recursive: true });
      writeFileSync(join(work, d, 'events', 'index.html'), 'left behind\n');
    }
    const before = snapshot(join(work, 'dist'));
    await build(work, { SEEDS_DIR: badSeeds(work) });
    expect(besideDist(work)).toEqual([`dist.tmp-${alive}`]);
    expect(snapshot(join(work, 'dist'))).toEqual(before);
  });

  test('a build killed between its two renames has its previous dist/ put back by the next build', async () => {
    const work = workWithDist();
    const before = snapshot(join(work, 'dist'));
    const old = `dist.old-${deadPid()}`;
    spawnSync('mv', [join(work, 'dist'), join(work, old)]);
    await build(work, { SEEDS_DIR: badSeeds(work) });
    expect(besideDist(work)).toEqual([]);
    expect(snapshot(join(work, 'dist'))).toEqual(before);
  });

  test('a build that passes every step replaces dist/ with the new site and its index, leaving nothing beside it', async () => {
    const work = workWithDist();
    const r = await build(work);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const after = snapshot(join(work, 'dist'));
    expect(after['logo.bin']).toBeUndefined();
    expect(after['index.html']).toBeDefined();
    expect(after['pagefind/pagefind.js']).toBeDefined();
    expect(after['_headers']).toBeDefined();
    expect(besideDist(work)).toEqual([]);
  });
});
