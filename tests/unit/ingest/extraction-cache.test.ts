// The extraction cache: a warm run extracts nothing, an added article is the only one extracted,
// a changed extractor or overlay extracts everything again, a damaged entry is extracted again,
// and the output never depends on what the cache held. Every run here has its own cache folder.
import { afterAll, describe, expect, test, vi } from 'vitest';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { ingestWithSummary, removeTempDirs, ROOT, snapshot, tempDir } from '../hardening/cli.ts';
import { ExtractionCache } from '../../../src/ingest/cache/extraction-cache.ts';
import { computeExtractorVersion, extractorInputs, extractorVersion, EXTRACTOR_DIRS } from '../../../src/ingest/cache/extractor-version.ts';
import { ingestAll } from '../../../src/ingest/cli/ingest-parallel.ts';
import { buildContent } from '../../../src/ingest/pipeline.ts';
import { readSeeds } from '../../../src/ingest/io/read-seeds.ts';
import { overlay as overlaySchema } from '../../../src/schemas/index.ts';
import { cacheCounts } from '../../../scripts/bench/build.ts';

afterAll(removeTempDirs);
vi.setConfig({ testTimeout: 120_000 });

const FIXTURES = join(ROOT, 'tests/fixtures/generality');
const STEMS = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.txt'))
  .map((n) => n.slice(0, -4))
  .sort();

/** A seeds folder holding the first `n` invented articles (with their sidecars). */
function seedsWith(dir: string, n: number) {
  mkdirSync(dir, { recursive: true });
  for (const stem of STEMS.slice(0, n)) for (const ext of ['.txt', '.meta']) copyFileSync(join(FIXTURES, stem + ext), join(dir, stem + ext));
  return dir;
}

/** "E extracted, C from cache" of an ingest's summary line. */
function counts(stdout: string): { extracted: number; fromCache: number } {
  const m = /; (\d+) extracted, (\d+) from cache; /.exec(stdout);
  if (!m) throw new Error(`no cache counts in: ${stdout}`);
  return { extracted: Number(m[1]), fromCache: Number(m[2]) };
}

const entries = (cache: string) => readdirSync(cache).filter((n) => /^[0-9a-f]{64}\.json$/.test(n));

describe('ingest with the extraction cache (the command)', () => {
  const work = tempDir('cache-cli');
  const seeds = seedsWith(join(work, 'seeds'), 5);
  const cache = join(work, 'cache');
  let n = 0;
  /** Ingests into a new folder; returns the counts and the folder. */
  const run = async (...args: string[]) => {
    const out = join(work, `content-${n++}`);
    const r = await ingestWithSummary(work, 'seeds', out, ...args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    return { out, stdout: r.stdout, ...(args.includes('--no-cache') ? { extracted: -1, fromCache: -1 } : counts(r.stdout)) };
  };

  test('a cold run extracts every article and stores one entry per article', async () => {
    const cold = await run('--cache', cache);
    expect(cold).toMatchObject({ extracted: 5, fromCache: 0 });
    expect(entries(cache)).toHaveLength(5);
    // The benchmark reads the same counts from the same line.
    expect(cacheCounts(cold.stdout)).toEqual({ extracted: 5, fromCache: 0 });
  });

  test('a warm run, nothing changed, extracts no article and writes the same bytes as a run without cache', async () => {
    const warm = await run('--cache', cache);
    expect(warm).toMatchObject({ extracted: 0, fromCache: 5 });
    const none = await run('--no-cache');
    expect(none.stdout).toMatch(/; 5 extracted, cache off; /);
    expect(snapshot(warm.out)).toEqual(snapshot(none.out));
  });

  test('adding one article extracts that article only, and the output is that of a cold run', async () => {
    seedsWith(seeds, 6);
    const added = await run('--cache', cache);
    expect(added).toMatchObject({ extracted: 1, fromCache: 5 });
    const cold = await run('--cache', join(work, 'cold-cache'));
    expect(cold).toMatchObject({ extracted: 6, fromCache: 0 });
    expect(snapshot(added.out)).toEqual(snapshot(cold.out));
    expect(snapshot(added.out)).toEqual(snapshot((await run('--no-cache')).out));
  });

  test('editing an article extracts that article again', async () => {
    const file = join(seeds, `${STEMS[2]}.txt`);
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nThe Pentagon declined to comment further on Friday.\n`);
    const edited = await run('--cache', cache);
    expect(edited).toMatchObject({ extracted: 1, fromCache: 5 });
    expect(snapshot(edited.out)).toEqual(snapshot((await run('--no-cache')).out));
    // The entry for the old text is pruned: one entry per article.
    expect(entries(cache)).toHaveLength(6);
  });

  test('changing the overlay extracts every article again', async () => {
    writeFileSync(join(seeds, 'overlay.yaml'), 'exclude: [Example Wire]\n');
    const changed = await run('--cache', cache);
    expect(changed).toMatchObject({ extracted: 6, fromCache: 0 });
    expect(snapshot(changed.out)).toEqual(snapshot((await run('--no-cache')).out));
  });

  test('damaged entries (truncated, altered, not JSON, empty) are extracted again, never trusted', async () => {
    const names = entries(cache).sort();
    const path = (i: number) => join(cache, names[i]!);
    const text = readFileSync(path(0), 'utf8');
    writeFileSync(path(0), text.slice(0, Math.floor(text.length / 2)));
    // Valid JSON with a valid checksum line but another body: the checksum refuses it.
    writeFileSync(path(1), readFileSync(path(1), 'utf8').replace(/"title":"[^"]*"/, '"title":"Altered title"'));
    writeFileSync(path(2), 'not json at all');
    writeFileSync(path(3), '');
    const repaired = await run('--cache', cache);
    expect(repaired).toMatchObject({ extracted: 4, fromCache: 2 });
    expect(snapshot(repaired.out)).toEqual(snapshot((await run('--no-cache')).out));
    expect(await run('--cache', cache)).toMatchObject({ extracted: 0, fromCache: 6 });
  });

  test('an entry that passes the checksum but not the schemas is extracted again', async () => {
    // Rewritten consistently (new checksum), but an actor lost its required name.
    const name = entries(cache).sort()[0]!;
    const [head, body] = readFileSync(join(cache, name), 'utf8').split('\n') as [string, string];
    const article = JSON.parse(body);
    delete article.actors[0].name;
    const newBody = JSON.stringify(article);
    const sha = createHash('sha256').update(newBody).digest('hex');
    writeFileSync(join(cache, name), `${JSON.stringify({ ...JSON.parse(head), sha256: sha })}\n${newBody}`);
    expect(await run('--cache', cache)).toMatchObject({ extracted: 1, fromCache: 5 });
  });

  test('INGEST_CACHE_DIR names the cache; --no-prune keeps entries of removed articles', async () => {
    const other = join(work, 'env-cache');
    const env = { ...process.env, INGEST_CACHE_DIR: other };
    const stdout = execFileSync(process.execPath, [join(ROOT, 'src/ingest/cli/ingest.ts'), '--seeds', 'seeds', '--out', join(work, 'content-env')], { cwd: work, env });
    expect(counts(stdout.toString())).toEqual({ extracted: 6, fromCache: 0 });
    expect(entries(other)).toHaveLength(6);
    for (const ext of ['.txt', '.meta']) rmSync(join(seeds, STEMS[5] + ext));
    expect(await run('--cache', other, '--no-prune')).toMatchObject({ extracted: 0, fromCache: 5 });
    expect(entries(other)).toHaveLength(6);
    expect(await run('--cache', other)).toMatchObject({ extracted: 0, fromCache: 5 });
    expect(entries(other)).toHaveLength(5);
  });

  test('pruning touches only files named like entries', async () => {
    writeFileSync(join(cache, 'notes.json'), '{}');
    writeFileSync(join(cache, 'README'), 'mine');
    await run('--cache', cache);
    expect(readdirSync(cache)).toEqual(expect.arrayContaining(['notes.json', 'README']));
  });

  test('--cache and --no-cache together are refused', async () => {
    const r = await ingestWithSummary(work, 'seeds', join(work, 'content-both'), '--cache', cache, '--no-cache');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('error: npm run ingest: give --cache DIR or --no-cache, not both\n');
  });

  test('a cache folder that cannot be written is skipped with a warning, the ingest succeeds', async () => {
    const blocked = join(work, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const r = await ingestWithSummary(work, 'seeds', join(work, 'content-blocked'), '--cache', blocked);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: the extraction cache in .*a-file could not be written/);
    expect(counts(r.stdout)).toEqual({ extracted: 5, fromCache: 0 });
  });
});

describe('the extraction cache keeps what the merge across articles needs', () => {
  test('a warm run merges the same happening from several sources exactly as a cold run', async () => {
    const work = tempDir('cache-merge');
    const seeds = join(work, 'seeds');
    cpSync(join(ROOT, 'tests/fixtures/merge'), seeds, { recursive: true });
    const cache = join(work, 'cache');
    await ingestWithSummary(work, 'seeds', join(work, 'cold'), '--cache', cache);
    const warm = await ingestWithSummary(work, 'seeds', join(work, 'warm'), '--cache', cache);
    expect(counts(warm.stdout).extracted).toBe(0);
    const coldFiles = snapshot(join(work, 'cold'));
    expect(snapshot(join(work, 'warm'))).toEqual(coldFiles);
    // the fixtures report one happening in several articles: one event holds the other reports
    const events = Object.keys(coldFiles).filter((f) => f.startsWith('events/') && f.endsWith('.mdx'));
    expect(events.some((f) => Buffer.from(coldFiles[f]!, 'hex').toString('utf8').includes('\nreports:'))).toBe(true);
  });
});

describe('the extraction cache (in process)', () => {
  const seeds = readSeeds(seedsWith(join(tempDir('cache-seeds'), 'seeds'), 4));
  const overlay = overlaySchema.parse({});

  test('changing the extractor version extracts every article again', async () => {
    const dir = tempDir('cache-version');
    expect((await ingestAll(seeds, overlay, { cache: new ExtractionCache(dir, overlay, 'v1') })).extracted).toBe(4);
    expect((await ingestAll(seeds, overlay, { cache: new ExtractionCache(dir, overlay, 'v1') })).extracted).toBe(0);
    const other = await ingestAll(seeds, overlay, { cache: new ExtractionCache(dir, overlay, 'v2') });
    expect(other).toMatchObject({ extracted: 4, fromCache: 0 });
  });

  test('the key changes with the file name, the text, the metadata, the overlay and the version', () => {
    const c = new ExtractionCache('unused', overlay, 'v1');
    const a = { file: seeds[0]!.file, text: seeds[0]!.text, meta: seeds[0]!.meta! };
    const key = c.key(a);
    expect(c.key({ ...a })).toBe(key);
    expect(c.key({ ...a, file: `${a.file}x` })).not.toBe(key);
    expect(c.key({ ...a, text: `${a.text} ` })).not.toBe(key);
    expect(c.key({ ...a, meta: { ...a.meta, published: '2025-01-01' } })).not.toBe(key);
    expect(new ExtractionCache('unused', overlaySchema.parse({ exclude: ['X'] }), 'v1').key(a)).not.toBe(key);
    expect(new ExtractionCache('unused', overlay, 'v2').key(a)).not.toBe(key);
  });

  test('the key stays when only what applies after extraction changes: merge overrides and the editors’ corrections', () => {
    const a = { file: seeds[0]!.file, text: seeds[0]!.text, meta: seeds[0]!.meta! };
    const key = (o: object) => new ExtractionCache('unused', overlaySchema.parse(o), 'v1').key(a);
    const base = key({ actors: [{ id: 'ida-renn', aliases: ['Renn'] }] });
    expect(key({ actors: [{ id: 'ida-renn', aliases: ['Renn'], dropRoles: [{ role: 'mayor', reason: 'x' }], dropAliases: [{ alias: 'Renn', reason: 'y' }] }] })).toBe(base);
    expect(key({ actors: [{ id: 'ida-renn', aliases: ['Renn'] }], events: [{ id: 'an-event-ab12', drop: true, reason: 'x' }], keepApart: { actors: [['a', 'b']] } })).toBe(base);
    expect(key({ actors: [{ id: 'ida-renn', aliases: ['Renn', 'Ida'] }] })).not.toBe(base);
    expect(key({ actors: [{ id: 'ida-renn', aliases: ['Renn'], name: 'Ida Renn' }] })).not.toBe(base);
  });

  test('on worker threads, only the articles the cache lacks are extracted, with the same output', async () => {
    const dir = tempDir('cache-workers');
    const half = await ingestAll(seeds.slice(0, 2), overlay, { cache: new ExtractionCache(dir, overlay, 'v1') });
    expect(half.extracted).toBe(2);
    const all = await ingestAll(seeds, overlay, { cache: new ExtractionCache(dir, overlay, 'v1'), threads: 2, perThread: 1 });
    expect(all).toMatchObject({ extracted: 2, fromCache: 2 });
    const plain = await ingestAll(seeds, overlay, { threads: 1 });
    expect(plain).toMatchObject({ extracted: 4, fromCache: 0 });
    const files = (x: typeof plain) => buildContent(x.articles, overlay).files;
    expect(files(all)).toEqual(files(plain));
  });
});

describe("the extractor's version", () => {
  /** A copy of what the version reads, to change one file at a time. */
  const copy = () => {
    const root = tempDir('extractor');
    for (const d of [...EXTRACTOR_DIRS, 'src/lib', 'src/pages']) cpSync(join(ROOT, d), join(root, d), { recursive: true });
    copyFileSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
    return root;
  };
  const edit = (root: string, file: string, change: (s: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

  test('is the same for the same code, and the one the running ingest computes', () => {
    const root = copy();
    expect(computeExtractorVersion(root)).toBe(computeExtractorVersion(root));
    expect(computeExtractorVersion(root)).toBe(extractorVersion());
  });

  test.each([
    ['a lexicon', 'src/ingest/lexicons/event-verbs.json', (s: string) => s.replace('[', '["zzzverb", ')],
    ['a stage', 'src/ingest/stages/events.ts', (s: string) => `${s}\n// changed\n`],
    ['a schema', 'src/schemas/event.ts', (s: string) => `${s}\n// changed\n`],
    ['a helper the ingest imports from src/lib', 'src/lib/slug.ts', (s: string) => `${s}\n// changed\n`],
    ['the locked version of wink-nlp', 'package-lock.json', (s: string) => s.replace(/("node_modules\/wink-nlp": \{\s*"version": ")[^"]+/, '$19.9.9')],
    ['the locked version of a dependency of compromise', 'package-lock.json', (s: string) => s.replace(/("node_modules\/efrt": \{\s*"version": ")[^"]+/, '$19.9.9')],
  ])('changes when %s changes', (_, file, change) => {
    const root = copy();
    const before = computeExtractorVersion(root);
    const text = readFileSync(join(root, file), 'utf8');
    expect(change(text)).not.toBe(text);
    edit(root, file, change);
    expect(computeExtractorVersion(root)).not.toBe(before);
  });

  test.each([
    ['a page', 'src/pages/index.astro'],
    ['a page helper the ingest does not import', 'src/lib/timeline.ts'],
    ['the ingest command', 'src/ingest/cli/ingest.ts'],
  ])('does not change when %s changes', (_, file) => {
    const root = copy();
    const before = computeExtractorVersion(root);
    edit(root, file, (s) => `${s}\n// changed\n`);
    expect(computeExtractorVersion(root)).toBe(before);
  });

  test('covers every file of the repository and every package that an extraction loads', () => {
    const work = tempDir('loaded');
    const log = join(work, 'loaded.txt');
    const hook = join(work, 'hook.mjs');
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\n` +
        `registerHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); } });\n`,
    );
    execFileSync(process.execPath, ['--import', hook, join(ROOT, 'src/ingest/cli/extract.ts'), join(FIXTURES, `${STEMS[0]}.txt`)], { cwd: ROOT, stdio: 'pipe' });
    const loaded = [...new Set(readFileSync(log, 'utf8').split('\n').filter((u) => u.startsWith('file://')))].map((u) => decodeURIComponent(new URL(u).pathname));
    const inputs = extractorInputs();
    const repoFiles = loaded.filter((p) => p.startsWith(`${ROOT}/`) && !p.includes('/node_modules/')).map((p) => p.slice(ROOT.length + 1));
    const commands = repoFiles.filter((f) => f.startsWith('src/ingest/cli/') || f.startsWith('src/ingest/cache/'));
    expect(repoFiles.length).toBeGreaterThan(20);
    expect(repoFiles.filter((f) => !commands.includes(f) && !inputs.files.includes(f))).toEqual([]);
    const packages = new Set(loaded.filter((p) => p.includes('/node_modules/')).map((p) => /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(p)![1]!));
    const locked = inputs.packages.map((p) => /node_modules\/((?:@[^/]+\/)?[^/@]+)@/.exec(p)?.[1]);
    expect([...packages].filter((p) => !locked.includes(p))).toEqual([]);
    expect([...packages]).toEqual(expect.arrayContaining(['wink-nlp', 'wink-eng-lite-web-model', 'compromise', 'chrono-node']));
  });
});
