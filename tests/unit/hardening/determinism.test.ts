// Deterministic output: ingest gives the same bytes every run, and the committed content/ is
// exactly what a fresh ingest of seeds/ gives (the "content/ is stale" guard).
import { afterAll, describe, expect, test, vi } from 'vitest';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { ingest, removeTempDirs, ROOT, snapshot, tempDir } from './cli.ts';

/** Git blob hash of every file below `dir`, keyed by its path relative to `dir`. */
function gitBlobHashes(dir: string): Record<string, string> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : files.push(join(d, n));
  };
  walk(dir);
  const hashes = execFileSync('git', ['hash-object', '--stdin-paths'], { cwd: ROOT, input: files.join('\n') }).toString().trim().split('\n');
  return Object.fromEntries(files.map((f, i) => [relative(dir, f), hashes[i]!]));
}

/** Git blob hash of every file below `dir` as the index holds it. */
function indexedBlobHashes(dir: string): Record<string, string> {
  const out = execFileSync('git', ['ls-files', '-s', '-z', dir], { cwd: ROOT }).toString();
  return Object.fromEntries(
    out.split('\0').filter(Boolean).map((line) => {
      const [info, path] = line.split('\t') as [string, string];
      return [relative(dir, path), info.split(' ')[1]!];
    }),
  );
}

afterAll(removeTempDirs);

vi.setConfig({ testTimeout: 120_000 });

describe('ingest is deterministic', () => {
  test('two runs into two folders give identical bytes', async () => {
    const a = tempDir('ingest-a');
    const b = tempDir('ingest-b');
    const [ra, rb] = await Promise.all([ingest(ROOT, 'seeds', join(a, 'content')), ingest(ROOT, 'seeds', join(b, 'content'))]);
    expect(ra.status, ra.stderr).toBe(0);
    expect(rb.status, rb.stderr).toBe(0);
    expect(snapshot(join(b, 'content'))).toEqual(snapshot(join(a, 'content')));
  });

  // `npm test` builds (and so re-ingests) before the tests run, which rewrites content/ in the
  // working tree: compare with content/ as git holds it (the index), not as the build left it.
  test('content/ in git is what a fresh ingest of seeds/ gives', async () => {
    const fresh = tempDir('ingest-fresh');
    const r = await ingest(ROOT, 'seeds', join(fresh, 'content'));
    expect(r.status, r.stderr).toBe(0);
    const want = gitBlobHashes(join(fresh, 'content'));
    const have = indexedBlobHashes('content');
    const differ = [...new Set([...Object.keys(want), ...Object.keys(have)])].filter((p) => want[p] !== have[p]).sort();
    expect(differ, `content/ is stale: run \`npm run ingest\` and commit content/ (files that differ: ${differ.join(', ')})`).toEqual([]);
  });
});
