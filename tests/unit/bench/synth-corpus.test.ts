import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prng, storyParagraphs, synthCorpus, writeCorpus, SEED_ARTICLE } from '../../../scripts/bench/synth-corpus.ts';
import { readSeeds } from '../../../src/ingest/io/read-seeds.ts';

const seedText = readFileSync(SEED_ARTICLE, 'utf8');

describe('synthetic corpus for the scale benchmark', () => {
  it('has a deterministic PRNG in [0, 1)', () => {
    const a = prng(42);
    const b = prng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });

  it('gives the same corpus for the same seed and count, another for another seed', () => {
    expect(synthCorpus(seedText, 25, 7)).toEqual(synthCorpus(seedText, 25, 7));
    expect(synthCorpus(seedText, 25, 8)).not.toEqual(synthCorpus(seedText, 25, 7));
  });

  it('gives the requested number of articles, a smaller corpus being a prefix of a larger one', () => {
    for (const n of [1, 10, 100]) expect(synthCorpus(seedText, n)).toHaveLength(n);
    expect(synthCorpus(seedText, 100).slice(0, 10)).toEqual(synthCorpus(seedText, 10));
    expect(() => synthCorpus(seedText, 0)).toThrow(/positive integer/);
  });

  it('recombines real paragraphs of the seed, varied from article to article', () => {
    // A paragraph's shape: capitalised words and numbers (names, months, years) as one mark.
    const shape = (p: string) => p.replace(/[A-Z][\p{L}.’'-]*|\d+/gu, '_').replace(/_(?: _)+/g, '_');
    const shapes = new Set(storyParagraphs(seedText).map(shape));
    const corpus = synthCorpus(seedText, 50);
    for (const a of corpus) {
      const paras = a.text.trim().split('\n\n').slice(1);
      expect(paras.length).toBeGreaterThanOrEqual(10);
      expect(paras.length).toBeLessThanOrEqual(20);
      // Every paragraph is a seed paragraph with only names, months and years varied.
      for (const p of paras) expect(shapes.has(shape(p))).toBe(true);
    }
    expect(new Set(corpus.map((a) => a.text)).size).toBe(50);
    expect(new Set(corpus.map((a) => a.meta.published)).size).toBeGreaterThan(20);
    expect(new Set(corpus.map((a) => a.meta.outlet)).size).toBeGreaterThan(3);
  });

  it('writes valid sidecars with unique ids that the ingest reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'synth-test-'));
    try {
      const corpus = synthCorpus(seedText, 30);
      writeCorpus(dir, corpus);
      const seeds = readSeeds(dir);
      expect(seeds).toHaveLength(30);
      expect(new Set(seeds.map((s) => s.meta!.id)).size).toBe(30);
      for (const [k, s] of seeds.entries()) {
        expect(s.meta).toEqual(corpus[k]!.meta);
        expect(s.meta!.published).toMatch(/^2025-\d{2}-\d{2}$/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
