// Nothing lost: a failed ingest leaves the --out folder byte for byte as it was, and leaves no
// half-written folder beside it.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { cpSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, meta, removeTempDirs, ROOT, snapshot, tempDir } from './cli.ts';

afterAll(removeTempDirs);

vi.setConfig({ testTimeout: 120_000 });

let work: string;
let good: Record<string, string>;

beforeAll(async () => {
  work = tempDir('nothing-lost');
  cpSync(join(ROOT, 'seeds'), join(work, 'seeds'), { recursive: true });
  const r = await ingest(work, 'seeds', 'content');
  expect(r.status, r.stderr).toBe(0);
  good = snapshot(join(work, 'content'));
  expect(Object.keys(good).some((p) => p.startsWith('sources/') && p.endsWith('.mdx'))).toBe(true);
});

/** Breaks a copy of the seeds in one way, runs ingest into the good content/, restores the seeds. */
async function failWith(name: string, breakSeeds: (seeds: string) => void) {
  const seeds = join(work, `seeds-${name}`);
  cpSync(join(work, 'seeds'), seeds, { recursive: true });
  breakSeeds(seeds);
  const r = await ingest(work, `seeds-${name}`, 'content');
  rmSync(seeds, { recursive: true });
  return r;
}

describe('a failed ingest leaves content/ exactly as it was', () => {
  const cases: [string, (seeds: string) => void][] = [
    ['a binary article', (s) => (writeFileSync(join(s, 'zz.txt'), Buffer.from([0, 1, 2, 3])), writeFileSync(join(s, 'zz.meta'), meta({ title: 'Z', outlet: 'Z', published: '2025-08-09' })))],
    ['a bad date in a sidecar', (s) => (writeFileSync(join(s, 'zz.txt'), 'Some text here.\n'), writeFileSync(join(s, 'zz.meta'), meta({ title: 'Z', outlet: 'Z', published: '2025-13-45' })))],
    ['an overlay naming a record that does not exist (fails after every article is read)', (s) => writeFileSync(join(s, 'overlay.yaml'), 'actors:\n  - id: nobody-at-all\n')],
    ['two articles with the same id', (s) => {
      for (const n of readdirSync(s)) if (/\.(txt|meta)$/.test(n)) cpSync(join(s, n), join(s, `copy-${n}`));
    }],
  ];
  for (const [name, breakSeeds] of cases)
    test(name, async () => {
      const r = await failWith(name.split(' ')[1]!, breakSeeds);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/^error: .+\n$/);
      expect(snapshot(join(work, 'content'))).toEqual(good);
      expect(readdirSync(work).filter((n) => n.startsWith('content')).sort()).toEqual(['content']);
    });

  test('the same good run afterwards still gives the same bytes', async () => {
    const r = await ingest(work, 'seeds', 'content');
    expect(r.status, r.stderr).toBe(0);
    expect(snapshot(join(work, 'content'))).toEqual(good);
  });
});

describe('a write that fails half-way', () => {
  test('leaves the previous folder as it was and no temporary folder behind', async () => {
    const { writeContentAtomic } = await import('../../../src/ingest/io/write-content.ts');
    const out = join(work, 'content');
    const before = snapshot(out);
    // The second file cannot be written: its parent is the first file.
    const files = new Map([
      ['sources/a.mdx', 'first'],
      ['sources/a.mdx/b.mdx', 'second'],
    ]);
    expect(() => writeContentAtomic(out, files)).toThrow();
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(work).filter((n) => n.startsWith('content')).sort()).toEqual(['content']);
  });
});
