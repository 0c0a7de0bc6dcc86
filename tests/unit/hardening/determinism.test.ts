// Deterministic output: ingest gives the same bytes every run, and the committed content/ is
// exactly what a fresh ingest of seeds/ gives (the "content/ is stale" guard).
import { afterAll, describe, expect, test, vi } from 'vitest';
import { join } from 'node:path';
import { ingest, removeTempDirs, ROOT, snapshot, tempDir } from './cli.ts';

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

  test('content/ in git is what a fresh ingest of seeds/ gives', async () => {
    const fresh = tempDir('ingest-fresh');
    const r = await ingest(ROOT, 'seeds', join(fresh, 'content'));
    expect(r.status, r.stderr).toBe(0);
    const want = snapshot(join(fresh, 'content'));
    const have = snapshot(join(ROOT, 'content'));
    const differ = [...new Set([...Object.keys(want), ...Object.keys(have)])].filter((p) => want[p] !== have[p]).sort();
    expect(differ, `content/ is stale: run \`npm run ingest\` and commit content/ (files that differ: ${differ.join(', ')})`).toEqual([]);
  });
});
